package dev.hybridnet.validation;

import java.util.List;

/** Rules: placeholder until written. */
final class StructureRules {

    private StructureRules() {
    }

    static List<Rule> rules() {
        return List.of();
    }
}
