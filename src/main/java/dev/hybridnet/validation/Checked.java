package dev.hybridnet.validation;

import dev.hybridnet.model.Diagram;
import java.util.Objects;

/**
 * A diagram together with the report of validating it. The report belongs to this diagram instance and to no
 * other: whoever shows findings, counts or recognised references shows them with the diagram they came from, so an
 * answer about an earlier diagram can never pass for the current one.
 */
public record Checked(Diagram diagram, ValidationReport report) {

    public Checked {
        Objects.requireNonNull(diagram, "diagram");
        Objects.requireNonNull(report, "report");
    }

    /** True when this is the check of {@code d} (the same instance, not merely an equal diagram). */
    public boolean of(Diagram d) {
        return diagram == d;
    }
}
