package dev.hybridnet.command;

import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.ElementKind;
import java.util.Set;

/**
 * Moves elements by a delta in canvas units; everything inside a moved container moves with it, and an element
 * whose container is moved too moves once; a group frame carries the top-level elements lying wholly inside it.
 * Containment does not change (see {@link Reparent} for that).
 */
public record Move(Set<String> ids, double dx, double dy) implements Command {

    public Move {
        ids = Set.copyOf(ids);
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("nothing to move");
        }
        Contents.requireFinite(dx, dy);
    }

    @Override
    public Diagram apply(Diagram before) {
        ids.forEach(id -> Contents.element(before, id));
        return Contents.moved(before, Contents.withDescendants(before, withFramed(before, ids)), dx, dy);
    }

    /**
     * The ids and, for each group frame among them, the top-level elements lying wholly inside the frame: a frame
     * carries what it frames, though it contains nothing in the containment tree.
     */
    public static Set<String> withFramed(Diagram d, Set<String> ids) {
        Set<String> all = new java.util.LinkedHashSet<>(ids);
        for (String id : ids) {
            d.element(id).filter(e -> e.kind() == ElementKind.GROUP).ifPresent(frame -> d.roots().stream()
                    .filter(e -> !e.id().equals(frame.id()) && frame.bounds().contains(e.bounds()))
                    .forEach(e -> all.add(e.id())));
        }
        return all;
    }

    /** "Move vpngw", "Move 3 elements". */
    @Override
    public String label(Diagram before) {
        return Contents.label(before, "Move", ids);
    }
}
