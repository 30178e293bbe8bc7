package dev.hybridnet.validation;

import java.util.List;

/** Rules: placeholder until written. */
final class BgpRules {

    private BgpRules() {
    }

    static List<Rule> rules() {
        return List.of();
    }
}
