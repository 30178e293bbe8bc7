package dev.hybridnet.model;

import dev.hybridnet.geometry.Rect;
import java.util.Objects;
import java.util.Optional;

/**
 * One component on the canvas: a network, subnet, gateway, device or VM. {@code bounds} are absolute canvas
 * coordinates; {@code parent} is the id of the containing element, empty at the root.
 */
public record Element(String id, ElementKind kind, String name, Optional<String> parent, Rect bounds, Props props) {

    public Element {
        Ids.require(id, "element");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(parent, "parent");
        parent.ifPresent(p -> Ids.require(p, "parent"));
        Objects.requireNonNull(bounds, "bounds");
        Objects.requireNonNull(props, "props");
    }

    public Element withName(String newName) {
        return new Element(id, kind, newName, parent, bounds, props);
    }

    public Element withParent(Optional<String> newParent) {
        return new Element(id, kind, name, newParent, bounds, props);
    }

    public Element withBounds(Rect newBounds) {
        return new Element(id, kind, name, parent, newBounds, props);
    }

    public Element withProps(Props newProps) {
        return new Element(id, kind, name, parent, bounds, newProps);
    }

    public Element withId(String newId) {
        return new Element(newId, kind, name, parent, bounds, props);
    }

    public boolean isRoot() {
        return parent.isEmpty();
    }

    /**
     * Hashes the id only: equal elements have equal ids, and rules keep elements in hash sets often enough that
     * hashing every property each time would dominate.
     */
    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
