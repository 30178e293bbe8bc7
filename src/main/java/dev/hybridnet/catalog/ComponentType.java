package dev.hybridnet.catalog;

import dev.hybridnet.geometry.Size;
import dev.hybridnet.model.ElementKind;
import dev.hybridnet.model.Props;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What one element kind is: how the palette names and groups it, whether it holds other elements, the size a
 * new one gets, where it may be placed, the properties a new one starts with, and, for kinds Azure only deploys
 * into a dedicated subnet, that subnet's required name.
 *
 * @param legalParents the kinds of container it may be placed in; empty means the canvas root only
 */
public record ComponentType(
        ElementKind kind,
        String displayName,
        String description,
        PaletteGroup group,
        boolean container,
        Size defaultSize,
        Set<ElementKind> legalParents,
        Props defaultProps,
        String defaultName,
        Optional<String> requiredSubnetName) {

    public ComponentType {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(defaultSize, "defaultSize");
        legalParents = Set.copyOf(legalParents);
        Objects.requireNonNull(defaultProps, "defaultProps");
        Objects.requireNonNull(defaultName, "defaultName");
        Objects.requireNonNull(requiredSubnetName, "requiredSubnetName");
    }

    /** True when the kind lives at the canvas root, outside any container. */
    public boolean rootOnly() {
        return legalParents.isEmpty();
    }

    /** True when the kind may stand at the canvas root: root-only kinds, and notes, which may stand anywhere. */
    public boolean rootAllowed() {
        return rootOnly() || kind == ElementKind.NOTE;
    }

    /** True for the annotations (notes and group frames), which validation and connections leave out. */
    public boolean annotation() {
        return kind.isAnnotation();
    }

    /** True when the user may give it any size: networks, subnets and the annotations; icons have one size. */
    public boolean resizable() {
        return container || annotation();
    }

    /** True when an element of this kind may sit in a parent of {@code parentKind}, or at the root if empty. */
    public boolean allowedIn(Optional<ElementKind> parentKind) {
        return allowedIn(parentKind.orElse(null));
    }

    /** Whether an element of this type may sit in a parent of {@code parentKind}; null for the top level. */
    public boolean allowedIn(ElementKind parentKind) {
        return parentKind == null ? rootAllowed() : legalParents.contains(parentKind);
    }
}
