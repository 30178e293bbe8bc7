package dev.hybridnet.io;

import dev.hybridnet.catalog.Catalog;
import dev.hybridnet.model.Connection;
import dev.hybridnet.model.Containment;
import dev.hybridnet.model.Element;
import dev.hybridnet.model.ElementKind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The whole-document checks of a file: unique ids, existing parents and endpoints, and containment without
 * cycles. Each failure names the element or connection at fault.
 */
final class StructureCheck {

    private final String source;

    StructureCheck(String source) {
        this.source = source;
    }

    void check(List<Element> elements, List<Connection> connections) throws DiagramFormatException {
        Map<String, Element> byId = new HashMap<>(elements.size() * 2);
        for (Element e : elements) {
            if (byId.putIfAbsent(e.id(), e) != null) {
                throw error("element '" + e.id() + "'", "duplicate id: another element already uses it");
            }
        }
        Map<String, Connection> connectionIds = new HashMap<>(connections.size() * 2);
        for (Connection c : connections) {
            if (byId.containsKey(c.id())) {
                throw error("connection '" + c.id() + "'", "duplicate id: an element already uses it");
            }
            if (connectionIds.putIfAbsent(c.id(), c) != null) {
                throw error("connection '" + c.id() + "'", "duplicate id: another connection already uses it");
            }
        }
        for (Element e : elements) {
            Optional<String> parent = e.parent();
            if (parent.isPresent() && !byId.containsKey(parent.get())) {
                throw error("element '" + e.id() + "'", "parent '" + parent.get() + "' does not exist");
            }
            if (parent.isPresent()) {
                annotationParent(e, byId.get(parent.get()));
            }
        }
        for (Connection c : connections) {
            for (String[] end : new String[][] {{"from", c.from()}, {"to", c.to()}}) {
                if (!byId.containsKey(end[1])) {
                    throw error("connection '" + c.id() + "'", end[0] + " '" + end[1] + "' is not an element");
                }
                ElementKind kind = byId.get(end[1]).kind();
                if (kind.isAnnotation()) {
                    throw error("connection '" + c.id() + "'", end[0] + " '" + end[1] + "' is a " + kind.id()
                            + "; notes and groups are annotations and cannot be connected");
                }
            }
        }
        Optional<List<String>> cycle = Containment.findCycle(elements, byId);
        if (cycle.isPresent()) {
            throw error("element '" + cycle.get().get(0) + "'",
                    "containment cycle: " + String.join(" is inside ", cycle.get()));
        }
    }

    /** Annotations stay out of the containment tree: groups and notes hold nothing, groups are at the top level. */
    private void annotationParent(Element e, Element parent) throws DiagramFormatException {
        String place = "element '" + e.id() + "'";
        if (e.kind() == ElementKind.GROUP) {
            throw error(place, "a group stands at the top level and has no parent; remove 'parent'");
        }
        if (parent.kind().isAnnotation()) {
            throw error(place, "parent '" + parent.id() + "' is a " + parent.kind().id()
                    + "; annotations hold no elements (a group frames what lies under it without containing it)");
        }
        if (e.kind() == ElementKind.NOTE && !Catalog.of(parent.kind()).container()) {
            throw error(place, "parent '" + parent.id() + "' is a " + parent.kind().id()
                    + "; a note stands at the top level or in a network or subnet");
        }
    }

    private DiagramFormatException error(String place, String problem) {
        return new DiagramFormatException(source, place, problem);
    }
}
