package dev.hybridnet.command;

import dev.hybridnet.model.Diagram;
import java.util.Objects;

/** Gives an element a new name; the id, which connections and files refer to, stays. */
public record Rename(String id, String name) implements Command {

    public Rename {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }

    @Override
    public Diagram apply(Diagram before) {
        Contents.element(before, id);
        return Contents.mapElements(before, e -> e.id().equals(id) ? e.withName(name) : e);
    }

    /** "Rename vpngw" (with the name before). */
    @Override
    public String label(Diagram before) {
        return Contents.label(before, "Rename", java.util.List.of(id));
    }
}
