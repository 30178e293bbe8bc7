package dev.hybridnet.imports;

import dev.hybridnet.model.Diagram;
import java.util.Objects;

/** The diagram an import made, laid out, and its report. */
public record Imported(Diagram diagram, ImportReport report) {

    public Imported {
        Objects.requireNonNull(diagram, "diagram");
        Objects.requireNonNull(report, "report");
    }
}
