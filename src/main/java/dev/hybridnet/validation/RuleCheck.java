package dev.hybridnet.validation;

/** The body of a rule: looks at the facts of a diagram and reports what it finds. Must not keep state. */
@FunctionalInterface
public interface RuleCheck {

    void check(Facts facts, Reporter out);
}
