package dev.hybridnet.command;

import dev.hybridnet.model.Diagram;
import java.util.Set;

/**
 * Moves elements by a delta in canvas units; everything inside a moved container moves with it, and an element
 * whose container is moved too moves once. Containment does not change (see {@link Reparent} for that).
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
        return Contents.moved(before, Contents.withDescendants(before, ids), dx, dy);
    }

    /** "Move vpngw", "Move 3 elements". */
    @Override
    public String label(Diagram before) {
        return Contents.label(before, "Move", ids);
    }
}
