package dev.hybridnet.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.hybridnet.model.Diagram;
import java.util.List;

/** Assertions over the findings of one rule. */
final class Check {

    private static final Validator VALIDATOR = new Validator();

    private Check() {
    }

    static List<Finding> findings(Diagram d, String rule) {
        assertTrue(RuleBook.info(rule).isPresent(), "no rule " + rule);
        List<Finding> all = VALIDATOR.validate(d).findings();
        all.stream().filter(f -> f.rule().equals("rule-failure")).findFirst()
                .ifPresent(f -> fail("a rule failed: " + f.message()));
        return all.stream().filter(f -> f.rule().equals(rule)).toList();
    }

    /** At least one finding of {@code rule} names all of {@code ids}; returns it. */
    static Finding assertFinds(Diagram d, String rule, String... ids) {
        List<Finding> found = findings(d, rule);
        for (Finding f : found) {
            if (f.elements().containsAll(List.of(ids))) {
                return f;
            }
        }
        return fail("expected a finding of " + rule + " naming " + List.of(ids) + ", got " + found);
    }

    static Finding assertFinds(Diagram d, String rule, Severity severity, String... ids) {
        Finding f = assertFinds(d, rule, ids);
        assertEquals(severity, f.severity(), f.message());
        return f;
    }

    static void assertClean(Diagram d, String rule) {
        assertEquals(List.of(), findings(d, rule));
    }
}
