package dev.hybridnet.imports;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What an import did with each resource, so that nothing is dropped silently: the resources mapped to elements or
 * connections (by type, with counts), the elements it implied (an on-premises network behind a local network
 * gateway), the resources it skipped (by type, with counts and why), the resources a Terraform plan destroys (by
 * type; they are not in the design), and the places it could not evaluate or follow, with their paths.
 */
public record ImportReport(String source, Map<String, Integer> mapped, List<String> implied,
        Map<String, Integer> skipped, Map<String, Integer> destroyed, List<Problem> problems) {

    /** Something the import could not work out, at a place in the source ({@code resources[3].properties...}). */
    public record Problem(String path, String message) {
        public Problem {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(message, "message");
        }
    }

    public ImportReport {
        Objects.requireNonNull(source, "source");
        mapped = Map.copyOf(mapped);
        implied = List.copyOf(implied);
        skipped = Map.copyOf(skipped);
        destroyed = Map.copyOf(destroyed);
        problems = List.copyOf(problems);
    }

    /** A report of a source that destroys nothing (a template, resource JSON). */
    public ImportReport(String source, Map<String, Integer> mapped, List<String> implied,
            Map<String, Integer> skipped, List<Problem> problems) {
        this(source, mapped, implied, skipped, Map.of(), problems);
    }

    /** The report as lines of text, as {@code hybridnet import} prints it and the editor shows it. */
    public List<String> lines() {
        List<String> lines = new java.util.ArrayList<>();
        lines.add(source + ": " + total(mapped) + " resources mapped, " + implied.size() + " elements implied, "
                + total(skipped) + " skipped, " + (destroyed.isEmpty() ? "" : total(destroyed)
                + " destroyed by the plan, ") + problems.size() + " could not be evaluated");
        new java.util.TreeMap<>(mapped).forEach((type, n) -> lines.add("  mapped   " + n + " x " + type));
        implied.forEach(what -> lines.add("  implied  " + what));
        new java.util.TreeMap<>(skipped).forEach((type, n) -> lines.add("  skipped  " + n + " x " + type));
        new java.util.TreeMap<>(destroyed).forEach((type, n) -> lines.add("  destroyed  " + n + " x " + type
                + " (the plan deletes it; not in the design)"));
        problems.forEach(p -> lines.add("  not evaluated  " + p.path() + ": " + p.message()));
        return lines;
    }

    private static int total(Map<String, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
