package dev.hybridnet.validation;

import java.util.Objects;

/** A validation rule: its description and its check. */
public record Rule(RuleInfo info, RuleCheck check) {

    public Rule {
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(check, "check");
    }

    public String id() {
        return info.id();
    }
}
