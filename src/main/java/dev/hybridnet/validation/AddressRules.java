package dev.hybridnet.validation;

import java.util.List;

/** Rules: placeholder until written. */
final class AddressRules {

    private AddressRules() {
    }

    static List<Rule> rules() {
        return List.of();
    }
}
