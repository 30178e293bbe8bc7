package dev.hybridnet.validation;

import java.util.List;

/** Rules: placeholder until written. */
final class ExpressRouteRules {

    private ExpressRouteRules() {
    }

    static List<Rule> rules() {
        return List.of();
    }
}
