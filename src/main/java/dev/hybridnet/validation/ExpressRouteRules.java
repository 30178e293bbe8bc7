package dev.hybridnet.validation;

import java.util.List;

/** Rules: placeholder until written. */
final class ExpressRouteRules {

    private ExpressRouteRules() {
    }

    static boolean mixesUpConnectionType(dev.hybridnet.model.Diagram d, dev.hybridnet.model.Connection c) {
        return false;
    }

    static List<Rule> rules() {
        return List.of();
    }
}
