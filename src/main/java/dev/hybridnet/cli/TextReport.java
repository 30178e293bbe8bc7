package dev.hybridnet.cli;

import dev.hybridnet.io.SafeText;
import dev.hybridnet.model.Reference;
import dev.hybridnet.validation.Finding;
import dev.hybridnet.validation.Severity;
import dev.hybridnet.validation.ValidationReport;
import java.util.List;

/** The compiler-like text report: one line per finding, then a summary line per file. */
final class TextReport {

    private TextReport() {
    }

    /** The report of one file; text from the file (names, ids, values in messages) is escaped for a terminal. */
    static String of(String path, ValidationReport report) {
        return of(path, report, false);
    }

    /** As {@link #of(String, ValidationReport)}; {@code errorsOnly} (for {@code --quiet}) keeps only the errors. */
    static String of(String path, ValidationReport report, boolean errorsOnly) {
        String file = SafeText.escape(path);
        StringBuilder text = new StringBuilder();
        for (Finding f : report.findings()) {
            if (errorsOnly && f.severity() != Severity.ERROR) {
                continue;
            }
            text.append(file).append(": ").append(f.severity().id()).append(" [").append(f.rule()).append("] ")
                    .append(SafeText.escape(f.message()));
            if (!f.elements().isEmpty()) {
                text.append(" (elements: ").append(SafeText.escape(String.join(", ", f.elements()))).append(')');
            }
            text.append('\n');
        }
        if (errorsOnly) {
            return text.toString();
        }
        text.append(file).append(": ").append(count(report.count(Severity.ERROR), "error")).append(", ")
                .append(count(report.count(Severity.WARNING), "warning"));
        long notes = report.count(Severity.INFO);
        if (notes > 0) {
            text.append(", ").append(count(notes, "note"));
        }
        text.append("; reference: ").append(report.declared().map(Reference::id).orElse("none declared"))
                .append(", detected: ").append(detected(report.detected())).append('\n');
        return text.toString();
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String detected(List<Reference> references) {
        return references.isEmpty() ? "none" : String.join(", ", references.stream().map(Reference::id).toList());
    }
}
