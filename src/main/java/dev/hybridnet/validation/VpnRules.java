package dev.hybridnet.validation;

import java.util.List;

/** Rules: placeholder until written. */
final class VpnRules {

    private VpnRules() {
    }

    static List<Rule> rules() {
        return List.of();
    }
}
