package dev.hybridnet.command;

import dev.hybridnet.model.Diagram;
import java.util.List;
import java.util.Objects;

/**
 * Several commands as one undo step with one label, applied in order; refused as a whole when any step is
 * refused, so a composite never half-applies. Cut ("Cut 2 elements") and quick fixes are composites.
 */
public record Composite(String label, List<Command> steps) implements Command {

    public Composite {
        Objects.requireNonNull(label, "label");
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a composite needs at least one step");
        }
    }

    @Override
    public Diagram apply(Diagram before) {
        Diagram d = before;
        for (Command step : steps) {
            d = step.apply(d);
        }
        return d;
    }

    @Override
    public String label(Diagram before) {
        return label;
    }
}
