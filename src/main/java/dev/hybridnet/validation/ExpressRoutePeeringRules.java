package dev.hybridnet.validation;

import static dev.hybridnet.validation.Facts.label;

import dev.hybridnet.model.Connection;
import dev.hybridnet.model.ConnectionKind;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import dev.hybridnet.model.ElementKind;
import dev.hybridnet.model.Keys;
import dev.hybridnet.model.PeeringLink;
import dev.hybridnet.model.PeeringType;
import dev.hybridnet.model.ProviderLayer;
import dev.hybridnet.model.Typed;
import inet.ipaddr.IPAddress;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * ExpressRoute peerings between on-premises edge routers and a circuit: a primary and a secondary BGP session per
 * peering type, on two routers, and (layer 2 circuits) a /30 of their own for each link.
 */
final class ExpressRoutePeeringRules {

    static final String ROUTING = "https://learn.microsoft.com/azure/expressroute/expressroute-routing";

    static final Rule L2_PEER_SUBNETS = new Rule(new RuleInfo("er-l2-peer-subnets", Severity.ERROR,
            "Each link of a layer-2 circuit's peering has its own /30, outside the VNets",
            "With a layer-2 provider you run BGP yourself: every primary and secondary link needs a separate /30 "
                    + "for the two BGP peers, and it must not collide with address space used in Azure.",
            ROUTING, "ER-L2-PEER-SUBNETS").whenAbsent("A link without peerAddressPrefix is an info finding; a circuit "
                    + "without providerLayer is taken as layer 3 (the provider runs BGP), so nothing is checked."),
            ExpressRoutePeeringRules::l2PeerSubnets);

    static final Rule BGP_REDUNDANT = new Rule(new RuleInfo("er-bgp-redundant", Severity.WARNING,
            "Each peering has a primary and a secondary link",
            "ExpressRoute is made highly available by a pair of BGP sessions per peering, not by HSRP or VRRP; a "
                    + "peering with one link has no redundancy and no SLA. Azure configures a peering's two links "
                    + "together, so a design that draws one is unfinished: a warning, and an error with validate "
                    + "--require-complete.",
            Sources.EXPRESSROUTE, "ER-BGP-REDUNDANT").whenAbsent("A peering without link counts as the primary "
                    + "one; a circuit without peerings is not checked."), ExpressRoutePeeringRules::bgpRedundant);

    static final Rule REDUNDANT_EDGE = new Rule(new RuleInfo("er-redundant-edge", Severity.WARNING,
            "Primary and secondary links end on two edge routers",
            "With a layer-2 circuit, the primary and secondary links should end on two on-premises routers in "
                    + "active-active, so that losing one router keeps the circuit up; the SLA requires it.",
            Sources.EXPRESSROUTE, "ER-REDUNDANT-CE"), ExpressRoutePeeringRules::redundantEdge);

    private ExpressRoutePeeringRules() {
    }

    static List<Rule> rules() {
        return List.of(L2_PEER_SUBNETS, BGP_REDUNDANT, REDUNDANT_EDGE);
    }

    /** One expressroute-peering connection of a circuit, with its type and side read (absent: private, primary). */
    record Link(Connection connection, Optional<Element> router, PeeringType type, PeeringLink side) {

        String describe() {
            return side.spelling() + " " + type.spelling() + " peering link " + connection.id();
        }
    }

    /** The peering links of a circuit by type; links whose type or side cannot be read are left out. */
    static Map<PeeringType, List<Link>> linksByType(Diagram d, Element circuit) {
        Map<PeeringType, List<Link>> result = new EnumMap<>(PeeringType.class);
        for (Connection c : d.connectionsOf(circuit.id())) {
            if (c.kind() != ConnectionKind.EXPRESSROUTE_PEERING) {
                continue;
            }
            Typed<PeeringType> type = c.props().read(Keys.PEERING_TYPE);
            Typed<PeeringLink> side = c.props().read(Keys.LINK);
            if (type.isInvalid() || side.isInvalid()) {
                continue;
            }
            Optional<Element> router = ExpressRouteRules.end(d, c, ElementKind.EDGE_ROUTER);
            result.computeIfAbsent(type.orElse(PeeringType.PRIVATE), k -> new ArrayList<>())
                    .add(new Link(c, router, type.orElse(PeeringType.PRIVATE), side.orElse(PeeringLink.PRIMARY)));
        }
        return result;
    }

    private static boolean isLayer2(Element circuit) {
        return circuit.props().read(Keys.PROVIDER_LAYER).orElse(null) == ProviderLayer.L2;
    }

    private static void bgpRedundant(Facts f, Reporter out) {
        for (Element circuit : f.elements(ElementKind.EXPRESSROUTE_CIRCUIT)) {
            for (Map.Entry<PeeringType, List<Link>> group : linksByType(f.diagram(), circuit).entrySet()) {
                Set<PeeringLink> sides = new LinkedHashSet<>();
                group.getValue().forEach(l -> sides.add(l.side()));
                if (sides.size() == 2) {
                    continue;
                }
                PeeringLink has = sides.iterator().next();
                PeeringLink lacks = has == PeeringLink.PRIMARY ? PeeringLink.SECONDARY : PeeringLink.PRIMARY;
                List<String> ids = new ArrayList<>(List.of(circuit.id()));
                group.getValue().forEach(l -> ids.add(l.connection().id()));
                String type = group.getKey().spelling();
                out.report("Circuit " + label(circuit) + " has a " + has.spelling() + " " + type + " peering link ("
                        + String.join(", ", ids.subList(1, ids.size())) + ") but no " + lacks.spelling()
                        + "; ExpressRoute stays up through a pair of BGP sessions, one on each link", ids,
                        "Add a " + lacks.spelling() + " " + type + " expressroute-peering to " + label(circuit) + ".");
            }
        }
    }

    private static void redundantEdge(Facts f, Reporter out) {
        for (Element circuit : f.elements(ElementKind.EXPRESSROUTE_CIRCUIT)) {
            if (!isLayer2(circuit)) {
                continue;
            }
            for (List<Link> links : linksByType(f.diagram(), circuit).values()) {
                Set<Element> primary = routers(links, PeeringLink.PRIMARY);
                Set<Element> secondary = routers(links, PeeringLink.SECONDARY);
                for (Element router : primary) {
                    if (!secondary.contains(router)) {
                        continue;
                    }
                    List<String> ids = new ArrayList<>(List.of(circuit.id(), router.id()));
                    links.stream().filter(l -> l.router().equals(Optional.of(router)))
                            .forEach(l -> ids.add(l.connection().id()));
                    out.report("The primary and secondary " + links.get(0).type().spelling() + " peering links of "
                            + label(circuit) + " both end on " + label(router) + "; with one router the circuit "
                            + "goes down when it does", ids, "Connect the secondary link to a second edge router.");
                }
            }
        }
    }

    private static Set<Element> routers(List<Link> links, PeeringLink side) {
        Set<Element> result = new LinkedHashSet<>();
        links.stream().filter(l -> l.side() == side).forEach(l -> l.router().ifPresent(result::add));
        return result;
    }

    private static void l2PeerSubnets(Facts f, Reporter out) {
        for (Element circuit : f.elements(ElementKind.EXPRESSROUTE_CIRCUIT)) {
            if (!isLayer2(circuit)) {
                continue;
            }
            List<AddressRange<Object>> peers = new ArrayList<>();
            for (List<Link> links : linksByType(f.diagram(), circuit).values()) {
                List<AddressRange<Object>> group = new ArrayList<>();
                for (Link link : links) {
                    peerPrefix(circuit, link, out).ifPresent(p -> group.add(AddressRange.of(p, link)));
                }
                for (AddressRange.Overlap<Object> o : AddressRange.overlaps(group)) {
                    reportSharedPrefix(circuit, o, out);
                }
                peers.addAll(group);
            }
            outsideNetworks(f, circuit, peers, out);
        }
    }

    /** The link's /30, when it has a readable one; reports a missing or wrongly sized prefix. */
    private static Optional<IPAddress> peerPrefix(Element circuit, Link link, Reporter out) {
        Typed<IPAddress> prefix = link.connection().props().read(Keys.PEER_ADDRESS_PREFIX);
        String what = "The " + link.describe() + " of layer-2 circuit " + label(circuit);
        if (!prefix.isPresent()) {
            if (!prefix.isInvalid()) {
                out.report(Severity.INFO, what + " does not give its " + Keys.PEER_ADDRESS_PREFIX + "; not checked: "
                        + "that the link has a /30 of its own for its BGP peers",
                        List.of(link.connection().id(), circuit.id()),
                        Optional.of("Set " + Keys.PEER_ADDRESS_PREFIX + " to a free /30."));
            }
            return Optional.empty();
        }
        IPAddress p = prefix.toOptional().orElseThrow();
        int wanted = p.isIPv4() ? 30 : 126;
        if (p.getNetworkPrefixLength() != wanted) {
            out.report(what + " has " + Keys.PEER_ADDRESS_PREFIX + " " + p + "; it must be a /" + wanted,
                    List.of(link.connection().id(), circuit.id()), "Use a /" + wanted + " for each link.");
        }
        return Optional.of(p);
    }

    private static void reportSharedPrefix(Element circuit, AddressRange.Overlap<Object> o, Reporter out) {
        Link first = (Link) o.first().owner();
        Link second = (Link) o.second().owner();
        out.report("The " + first.describe() + " (" + o.first().prefix() + ") and the " + second.describe() + " ("
                        + o.second().prefix() + ") of " + label(circuit) + " overlap; each link needs a /30 of its own",
                List.of(first.connection().id(), second.connection().id(), circuit.id()),
                "Give the " + second.side().spelling() + " link a different /30.");
    }

    /** Peer prefixes must stay out of the VNets linked to the circuit; inside on-premises space they are a warning. */
    private static void outsideNetworks(Facts f, Element circuit, List<AddressRange<Object>> peers, Reporter out) {
        List<AddressRange<Object>> ranges = new ArrayList<>(peers);
        for (Element network : networksOf(f, circuit)) {
            f.spaces(network).forEach(space -> ranges.add(AddressRange.of(space, network)));
        }
        for (AddressRange.Overlap<Object> o : AddressRange.overlaps(ranges)) {
            if (o.first().owner() instanceof Element network && o.second().owner() instanceof Link link) {
                reportNetworkOverlap(circuit, link, o.second().prefix(), network, o.first().prefix(), out);
            } else if (o.first().owner() instanceof Link link && o.second().owner() instanceof Element network) {
                reportNetworkOverlap(circuit, link, o.first().prefix(), network, o.second().prefix(), out);
            }
        }
    }

    private static void reportNetworkOverlap(Element circuit, Link link, IPAddress peer, Element network,
            IPAddress space, Reporter out) {
        List<String> ids = List.of(link.connection().id(), circuit.id(), network.id());
        String what = "The " + link.describe() + " of " + label(circuit) + " uses " + peer;
        if (network.kind() == ElementKind.VIRTUAL_NETWORK) {
            out.report(what + ", which overlaps address space " + space + " of " + label(network) + ", a VNet linked "
                    + "to the circuit", ids, "Pick a /30 outside every VNet's address space.");
        } else {
            out.report(Severity.WARNING, what + ", inside address space " + space + " of " + label(network) + "; make "
                    + "sure it is reserved for the link and used nowhere else on-premises", ids, Optional.empty());
        }
    }

    /** The VNets linked to a circuit and the on-premises networks of the edge routers peered with it. */
    private static Set<Element> networksOf(Facts f, Element circuit) {
        Diagram d = f.diagram();
        Set<Element> result = new LinkedHashSet<>();
        for (Connection c : d.connectionsOf(circuit.id())) {
            if (c.kind() == ConnectionKind.EXPRESSROUTE_CONNECTION) {
                ExpressRouteRules.end(d, c, ElementKind.EXPRESSROUTE_GATEWAY).flatMap(f::vnetOf)
                        .ifPresent(result::add);
            } else if (c.kind() == ConnectionKind.EXPRESSROUTE_PEERING) {
                ExpressRouteRules.end(d, c, ElementKind.EDGE_ROUTER).flatMap(r -> d.parentOf(r.id()))
                        .filter(p -> p.kind() == ElementKind.ON_PREMISES_NETWORK).ifPresent(result::add);
            }
        }
        return result;
    }
}
