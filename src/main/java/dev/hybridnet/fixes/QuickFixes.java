package dev.hybridnet.fixes;

import dev.hybridnet.command.Command;
import dev.hybridnet.command.CommandRefusedException;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.validation.BgpRules;
import dev.hybridnet.validation.FailoverRules;
import dev.hybridnet.validation.Finding;
import dev.hybridnet.validation.GatewayRules;
import dev.hybridnet.validation.HubSpokeRules;
import dev.hybridnet.validation.Rule;
import dev.hybridnet.validation.VpnRules;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Finds the quick fix for a finding, if a safe one exists. "Safe" means the change is what the rule's own advice
 * says, touches only the elements the finding names, and does not trade the finding for another error of the same
 * elements (no rename into a name clash, no /27 that overlaps a sibling subnet). Cheap: no validation runs here,
 * so a panel may ask for every finding it shows.
 */
public final class QuickFixes {

    /** Works out the fix for one finding of its rule from the diagram, or nothing. */
    private interface Fixer extends BiFunction<Diagram, Finding, Optional<QuickFix>> {
    }

    /** The fixer of each rule that has one, by the rule's id (the id a {@link Finding} names). */
    private static final Map<String, Fixer> FIXERS = Map.ofEntries(
            fix(GatewayRules.SUBNET_SIZE, SubnetFixes::widen),
            fix(FailoverRules.GATEWAY_SUBNET_27, SubnetFixes::widen),
            fix(GatewayRules.SUBNET_NAME, SubnetFixes::rename),
            fix(GatewayRules.NO_NSG_OR_DEFAULT_ROUTE, SubnetFixes::gatewaySubnetSettings),
            fix(HubSpokeRules.ALLOW_GATEWAY_TRANSIT, PeeringFixes::allowGatewayTransit),
            fix(HubSpokeRules.USE_REMOTE_GATEWAYS, PeeringFixes::useRemoteGateways),
            fix(HubSpokeRules.ALLOW_FORWARDED, PeeringFixes::allowForwardedTraffic),
            fix(GatewayRules.VPN_PUBLIC_IP, GatewayFixes::standardPublicIp),
            fix(BgpRules.ROUTE_SERVER_VPN, GatewayFixes::activeActive),
            fix(HubSpokeRules.IP_FORWARDING, GatewayFixes::ipForwarding),
            fix(VpnRules.LNG_ADDRESS, GatewayFixes::lngPrefixes));

    /** The ids of the rules some of whose findings have a quick fix. */
    public static final Set<String> RULES = FIXERS.keySet();

    private QuickFixes() {
    }

    private static Map.Entry<String, Fixer> fix(Rule rule, Fixer fixer) {
        return Map.entry(rule.id(), fixer);
    }

    /**
     * The fix for {@code finding} in {@code diagram}, the diagram it was found in (or a later one: a fix is worked
     * out from the diagram as it is, and is empty when there is nothing left to change).
     */
    public static Optional<QuickFix> forFinding(Diagram diagram, Finding finding) {
        Fixer fixer = FIXERS.get(finding.rule());
        if (fixer == null) {
            return Optional.empty();
        }
        return fixer.apply(diagram, finding).filter(f -> changes(diagram, f.command()));
    }

    private static boolean changes(Diagram d, Command command) {
        try {
            return !command.apply(d).equals(d);
        } catch (CommandRefusedException e) {
            return false;
        }
    }
}
