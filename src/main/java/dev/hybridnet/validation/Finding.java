package dev.hybridnet.validation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One problem found in a diagram: the rule that found it, its severity, a message that names the elements and
 * values involved, the ids of those elements (or connections), and optionally a hint on how to fix it.
 */
public record Finding(String rule, Severity severity, String message, List<String> elements, Optional<String> fix) {

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        elements = List.copyOf(elements);
        Objects.requireNonNull(fix, "fix");
    }
}
