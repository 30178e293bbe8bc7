package dev.hybridnet.validation;

import java.util.Objects;

/**
 * What a rule is: a kebab-case id, its default severity, a one-line title, what it protects (why Azure or the
 * reference architecture needs it), the documentation it rests on, and the id of the rule in the project's
 * research notes (e.g. {@code AZ-GWSUBNET-SIZE}), or empty for rules of our own.
 */
public record RuleInfo(String id, Severity severity, String title, String rationale, String source, String specId) {

    public RuleInfo {
        Objects.requireNonNull(id, "id");
        if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("rule ids are kebab-case: " + id);
        }
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(rationale, "rationale");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(specId, "specId");
    }
}
