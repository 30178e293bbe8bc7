package dev.hybridnet.command;

import dev.hybridnet.model.Connection;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import dev.hybridnet.model.Waypoints;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/** The lookups and rewrites several commands share. */
final class Contents {

    private Contents() {
    }

    static Element element(Diagram d, String id) {
        return d.element(id).orElseThrow(() -> new CommandRefusedException(d.connection(id).isPresent()
                ? "'" + id + "' is a connection, not an element." : "There is no element '" + id + "'."));
    }

    static void requireAll(Diagram d, Collection<String> ids) {
        for (String id : ids) {
            if (!d.hasId(id)) {
                throw new CommandRefusedException("There is no element or connection '" + id + "'.");
            }
        }
    }

    /** The elements and everything inside them, in document order. */
    static Set<String> withDescendants(Diagram d, Collection<String> ids) {
        Set<String> all = new LinkedHashSet<>();
        for (String id : ids) {
            if (d.element(id).isPresent() && all.add(id)) {
                d.descendantsOf(id).forEach(e -> all.add(e.id()));
            }
        }
        return all;
    }

    /** The ids none of whose containers is also among them: what moves as a unit. */
    static Set<String> outermost(Diagram d, Collection<String> ids) {
        Set<String> given = Set.copyOf(ids);
        Set<String> result = new LinkedHashSet<>();
        for (String id : ids) {
            if (d.ancestorsOf(id).stream().noneMatch(a -> given.contains(a.id()))) {
                result.add(id);
            }
        }
        return result;
    }

    static Diagram mapElements(Diagram d, UnaryOperator<Element> change) {
        List<Element> elements = new ArrayList<>(d.elements().size());
        for (Element e : d.elements()) {
            elements.add(change.apply(e));
        }
        return d.withContent(elements, d.connections());
    }

    /**
     * The diagram with the given elements (descendants included by the caller) moved by the delta, and the
     * waypoints of the connections between them with them; a connection with one end moved keeps its waypoints.
     */
    static Diagram moved(Diagram d, Set<String> ids, double dx, double dy) {
        Diagram moved = mapElements(d, e -> ids.contains(e.id()) ? e.withBounds(e.bounds().movedBy(dx, dy)) : e);
        return withWaypointsMoved(moved, ids, dx, dy);
    }

    /** {@code d} with the waypoints of every connection whose two ends are among {@code ids} moved by the delta. */
    static Diagram withWaypointsMoved(Diagram d, Set<String> ids, double dx, double dy) {
        boolean any = false;
        List<Connection> connections = new ArrayList<>(d.connections().size());
        for (Connection c : d.connections()) {
            Connection shifted = ids.contains(c.from()) && ids.contains(c.to()) ? Waypoints.shifted(c, dx, dy) : c;
            any |= shifted != c;
            connections.add(shifted);
        }
        return any ? withConnections(d, connections) : d;
    }

    static Diagram withConnections(Diagram d, List<Connection> connections) {
        return d.withContent(d.elements(), connections);
    }

    /** "Move vpngw" for one element, "Move 3 elements" for more. */
    static String label(Diagram d, String verb, Collection<String> ids) {
        if (ids.size() == 1) {
            String id = ids.iterator().next();
            return d.element(id).map(e -> verb + " " + Wording.label(e)).orElse(verb + " " + id);
        }
        return verb + " " + Wording.count(ids.size(), "element");
    }

    static void requireFinite(double... values) {
        for (double v : values) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("offsets must be finite");
            }
        }
    }
}
