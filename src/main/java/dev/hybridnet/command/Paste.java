package dev.hybridnet.command;

import dev.hybridnet.model.Connection;
import dev.hybridnet.model.Waypoints;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Adds a copy of a {@link Fragment}, shifted by a delta, with fresh ids for every element and connection. The
 * outermost elements go {@code into} the given container, or, when none is given, back into the container they
 * were copied from if it still exists, else to the top level. Refused when one of them may not go there. As a drop
 * does, the copy gets names and address ranges of its own ({@link PasteSettling}).
 */
public record Paste(Fragment fragment, Optional<String> into, double dx, double dy) implements Command {

    public Paste {
        Objects.requireNonNull(fragment, "fragment");
        if (fragment.isEmpty()) {
            throw new IllegalArgumentException("nothing to paste");
        }
        Objects.requireNonNull(into, "into");
        Contents.requireFinite(dx, dy);
    }

    /** The id each copied element and connection gets in {@code before}; the same every time for one diagram. */
    public Map<String, String> newIds(Diagram before) {
        Set<String> taken = new HashSet<>(before.ids());
        Map<String, String> ids = new LinkedHashMap<>();
        for (Element e : fragment.elements()) {
            String id = FreshIds.copyOf(e.id(), taken::contains);
            taken.add(id);
            ids.put(e.id(), id);
        }
        for (Connection c : fragment.connections()) {
            String id = FreshIds.copyOf(c.id(), taken::contains);
            taken.add(id);
            ids.put(c.id(), id);
        }
        return ids;
    }

    @Override
    public Diagram apply(Diagram before) {
        into.ifPresent(id -> Contents.element(before, id));
        Map<String, String> ids = newIds(before);
        List<Element> elements = new ArrayList<>(before.elements());
        for (Element e : fragment.elements()) {
            boolean inner = e.parent().filter(ids::containsKey).isPresent();
            Optional<String> parent = inner ? e.parent().map(ids::get) : outerParent(before, e);
            if (!inner) {
                Placement.whyNot(before, e.kind(), parent).ifPresent(reason -> {
                    throw new CommandRefusedException(reason);
                });
            }
            elements.add(new Element(ids.get(e.id()), e.kind(), e.name(), parent, e.bounds().movedBy(dx, dy),
                    e.props()));
        }
        List<Connection> connections = new ArrayList<>(before.connections());
        for (Connection c : fragment.connections()) {
            connections.add(Waypoints.shifted(new Connection(ids.get(c.id()), c.kind(), ids.get(c.from()),
                    ids.get(c.to()), c.props()), dx, dy));
        }
        Set<String> pasted = new HashSet<>();
        Set<String> outermost = new java.util.LinkedHashSet<>();
        for (Element e : fragment.elements()) {
            pasted.add(ids.get(e.id()));
            if (e.parent().filter(ids::containsKey).isEmpty()) {
                outermost.add(ids.get(e.id()));
            }
        }
        return PasteSettling.settle(before.withContent(elements, connections), pasted, outermost);
    }

    private Optional<String> outerParent(Diagram before, Element root) {
        return into.or(() -> root.parent().filter(p -> before.element(p).isPresent()));
    }

    /** "Paste vpngw", "Paste 4 elements". */
    @Override
    public String label(Diagram before) {
        List<Element> elements = fragment.elements();
        return elements.size() == 1 ? "Paste " + Wording.label(elements.get(0))
                : "Paste " + Wording.count(elements.size(), "element");
    }
}
