package dev.hybridnet.fixes;

import dev.hybridnet.catalog.PeeringFlag;
import dev.hybridnet.command.Command;
import dev.hybridnet.command.SetPeeringFlag;
import dev.hybridnet.model.Connection;
import dev.hybridnet.model.ConnectionKind;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.validation.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Fixes of the hub-spoke peering rules. Their findings name the peering first and then the VNets involved; a fix
 * sets one flag on the side of the peering that belongs to the VNet the rule's advice names, and only where that
 * side exists (a missing direction is a different problem, which no flag fixes).
 */
final class PeeringFixes {

    private PeeringFixes() {
    }

    /** "Allow gateway transit on the hub side": findings name the peering, the user, then the hub. */
    static Optional<QuickFix> allowGatewayTransit(Diagram d, Finding f) {
        return flag(d, f, 2, PeeringFlag.ALLOW_GATEWAY_TRANSIT).map(step -> QuickFix.of(step.label(d), step));
    }

    /**
     * "Use remote gateways on the spoke's side": findings name the peering, the spoke, then the hub. When the hub's
     * side does not allow gateway transit yet, that is set in the same step, or the fix would only trade this
     * finding for an {@code hs-allow-gateway-transit} error.
     */
    static Optional<QuickFix> useRemoteGateways(Diagram d, Finding f) {
        Optional<SetPeeringFlag> use = flag(d, f, 1, PeeringFlag.USE_REMOTE_GATEWAYS);
        if (use.isEmpty()) {
            return Optional.empty();
        }
        List<Command> steps = new ArrayList<>(List.of(use.get()));
        String label = use.get().label(d);
        Optional<SetPeeringFlag> transit = flag(d, f, 2, PeeringFlag.ALLOW_GATEWAY_TRANSIT)
                .filter(t -> !isSet(d, t));
        if (transit.isPresent()) {
            steps.add(transit.get());
            label += ", and allow gateway transit on the other side";
        }
        return Optional.of(QuickFix.of(label, steps));
    }

    /**
     * "Allow forwarded traffic on X's side": findings name a peering, then X, and may go on with more such pairs
     * (one finding for all the sides of a hub's peerings); every pair whose side exists is set, in one step.
     */
    static Optional<QuickFix> allowForwardedTraffic(Diagram d, Finding f) {
        List<Command> steps = new ArrayList<>();
        String label = "";
        for (int i = 0; i + 1 < f.elements().size(); i++) {
            Optional<SetPeeringFlag> step = flag(d, f.elements().get(i), f.elements().get(i + 1),
                    PeeringFlag.ALLOW_FORWARDED_TRAFFIC).filter(s -> !isSet(d, s));
            if (step.isPresent()) {
                steps.add(step.get());
                label = step.get().label(d);
                i++;
            }
        }
        if (steps.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(QuickFix.of(steps.size() == 1 ? label
                : "Allow forwarded traffic on " + steps.size() + " peering sides", steps));
    }

    /**
     * Turns {@code flag} on for the side of the finding's peering (its first element) that belongs to the VNet at
     * position {@code vnetAt} of the finding's elements; empty when the finding does not have that shape or the
     * side was never created.
     */
    private static Optional<SetPeeringFlag> flag(Diagram d, Finding f, int vnetAt, PeeringFlag flag) {
        if (f.elements().size() <= vnetAt) {
            return Optional.empty();
        }
        return flag(d, f.elements().get(0), f.elements().get(vnetAt), flag);
    }

    private static Optional<SetPeeringFlag> flag(Diagram d, String peeringId, String vnet, PeeringFlag flag) {
        Optional<Connection> peering = d.connection(peeringId)
                .filter(c -> c.kind() == ConnectionKind.VNET_PEERING);
        if (peering.isEmpty() || !peering.get().touches(vnet)) {
            return Optional.empty();
        }
        String side = SetPeeringFlag.sideOf(peering.get(), vnet);
        if (!peering.get().props().peering(side).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(new SetPeeringFlag(peering.get().id(), side, flag, true));
    }

    private static boolean isSet(Diagram d, SetPeeringFlag step) {
        String id = step.ids().iterator().next();
        return d.connection(id).flatMap(c -> c.props().peering(step.side()).toOptional())
                .map(direction -> step.flag().in(direction)).orElse(false);
    }
}
