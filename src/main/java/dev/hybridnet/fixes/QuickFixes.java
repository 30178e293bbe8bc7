package dev.hybridnet.fixes;

import dev.hybridnet.command.Command;
import dev.hybridnet.command.CommandRefusedException;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.validation.Finding;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the quick fix for a finding, if a safe one exists. "Safe" means the change is what the rule's own advice
 * says, touches only the elements the finding names, and does not trade the finding for another error of the same
 * elements (no rename into a name clash, no /27 that overlaps a sibling subnet). Cheap: no validation runs here,
 * so a panel may ask for every finding it shows.
 */
public final class QuickFixes {

    /** The rules some of whose findings have a quick fix. */
    public static final Set<String> RULES = Set.of("gateway-subnet-size", "ervpn-gateway-subnet-27",
            "gateway-subnet-name", "gateway-subnet-nsg-udr", "hs-allow-gateway-transit", "hs-use-remote-gateways",
            "hs-allow-forwarded", "vpn-gateway-public-ip", "route-server-vpn-gateway", "nva-ip-forwarding");

    private QuickFixes() {
    }

    /**
     * The fix for {@code finding} in {@code diagram}, the diagram it was found in (or a later one: a fix is worked
     * out from the diagram as it is, and is empty when there is nothing left to change).
     */
    public static Optional<QuickFix> forFinding(Diagram diagram, Finding finding) {
        Optional<QuickFix> fix = switch (finding.rule()) {
            case "gateway-subnet-size", "ervpn-gateway-subnet-27" -> SubnetFixes.widen(diagram, finding);
            case "gateway-subnet-name" -> SubnetFixes.rename(diagram, finding);
            case "gateway-subnet-nsg-udr" -> SubnetFixes.gatewaySubnetSettings(diagram, finding);
            case "hs-allow-gateway-transit" -> PeeringFixes.allowGatewayTransit(diagram, finding);
            case "hs-use-remote-gateways" -> PeeringFixes.useRemoteGateways(diagram, finding);
            case "hs-allow-forwarded" -> PeeringFixes.allowForwardedTraffic(diagram, finding);
            case "vpn-gateway-public-ip" -> GatewayFixes.standardPublicIp(diagram, finding);
            case "route-server-vpn-gateway" -> GatewayFixes.activeActive(diagram, finding);
            case "nva-ip-forwarding" -> GatewayFixes.ipForwarding(diagram, finding);
            default -> Optional.empty();
        };
        return fix.filter(f -> changes(diagram, f.command()));
    }

    private static boolean changes(Diagram d, Command command) {
        try {
            return !command.apply(d).equals(d);
        } catch (CommandRefusedException e) {
            return false;
        }
    }
}
