package dev.hybridnet.validation;

import dev.hybridnet.model.Connection;
import dev.hybridnet.model.ConnectionKind;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import dev.hybridnet.model.ElementKind;
import dev.hybridnet.model.Keys;
import inet.ipaddr.IPAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which on-premises networks each gateway reaches. A site-to-site connection reaches the network of the appliance
 * at its far end, directly or through a local network gateway (by its {@code represents} link, else by the
 * appliance whose public IP is the gateway IP). An ExpressRoute gateway reaches the networks of the edge routers
 * peered with its circuits.
 */
final class Sites {

    private final Diagram diagram;
    private final Map<String, Element> applianceByPublicIp = new HashMap<>();

    Sites(Facts facts) {
        this.diagram = facts.diagram();
        for (Element appliance : facts.elements(ElementKind.VPN_APPLIANCE)) {
            appliance.props().read(Keys.PUBLIC_IP).toOptional()
                    .ifPresent(ip -> applianceByPublicIp.putIfAbsent(ip.toCanonicalString(), appliance));
        }
    }

    Set<Element> overVpn(Element vpnGateway) {
        Set<Element> result = new LinkedHashSet<>();
        for (Connection c : diagram.connectionsOf(vpnGateway.id())) {
            if (c.kind() != ConnectionKind.SITE_TO_SITE_VPN) {
                continue;
            }
            Element far = diagram.element(c.otherEnd(vpnGateway.id())).orElseThrow();
            Optional<Element> appliance = far.kind() == ElementKind.VPN_APPLIANCE ? Optional.of(far)
                    : far.kind() == ElementKind.LOCAL_NETWORK_GATEWAY ? applianceOf(far) : Optional.empty();
            appliance.flatMap(a -> onPremisesOf(a)).ifPresent(result::add);
        }
        return result;
    }

    Optional<Element> applianceOf(Element lng) {
        for (Connection c : diagram.connectionsOf(lng.id())) {
            if (c.kind() == ConnectionKind.REPRESENTS && c.from().equals(lng.id())) {
                Optional<Element> target = diagram.element(c.to())
                        .filter(e -> e.kind() == ElementKind.VPN_APPLIANCE);
                if (target.isPresent()) {
                    return target;
                }
            }
        }
        Optional<IPAddress> ip = lng.props().read(Keys.GATEWAY_IP).toOptional();
        return ip.map(a -> applianceByPublicIp.get(a.toCanonicalString()));
    }

    List<Element> circuitsOf(Element erGateway) {
        List<Element> result = new ArrayList<>();
        for (Connection c : diagram.connectionsOf(erGateway.id())) {
            if (c.kind() == ConnectionKind.EXPRESSROUTE_CONNECTION) {
                diagram.element(c.otherEnd(erGateway.id())).filter(e -> e.kind() == ElementKind.EXPRESSROUTE_CIRCUIT)
                        .filter(e -> !result.contains(e)).ifPresent(result::add);
            }
        }
        return result;
    }

    Set<Element> overExpressRoute(Element erGateway) {
        Set<Element> result = new LinkedHashSet<>();
        for (Element circuit : circuitsOf(erGateway)) {
            for (Connection c : diagram.connectionsOf(circuit.id())) {
                if (c.kind() == ConnectionKind.EXPRESSROUTE_PEERING) {
                    diagram.element(c.otherEnd(circuit.id())).filter(e -> e.kind() == ElementKind.EDGE_ROUTER)
                            .flatMap(this::onPremisesOf).ifPresent(result::add);
                }
            }
        }
        return result;
    }

    private Optional<Element> onPremisesOf(Element device) {
        return diagram.parentOf(device.id()).filter(p -> p.kind() == ElementKind.ON_PREMISES_NETWORK);
    }
}
