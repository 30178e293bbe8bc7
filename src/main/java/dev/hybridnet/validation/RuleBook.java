package dev.hybridnet.validation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Every rule the validator runs, in the order their findings are listed. */
public final class RuleBook {

    /** Reported when a rule itself fails: a bug in the program, never in the user's file. */
    static final RuleInfo RULE_FAILURE = new RuleInfo("rule-failure", Severity.ERROR,
            "A rule could not check the diagram",
            "A rule met a case it was not written for. The diagram is not at fault; please report the file.",
            Sources.FORMAT, "");

    private static final List<Rule> ALL = collect();

    private RuleBook() {
    }

    private static List<Rule> collect() {
        List<Rule> all = new ArrayList<>();
        all.addAll(StructureRules.rules());
        all.addAll(PropertyRules.rules());
        all.addAll(AddressRules.rules());
        all.addAll(GatewayRules.rules());
        all.addAll(BgpRules.rules());
        all.addAll(ServiceSubnetRules.rules());
        all.addAll(VpnRules.rules());
        all.addAll(ExpressRouteRules.rules());
        all.addAll(FailoverRules.rules());
        all.addAll(HubSpokeRules.rules());
        Set<String> ids = new HashSet<>();
        for (Rule rule : all) {
            if (!ids.add(rule.id())) {
                throw new IllegalStateException("two rules with id " + rule.id());
            }
        }
        return List.copyOf(all);
    }

    /** The checking rules, in order. */
    public static List<Rule> all() {
        return ALL;
    }

    /**
     * Every rule id that can appear in a report, with its description: the checking rules, the reference
     * architecture requirements and the rule-failure report. This is what {@code hybridnet rules}, docs/rules.md
     * and SARIF metadata list.
     */
    public static List<RuleInfo> catalog() {
        List<RuleInfo> infos = new ArrayList<>();
        ALL.forEach(r -> infos.add(r.info()));
        infos.addAll(PatternFindings.infos());
        infos.add(RULE_FAILURE);
        return List.copyOf(infos);
    }

    public static Optional<RuleInfo> info(String id) {
        return catalog().stream().filter(i -> i.id().equals(id)).findFirst();
    }
}
