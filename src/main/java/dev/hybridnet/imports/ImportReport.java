package dev.hybridnet.imports;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What an import did with each resource, so that nothing is dropped silently: the resources mapped to elements or
 * connections (by type, with counts), the elements it implied (an on-premises network behind a local network
 * gateway), the resources it skipped (by type, with counts and why), and the places it could not evaluate or
 * follow, with their template paths.
 */
public record ImportReport(String source, Map<String, Integer> mapped, List<String> implied,
        Map<String, Integer> skipped, List<Problem> problems) {

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
        problems = List.copyOf(problems);
    }

    /** The report as lines of text, as {@code hybridnet import} prints it and the editor shows it. */
    public List<String> lines() {
        List<String> lines = new java.util.ArrayList<>();
        lines.add(source + ": " + total(mapped) + " resources mapped, " + implied.size() + " elements implied, "
                + total(skipped) + " skipped, " + problems.size() + " could not be evaluated");
        new java.util.TreeMap<>(mapped).forEach((type, n) -> lines.add("  mapped   " + n + " x " + type));
        implied.forEach(what -> lines.add("  implied  " + what));
        new java.util.TreeMap<>(skipped).forEach((type, n) -> lines.add("  skipped  " + n + " x " + type));
        problems.forEach(p -> lines.add("  not evaluated  " + p.path() + ": " + p.message()));
        return lines;
    }

    private static int total(Map<String, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
