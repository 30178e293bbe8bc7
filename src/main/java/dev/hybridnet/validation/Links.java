package dev.hybridnet.validation;

import dev.hybridnet.model.Element;
import dev.hybridnet.model.ElementKind;
import java.util.ArrayList;
import java.util.List;

/** The working paths between on-premises networks and VNets: over a site-to-site VPN and over ExpressRoute. */
final class Links {

    /** One working path: an on-premises network reaches a VNet through a gateway. */
    record Link(Element site, Element vnet, Element gateway) {

        boolean samePair(Link other) {
            return site.id().equals(other.site.id()) && vnet.id().equals(other.vnet.id());
        }
    }

    final List<Link> vpn = new ArrayList<>();
    final List<Link> expressRoute = new ArrayList<>();

    Links(Facts f) {
        for (Element g : deployable(f, ElementKind.VPN_GATEWAY)) {
            f.vnetOf(g).ifPresent(v -> f.vpnSites(g).forEach(site -> vpn.add(new Link(site, v, g))));
        }
        for (Element g : deployable(f, ElementKind.EXPRESSROUTE_GATEWAY)) {
            f.vnetOf(g).ifPresent(v -> f.expressRouteSites(g).forEach(site -> expressRoute.add(new Link(site, v, g))));
        }
    }

    /**
     * The gateways of {@code kind} that stand where Azure can deploy them: in a subnet named exactly GatewaySubnet.
     * A gateway in a subnet of another name ({@code gw-subnet}) makes no working path, so the design is not complete.
     */
    static List<Element> deployable(Facts f, ElementKind kind) {
        return f.elements(kind).stream()
                .filter(g -> f.parent(g).filter(GatewayRules::isGatewaySubnet).isPresent()).toList();
    }

    /** VPN paths that have an ExpressRoute path between the same site and VNet. */
    List<Link> failover() {
        return vpn.stream().filter(l -> expressRoute.stream().anyMatch(l::samePair)).toList();
    }
}
