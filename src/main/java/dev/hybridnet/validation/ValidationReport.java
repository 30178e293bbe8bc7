package dev.hybridnet.validation;

import dev.hybridnet.model.Reference;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of validating a diagram: the findings in a deterministic order, the reference architecture the
 * author declared, and how far the diagram realises each of the four references.
 */
public record ValidationReport(List<Finding> findings, Optional<Reference> declared, List<PatternMatch> patterns) {

    public ValidationReport {
        findings = List.copyOf(findings);
        Objects.requireNonNull(declared, "declared");
        patterns = List.copyOf(patterns);
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    public boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }

    /** The references the diagram realises completely, most specific first, after subsumption. */
    public List<Reference> detected() {
        return patterns.stream().filter(PatternMatch::realised).map(PatternMatch::reference).toList();
    }

    /** The match for one reference. */
    public PatternMatch pattern(Reference reference) {
        return patterns.stream().filter(p -> p.reference() == reference).findFirst().orElseThrow();
    }
}
