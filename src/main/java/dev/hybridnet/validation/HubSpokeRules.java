package dev.hybridnet.validation;

import static dev.hybridnet.validation.Facts.label;

import dev.hybridnet.model.Element;
import dev.hybridnet.model.ElementKind;
import dev.hybridnet.model.Keys;
import dev.hybridnet.model.NetworkRole;
import dev.hybridnet.model.PeeringDirection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The hub-spoke reference architecture and VNet peering: peering flags, gateway transit, routes, limits.
 * The rules that have quick fixes are public, so the fixes name them.
 */
public final class HubSpokeRules {

    /** Virtual network peerings per virtual network. */
    static final int MAX_PEERINGS = 500;

    static final Rule SPOKE_PEERED_BOTH_WAYS = new Rule(new RuleInfo("hs-spoke-peered-both-ways", Severity.WARNING,
            "Every spoke is peered with its hub in both directions",
            "A peering is a pair: each VNet creates its own half, and no traffic flows until both halves exist. A "
                    + "VNet meant as a spoke that is not peered with a hub is cut off from it. Azure accepts the "
                    + "half that exists (it stays 'Initiated'), so the design is unfinished: a warning, and an error "
                    + "with validate --require-complete.",
            Sources.PEERING, "HS-SPOKE-PEERED-TO-HUB"), HubSpokeRules::spokePeeredBothWays);

    static final Rule GATEWAY_IN_HUB = new Rule(new RuleInfo("hs-gateway-in-hub", Severity.WARNING,
            "Cross-premises gateways sit in the hub",
            "In a hub-spoke network the hub is the single point where on-premises traffic enters Azure; spokes "
                    + "share its gateway instead of running their own. Azure builds a spoke's own gateway all the "
                    + "same (a second region's VNet often has one), so this is the reference's advice: a warning.",
            Sources.HUB_SPOKE, "HS-GATEWAY-IN-HUB"), HubSpokeRules::gatewayInHub);

    public static final Rule ALLOW_GATEWAY_TRANSIT = new Rule(new RuleInfo("hs-allow-gateway-transit", Severity.ERROR,
            "A VNet whose peers use its gateway allows gateway transit and has a gateway",
            "Using remote gateways only works when the peer's side of the peering allows gateway transit and the "
                    + "peer actually holds a VPN or ExpressRoute gateway.",
            Sources.PEERING, "HS-ALLOW-GATEWAY-TRANSIT").whenAbsent("A peer that the design draws without any subnet (an "
                    + "existing hub it only refers to) is not checked for a gateway: an info finding says so."),
            HubSpokeRules::allowGatewayTransit);

    public static final Rule USE_REMOTE_GATEWAYS = new Rule(new RuleInfo("hs-use-remote-gateways", Severity.WARNING,
            "Spokes use the hub's gateway to reach on-premises",
            "Routes to on-premises reach a spoke only when its side of the hub peering uses remote gateways. A "
                    + "spoke kept away from on-premises on purpose works as designed, so this is the reference's "
                    + "advice, not Azure's refusal: a warning.",
            Sources.HUB_SPOKE, "HS-USE-REMOTE-GATEWAYS"), HubSpokeRules::useRemoteGateways);

    static final Rule SPOKE_NO_OWN_GATEWAY = new Rule(new RuleInfo("hs-spoke-no-own-gateway", Severity.ERROR,
            "A VNet that uses a remote gateway has none of its own",
            "Azure refuses 'use remote gateways' on a VNet that already has a gateway, and gateway transit is "
                    + "offered to peers that have none.",
            Sources.PEERING, "HS-SPOKE-NO-OWN-GATEWAY"), HubSpokeRules::spokeNoOwnGateway);

    static final Rule ONE_REMOTE_GATEWAY = new Rule(new RuleInfo("hs-one-remote-gateway", Severity.ERROR,
            "At most one peering of a VNet uses remote gateways",
            "A VNet can take its gateway from one peer only; Azure allows 'use remote gateways' on a single peering.",
            Sources.PEERING, "HS-ONE-REMOTE-GATEWAY"), HubSpokeRules::oneRemoteGateway);

    public static final Rule ALLOW_FORWARDED = new Rule(new RuleInfo("hs-allow-forwarded", Severity.WARNING,
            "Hub-spoke peerings allow forwarded traffic",
            "Traffic a hub firewall or NVA forwards between spokes does not originate in the hub; the receiving "
                    + "VNet's side of the peering drops it unless it allows forwarded traffic.",
            Sources.HUB_SPOKE, "HS-ALLOW-FORWARDED"), ForwardedTraffic::check);

    static final Rule SPOKE_TO_SPOKE = new Rule(new RuleInfo("hs-spoke-to-spoke", Severity.WARNING,
            "Spokes reach each other by direct peering or through the hub",
            "Peering is not transitive: two spokes of one hub talk only over a direct peering, or through a "
                    + "firewall, NVA or the VPN gateway in the hub that their routes send each other's prefixes to. "
                    + "Isolated spokes are often intended (Microsoft's own hub-spoke sample denies spoke-to-spoke "
                    + "traffic), so one note per hub names them; it is a warning only when the design shows an "
                    + "intent to connect spokes: a route to another spoke's prefix, or a direct peering.",
            Sources.HUB_SPOKE, "HS-SPOKE-TO-SPOKE"), SpokeReachability::check);

    static final Rule UDR_TO_FIREWALL = new Rule(new RuleInfo("hs-udr-to-firewall", Severity.ERROR,
            "Routes to a virtual appliance name a firewall, NVA or load balancer the subnet can reach",
            "A VirtualAppliance route sends traffic to a firewall or NVA, or to the frontend of an internal load "
                    + "balancer in front of NVAs; it must exist, in the route's own VNet or a VNet peered with it, "
                    + "or the traffic is lost. A plain virtual machine as next hop is a warning: Azure takes it, and "
                    + "if it forwards it is an NVA drawn as a VM.",
            Sources.UDR, "HS-UDR-TO-FIREWALL").whenAbsent("A VirtualAppliance route without nextHop is an info "
                    + "finding: the appliance was not checked."), SpokeRoutes::udrToFirewall);

    public static final Rule IP_FORWARDING = new Rule(new RuleInfo("nva-ip-forwarding", Severity.ERROR,
            "An NVA that routes send traffic to has IP forwarding on",
            "Azure drops traffic that reaches a network interface without IP forwarding unless it is addressed to "
                    + "that interface. An NVA named by a route, or behind the load balancer a route names, must "
                    + "forward.",
            Sources.NVA_HA, "").whenAbsent("An NVA that does not say (no ipForwarding) is taken to forward; only "
                    + "an ipForwarding of false is reported."), SpokeRoutes::ipForwarding);

    static final Rule HUB_PER_REGION = new Rule(new RuleInfo("hs-hub-per-region", Severity.WARNING,
            "Every region with spokes has a hub",
            "A hub in each region keeps spoke traffic local and avoids one hub being a single point of failure.",
            Sources.HUB_SPOKE, "HS-HUB-PER-REGION"), HubSpokeRules::hubPerRegion);

    static final Rule PEERING_LIMIT = new Rule(new RuleInfo("vnet-peering-limit", Severity.ERROR,
            "At most " + MAX_PEERINGS + " peerings per VNet",
            "Azure limits the number of peerings a virtual network can have; beyond it, add another hub.",
            Sources.LIMITS, "AZ-PEER-LIMIT"), HubSpokeRules::peeringLimit);

    private HubSpokeRules() {
    }

    static List<Rule> rules() {
        return List.of(SPOKE_PEERED_BOTH_WAYS, GATEWAY_IN_HUB, ALLOW_GATEWAY_TRANSIT, USE_REMOTE_GATEWAYS,
                SPOKE_NO_OWN_GATEWAY, ONE_REMOTE_GATEWAY, ALLOW_FORWARDED, SPOKE_TO_SPOKE, UDR_TO_FIREWALL,
                IP_FORWARDING, HUB_PER_REGION, PEERING_LIMIT);
    }

    /** The VPN and ExpressRoute gateways in a VNet. */
    static List<Element> gatewaysIn(Facts f, Element vnet) {
        List<Element> gateways = new ArrayList<>(f.inside(vnet, ElementKind.VPN_GATEWAY));
        gateways.addAll(f.inside(vnet, ElementKind.EXPRESSROUTE_GATEWAY));
        return gateways;
    }

    private static List<String> withIds(List<String> ids, List<Element> more) {
        more.forEach(e -> ids.add(e.id()));
        return ids;
    }

    private static String names(List<Element> elements) {
        return String.join(", ", elements.stream().map(Facts::label).toList());
    }

    private static void spokePeeredBothWays(Facts f, Reporter out) {
        for (Element spoke : f.spokes()) {
            for (PeeringLink link : f.peeringsOf(spoke)) {
                Element hub = link.other(spoke.id());
                if (!f.isHub(hub) || link.bothSides() || unreadable(link)) {
                    continue;
                }
                String peering = link.connection().id() + " between " + label(hub) + " and " + label(spoke);
                Optional<Element> made = link.fromSide().isPresent() ? Optional.of(link.from())
                        : link.toSide().map(s -> link.to());
                out.report(made.map(m -> peering + " exists only on " + label(m) + "'s side; create it on "
                        + label(link.other(m.id())) + " too, or no traffic flows")
                        .orElse(peering + " is created on neither side"), Reporter.ids(link.connection(), spoke, hub));
            }
        }
        List<Element> hubs = f.hubs();
        for (Element vnet : hubs.isEmpty() ? List.<Element>of() : f.elements(ElementKind.VIRTUAL_NETWORK)) {
            if (f.declaredRole(vnet).orElse(null) == NetworkRole.SPOKE && !f.isSpoke(vnet)) {
                Element hub = hubs.stream().filter(h -> region(h).equals(region(vnet))).findFirst()
                        .orElse(hubs.get(0));
                out.report(label(vnet) + " is declared a spoke but is not peered with a hub; peer it with "
                        + label(hub), vnet, hub);
            }
        }
    }

    /** A side whose flags cannot be read is reported by the property rules, not as a missing direction. */
    private static boolean unreadable(PeeringLink link) {
        return link.connection().props().read(Keys.PEERING_FROM).isInvalid()
                || link.connection().props().read(Keys.PEERING_TO).isInvalid();
    }

    private static void gatewayInHub(Facts f, Reporter out) {
        if (f.hubs().isEmpty() || f.spokes().isEmpty()) {
            return;
        }
        for (Element gateway : GatewayRules.gateways(f)) {
            Optional<Element> vnet = f.vnetOf(gateway).filter(v -> !f.isHub(v));
            List<Element> hubs = vnet.map(f::hubsOf).orElse(List.of());
            if (hubs.isEmpty()) {
                continue;
            }
            Set<Element> sites = gateway.kind() == ElementKind.VPN_GATEWAY ? f.vpnSites(gateway)
                    : f.expressRouteSites(gateway);
            if (!sites.isEmpty()) {
                List<String> ids = withIds(Reporter.ids(gateway, vnet.get()), hubs);
                out.report(label(gateway) + " connects " + names(List.copyOf(sites)) + " but sits in "
                        + label(vnet.get()) + ", which is peered with hub " + names(hubs) + "; cross-premises "
                        + "connections belong in the hub", ids, "Move " + label(gateway) + " to the GatewaySubnet of "
                        + label(hubs.get(0)) + ".");
            }
        }
    }

    private static void allowGatewayTransit(Facts f, Reporter out) {
        Map<String, Boolean> hasGateway = new HashMap<>();
        Map<String, List<Element>> usersWithoutGateway = new LinkedHashMap<>();
        for (PeeringLink link : f.peerings()) {
            for (Element user : List.of(link.from(), link.to())) {
                if (!link.sideOf(user.id()).map(PeeringDirection::useRemoteGateways).orElse(false)) {
                    continue;
                }
                Element remote = link.other(user.id());
                Optional<PeeringDirection> remoteSide = link.sideOf(remote.id());
                if (remoteSide.isPresent() && !remoteSide.get().allowGatewayTransit()) {
                    out.report(label(user) + " uses the remote gateways of " + label(remote) + ", but " + label(remote)
                            + "'s side of " + link.connection().id() + " does not allow gateway transit",
                            Reporter.ids(link.connection(), user, remote),
                            "Allow gateway transit on the hub side of " + link.connection().id() + ".");
                }
                if (!hasGateway.computeIfAbsent(remote.id(), k -> !gatewaysIn(f, remote).isEmpty())) {
                    usersWithoutGateway.computeIfAbsent(remote.id(), k -> new ArrayList<>()).add(user);
                }
            }
        }
        usersWithoutGateway.forEach((id, users) -> {
            Element remote = f.element(id);
            List<String> ids = withIds(Reporter.ids(remote), users);
            String use = names(users) + (users.size() == 1 ? " uses" : " use") + " the remote gateways of "
                    + label(remote);
            if (f.subnets(remote).isEmpty()) {
                out.report(Severity.INFO, use + ", whose subnets the design does not describe; not checked: that "
                        + label(remote) + " has a VPN or ExpressRoute gateway", ids, Optional.empty());
            } else {
                out.report(use + ", but " + label(remote) + " has no VPN or ExpressRoute gateway", ids);
            }
        });
    }

    private static void useRemoteGateways(Facts f, Reporter out) {
        for (Element hub : f.hubs()) {
            Set<Element> sites = gatewaysIn(f, hub).isEmpty() ? Set.of() : f.sitesOf(hub);
            if (sites.isEmpty()) {
                continue;
            }
            for (PeeringLink link : f.peeringsOf(hub)) {
                Element spoke = link.other(hub.id());
                Optional<PeeringDirection> side = link.sideOf(spoke.id());
                if (!f.isSpoke(spoke) || side.isEmpty() || side.get().useRemoteGateways()
                        || usesRemoteGateways(f, spoke) || !gatewaysIn(f, spoke).isEmpty()) {
                    continue;
                }
                out.report(label(spoke) + "'s side of " + link.connection().id() + " does not use remote gateways, "
                        + "so " + label(spoke) + " cannot reach " + names(List.copyOf(sites)) + " through the "
                        + "gateway of " + label(hub), Reporter.ids(link.connection(), spoke, hub),
                        "Use remote gateways on " + label(spoke) + "'s side of " + link.connection().id() + ".");
            }
        }
    }

    private static boolean usesRemoteGateways(Facts f, Element vnet) {
        return f.peeringsOf(vnet).stream()
                .anyMatch(l -> l.sideOf(vnet.id()).map(PeeringDirection::useRemoteGateways).orElse(false));
    }

    private static void spokeNoOwnGateway(Facts f, Reporter out) {
        Map<String, List<Element>> gateways = new HashMap<>();
        for (PeeringLink link : f.peerings()) {
            for (Element vnet : List.of(link.from(), link.to())) {
                Optional<PeeringDirection> side = link.sideOf(vnet.id());
                Element peer = link.other(vnet.id());
                String peering = link.connection().id();
                if (side.isPresent() && side.get().useRemoteGateways()) {
                    List<Element> own = gateways.computeIfAbsent(vnet.id(), k -> gatewaysIn(f, vnet));
                    if (!own.isEmpty()) {
                        out.report(label(vnet) + " uses the remote gateways of " + label(peer) + " over " + peering
                                + " but has its own gateway " + names(own) + "; a VNet with a gateway cannot use "
                                + "remote gateways", withIds(Reporter.ids(link.connection(), vnet), own));
                    }
                }
                boolean peerUses = link.sideOf(peer.id()).map(PeeringDirection::useRemoteGateways).orElse(false);
                if (side.isPresent() && side.get().allowGatewayTransit() && !peerUses) {
                    List<Element> theirs = gateways.computeIfAbsent(peer.id(), k -> gatewaysIn(f, peer));
                    if (!theirs.isEmpty()) {
                        out.report(label(vnet) + "'s side of " + peering + " allows gateway transit to " + label(peer)
                                + ", which has its own gateway " + names(theirs) + "; offer transit only to peers "
                                + "without a gateway", Reporter.ids(link.connection(), vnet, peer));
                    }
                }
            }
        }
    }

    private static void oneRemoteGateway(Facts f, Reporter out) {
        for (Element vnet : f.elements(ElementKind.VIRTUAL_NETWORK)) {
            int count = 0;
            for (PeeringLink link : f.peeringsOf(vnet)) {
                Optional<PeeringDirection> side = link.sideOf(vnet.id());
                if (side.isPresent() && side.get().useRemoteGateways()) {
                    count++;
                }
            }
            if (count < 2) {
                continue;
            }
            List<PeeringLink> using = f.peeringsOf(vnet).stream()
                    .filter(l -> l.sideOf(vnet.id()).map(PeeringDirection::useRemoteGateways).orElse(false))
                    .toList();
            if (using.size() > 1) {
                List<String> ids = Reporter.ids(vnet);
                using.forEach(l -> ids.add(l.connection().id()));
                out.report(label(vnet) + " uses remote gateways on " + using.size() + " peerings ("
                        + String.join(", ", using.stream().map(l -> l.connection().id()).toList()) + " with "
                        + names(using.stream().map(l -> l.other(vnet.id())).toList()) + "); only one may", ids);
            }
        }
    }

    /** One finding per region that has spokes but no hub, naming its spokes and the hubs they use. */
    private static void hubPerRegion(Facts f, Reporter out) {
        Set<String> hubRegions = new HashSet<>();
        f.hubs().forEach(h -> region(h).ifPresent(hubRegions::add));
        Map<String, List<Element>> byRegion = new LinkedHashMap<>();
        for (Element spoke : f.spokes()) {
            Optional<String> region = region(spoke);
            if (region.isPresent() && !hubRegions.contains(region.get())) {
                byRegion.computeIfAbsent(region.get(), k -> new ArrayList<>()).add(spoke);
            }
        }
        byRegion.forEach((key, spokes) -> {
            Set<Element> hubs = new java.util.LinkedHashSet<>();
            spokes.forEach(s -> hubs.addAll(f.hubsOf(s)));
            List<Element> hubList = List.copyOf(hubs);
            List<String> ids = withIds(new ArrayList<>(), spokes);
            hubList.forEach(h -> ids.add(h.id()));
            String where = String.join(", ", hubList.stream().map(h -> label(h) + " in "
                    + h.props().text(Keys.REGION.name()).orElse("no region")).toList());
            String region = spokes.get(0).props().read(Keys.REGION).orElse("");
            out.report((spokes.size() == 1 ? label(spokes.get(0)) + " is" : spokes.size() + " spokes ("
                    + Names.some(spokes, SpokeReachability.NAMED) + ") are") + " in " + region + ", which has no "
                    + "hub; " + (spokes.size() == 1 ? "it uses " : "they use ") + where, ids);
        });
    }

    /** A VNet's region, compared without case or spaces ("West Europe" is westeurope). */
    private static Optional<String> region(Element vnet) {
        return vnet.props().read(Keys.REGION).toOptional()
                .map(r -> r.replace(" ", "").toLowerCase(Locale.ROOT));
    }

    private static void peeringLimit(Facts f, Reporter out) {
        for (Element vnet : f.elements(ElementKind.VIRTUAL_NETWORK)) {
            int count = f.peeringsOf(vnet).size();
            if (count > MAX_PEERINGS) {
                out.report(label(vnet) + " has " + count + " peerings; a VNet can have at most " + MAX_PEERINGS,
                        vnet);
            }
        }
    }
}
