package dev.hybridnet.fixes;

import dev.hybridnet.command.Rename;
import dev.hybridnet.command.SetProperty;
import dev.hybridnet.command.Wording;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import dev.hybridnet.model.ElementKind;
import dev.hybridnet.model.Keys;
import dev.hybridnet.model.PropValue;
import dev.hybridnet.validation.Finding;
import inet.ipaddr.IPAddress;
import java.util.Optional;

/** Fixes of the GatewaySubnet rules: its size, its name, and the settings gateways cannot work with. */
final class SubnetFixes {

    static final String GATEWAY_SUBNET = "GatewaySubnet";
    static final int GATEWAY_PREFIX_LENGTH = 27;

    private SubnetFixes() {
    }

    /** The first subnet among the finding's elements. */
    private static Optional<Element> subnet(Diagram d, Finding f) {
        return f.elements().stream().flatMap(id -> d.element(id).stream())
                .filter(e -> e.kind() == ElementKind.SUBNET).findFirst();
    }

    /** A subnet smaller than /27 becomes a free /27 of its VNet: the block around it when free, else the topmost. */
    static Optional<QuickFix> widen(Diagram d, Finding f) {
        Optional<Element> subnet = subnet(d, f);
        Optional<IPAddress> prefix = subnet.flatMap(s -> s.props().read(Keys.ADDRESS_PREFIX).toOptional())
                .filter(p -> p.isIPv4() && p.getNetworkPrefixLength() > GATEWAY_PREFIX_LENGTH);
        if (prefix.isEmpty()) {
            return Optional.empty();
        }
        return GatewayBlock.find(d, subnet.get(), prefix.get(), GATEWAY_PREFIX_LENGTH).map(block -> {
            String text = block.toCanonicalString();
            return QuickFix.of("Widen " + Wording.label(subnet.get()) + " to " + text,
                    new SetProperty(subnet.get().id(), Keys.ADDRESS_PREFIX, PropValue.text(text)));
        });
    }

    /**
     * The subnet holding a gateway is renamed GatewaySubnet, unless its VNet already has a subnet of that name
     * or it holds something besides gateways (which GatewaySubnet may not).
     */
    static Optional<QuickFix> rename(Diagram d, Finding f) {
        Optional<Element> subnet = subnet(d, f).filter(s -> !s.name().equals(GATEWAY_SUBNET));
        if (subnet.isEmpty()) {
            return Optional.empty();
        }
        Element s = subnet.get();
        boolean nameTaken = d.parentOf(s.id()).map(vnet -> d.childrenOf(vnet.id()).stream()
                .anyMatch(sibling -> sibling.kind() == ElementKind.SUBNET && sibling.name().equals(GATEWAY_SUBNET)))
                .orElse(false);
        boolean onlyGateways = d.childrenOf(s.id()).stream().allMatch(child -> child.kind().isGateway());
        if (nameTaken || !onlyGateways) {
            return Optional.empty();
        }
        return Optional.of(QuickFix.of("Rename subnet '" + s.name() + "' to " + GATEWAY_SUBNET,
                new Rename(s.id(), GATEWAY_SUBNET)));
    }

    /** An NSG is removed from GatewaySubnet, and disabled BGP route propagation enabled again. */
    static Optional<QuickFix> gatewaySubnetSettings(Diagram d, Finding f) {
        Optional<Element> subnet = subnet(d, f);
        if (subnet.isEmpty()) {
            return Optional.empty();
        }
        Element s = subnet.get();
        String name = Wording.label(s);
        if (f.message().contains("network security group") && s.props().read(Keys.NSG).orElse(false)) {
            return Optional.of(QuickFix.of("Remove the NSG from " + name,
                    new SetProperty(s.id(), Keys.NSG, PropValue.bool(false))));
        }
        if (f.message().contains("BGP route propagation")
                && s.props().read(Keys.DISABLE_BGP_ROUTE_PROPAGATION).orElse(false)) {
            return Optional.of(QuickFix.of("Enable BGP route propagation on " + name,
                    new SetProperty(s.id(), Keys.DISABLE_BGP_ROUTE_PROPAGATION, PropValue.bool(false))));
        }
        return Optional.empty();
    }
}
