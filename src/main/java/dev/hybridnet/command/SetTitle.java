package dev.hybridnet.command;

import dev.hybridnet.model.Diagram;
import java.util.Objects;

/** Gives the diagram a new title. */
public record SetTitle(String title) implements Command {

    public SetTitle {
        Objects.requireNonNull(title, "title");
    }

    @Override
    public Diagram apply(Diagram before) {
        return before.withTitle(title);
    }

    @Override
    public String label(Diagram before) {
        return "Set title";
    }
}
