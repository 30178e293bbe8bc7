package dev.hybridnet.validation;

import java.util.List;

/** Rules: placeholder until written. */
final class HubSpokeRules {

    private HubSpokeRules() {
    }

    static List<Rule> rules() {
        return List.of();
    }
}
