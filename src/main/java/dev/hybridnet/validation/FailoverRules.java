package dev.hybridnet.validation;

import java.util.List;

/** Rules: placeholder until written. */
final class FailoverRules {

    private FailoverRules() {
    }

    static List<Rule> rules() {
        return List.of();
    }
}
