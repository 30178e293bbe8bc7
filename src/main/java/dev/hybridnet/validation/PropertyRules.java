package dev.hybridnet.validation;

import java.util.List;

/** Rules: placeholder until written. */
final class PropertyRules {

    private PropertyRules() {
    }

    static List<Rule> rules() {
        return List.of();
    }
}
