package dev.hybridnet.command;

import dev.hybridnet.geometry.Rect;
import dev.hybridnet.model.Connection;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A piece cut out of a diagram, as the clipboard holds it: elements with everything inside them, and only the
 * connections whose two ends are both in the piece. Elements keep their ids and parents as they were; a
 * {@link Paste} gives them fresh ones.
 */
public record Fragment(List<Element> elements, List<Connection> connections) {

    public Fragment {
        elements = List.copyOf(elements);
        connections = List.copyOf(connections);
        Set<String> ids = new HashSet<>();
        for (Element e : elements) {
            if (!ids.add(e.id())) {
                throw new IllegalArgumentException("duplicate element " + e.id() + " in a fragment");
            }
        }
        for (Connection c : connections) {
            if (!ids.contains(c.from()) || !ids.contains(c.to())) {
                throw new IllegalArgumentException("connection " + c.id() + " leaves the fragment");
            }
        }
    }

    public static Fragment empty() {
        return new Fragment(List.of(), List.of());
    }

    /**
     * The elements among {@code ids} with everything inside them, in document order, and the connections among
     * them. Connection ids in {@code ids} are kept only when both their ends are in the piece.
     */
    public static Fragment of(Diagram d, Collection<String> ids) {
        Set<String> inside = Contents.withDescendants(d, ids);
        List<Element> elements = d.elements().stream().filter(e -> inside.contains(e.id())).toList();
        List<Connection> connections = d.connections().stream()
                .filter(c -> inside.contains(c.from()) && inside.contains(c.to())).toList();
        return new Fragment(elements, connections);
    }

    public boolean isEmpty() {
        return elements.isEmpty();
    }

    /** The elements whose container is not in the piece: what a paste places. */
    public List<Element> roots() {
        Set<String> ids = new HashSet<>();
        elements.forEach(e -> ids.add(e.id()));
        return elements.stream().filter(e -> e.parent().filter(ids::contains).isEmpty()).toList();
    }

    /** The smallest rectangle around every element; empty for an empty fragment. */
    public Optional<Rect> bounds() {
        return elements.stream().map(Element::bounds).reduce(Rect::union);
    }
}
