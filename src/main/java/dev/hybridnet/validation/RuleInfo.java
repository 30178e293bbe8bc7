package dev.hybridnet.validation;

import java.util.Objects;

/**
 * What a rule is: a kebab-case id, its default severity, a one-line title, what it protects (why Azure or the
 * reference architecture needs it), the documentation it rests on, and the id of the rule in the project's
 * research notes (e.g. {@code AZ-GWSUBNET-SIZE}), or empty for rules of our own, and what the rule does when the
 * values it needs are absent from the design (absent is "not checked", never wrong: docs/rules.md).
 */
public record RuleInfo(String id, Severity severity, String title, String rationale, String source, String specId,
        String whenAbsent) {

    /** What most rules do without the values they need: they check what is stated and pass over the rest. */
    public static final String SKIPS_ABSENT = "Checks only what the design states; an element without the values "
            + "it needs is passed over without a finding.";

    public RuleInfo(String id, Severity severity, String title, String rationale, String source, String specId) {
        this(id, severity, title, rationale, source, specId, SKIPS_ABSENT);
    }

    /** The same rule, saying what it reports when its data is absent. */
    public RuleInfo whenAbsent(String text) {
        return new RuleInfo(id, severity, title, rationale, source, specId, text);
    }

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
        Objects.requireNonNull(whenAbsent, "whenAbsent");
    }
}
