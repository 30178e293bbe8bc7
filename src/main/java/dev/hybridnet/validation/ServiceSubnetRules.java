package dev.hybridnet.validation;

import java.util.List;

/** Rules: placeholder until written. */
final class ServiceSubnetRules {

    private ServiceSubnetRules() {
    }

    static List<Rule> rules() {
        return List.of();
    }
}
