package dev.hybridnet.validation;

import dev.hybridnet.model.Connection;
import dev.hybridnet.model.ConnectionKind;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import dev.hybridnet.model.ElementKind;
import dev.hybridnet.model.NetworkRole;
import dev.hybridnet.model.PeeringDirection;
import inet.ipaddr.IPAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the rules need to know about a diagram, worked out once per validation: parsed address spaces and
 * prefixes, the subnets and gateways of each VNet, peerings with both directions read, hub and spoke roles, and
 * which on-premises networks each gateway reaches. Rules read these instead of scanning the diagram again, which
 * keeps validation close to linear in the size of the diagram. Not thread-safe: one instance serves one
 * validation.
 */
public final class Facts {

    private final Diagram diagram;
    private final Map<String, List<IPAddress>> spaces = new HashMap<>();
    private final Map<String, IPAddress> prefixes = new HashMap<>();
    private final Map<String, List<Element>> subnetsByVnet = new HashMap<>();
    private final Map<String, Map<ElementKind, List<Element>>> insideVnet = new HashMap<>();
    private final List<PeeringLink> peerings = new ArrayList<>();
    private final Map<String, List<PeeringLink>> peeringsByVnet = new HashMap<>();
    private final Roles roles;
    private final Sites sites;
    private final Map<String, Set<Element>> vpnSites = new HashMap<>();
    private final Map<String, Set<Element>> erSites = new HashMap<>();
    private final Map<String, Set<Element>> sitesOfVnet = new HashMap<>();

    public Facts(Diagram diagram) {
        this.diagram = diagram;
        for (Element e : diagram.elements()) {
            switch (e.kind()) {
                case ON_PREMISES_NETWORK, VIRTUAL_NETWORK ->
                        spaces.put(e.id(), e.props().prefixes("addressSpaces").toOptional().orElse(List.of()));
                case SUBNET -> {
                    e.props().prefix("addressPrefix").toOptional().ifPresent(p -> prefixes.put(e.id(), p));
                    diagram.parentOf(e.id()).filter(p -> p.kind() == ElementKind.VIRTUAL_NETWORK)
                            .ifPresent(v -> subnetsByVnet.computeIfAbsent(v.id(), k -> new ArrayList<>()).add(e));
                }
                default -> { }
            }
        }
        for (Map.Entry<String, List<Element>> vnet : subnetsByVnet.entrySet()) {
            Map<ElementKind, List<Element>> byKind = new java.util.EnumMap<>(ElementKind.class);
            for (Element subnet : vnet.getValue()) {
                for (Element child : diagram.childrenOf(subnet.id())) {
                    byKind.computeIfAbsent(child.kind(), k -> new ArrayList<>()).add(child);
                }
            }
            insideVnet.put(vnet.getKey(), byKind);
        }
        for (Connection c : diagram.connectionsOfKind(ConnectionKind.VNET_PEERING)) {
            Element from = diagram.element(c.from()).orElseThrow();
            Element to = diagram.element(c.to()).orElseThrow();
            if (from.kind() != ElementKind.VIRTUAL_NETWORK || to.kind() != ElementKind.VIRTUAL_NETWORK
                    || from.id().equals(to.id())) {
                continue;
            }
            PeeringLink link = new PeeringLink(c, from, to, side(c, "from"), side(c, "to"));
            peerings.add(link);
            peeringsByVnet.computeIfAbsent(from.id(), k -> new ArrayList<>()).add(link);
            peeringsByVnet.computeIfAbsent(to.id(), k -> new ArrayList<>()).add(link);
        }
        this.roles = new Roles(this);
        this.sites = new Sites(this);
    }

    private static Optional<PeeringDirection> side(Connection c, String key) {
        return c.props().peering(key).toOptional();
    }

    public Diagram diagram() {
        return diagram;
    }

    /** The name users see, or the id when the element has no name. */
    public static String label(Element e) {
        return e.name().isBlank() ? e.id() : e.name();
    }

    /**
     * The element with its kind, for messages: "VPN appliance edge-fw-1", or just the name when the name already
     * says what it is ("VPN appliance", "On-premises network").
     */
    public static String describe(Element e) {
        String kind = dev.hybridnet.catalog.Catalog.of(e.kind()).displayName();
        String name = label(e);
        return name.toLowerCase(java.util.Locale.ROOT).contains(kind.toLowerCase(java.util.Locale.ROOT)) ? name
                : kind + " " + name;
    }

    public List<Element> elements(ElementKind kind) {
        return diagram.elementsOfKind(kind);
    }

    public Element element(String id) {
        return diagram.element(id).orElseThrow(() -> new IllegalArgumentException("no element " + id));
    }

    /** The readable address spaces of an on-premises network or VNet; empty when none or unreadable. */
    public List<IPAddress> spaces(Element network) {
        return spaces.getOrDefault(network.id(), List.of());
    }

    /** The readable address prefix of a subnet. */
    public Optional<IPAddress> prefix(Element subnet) {
        return Optional.ofNullable(prefixes.get(subnet.id()));
    }

    /** The VNet an element is in, or the element itself when it is a VNet. */
    public Optional<Element> vnetOf(Element e) {
        return diagram.virtualNetworkOf(e.id());
    }

    /** The subnets directly inside a VNet, in document order. */
    public List<Element> subnets(Element vnet) {
        return Collections.unmodifiableList(subnetsByVnet.getOrDefault(vnet.id(), List.of()));
    }

    /** Elements of a kind in the subnets of a VNet, in document order. */
    public List<Element> inside(Element vnet, ElementKind kind) {
        Map<ElementKind, List<Element>> byKind = insideVnet.get(vnet.id());
        return byKind == null ? List.of() : Collections.unmodifiableList(byKind.getOrDefault(kind, List.of()));
    }

    public List<PeeringLink> peerings() {
        return Collections.unmodifiableList(peerings);
    }

    public List<PeeringLink> peeringsOf(Element vnet) {
        return Collections.unmodifiableList(peeringsByVnet.getOrDefault(vnet.id(), List.of()));
    }

    /** The VNets peered with a VNet (in at least one direction), in connection order, without repeats. */
    public Set<Element> peersOf(Element vnet) {
        Set<Element> peers = new LinkedHashSet<>();
        peeringsOf(vnet).forEach(link -> peers.add(link.other(vnet.id())));
        return peers;
    }

    public Optional<NetworkRole> declaredRole(Element vnet) {
        return vnet.props().choice("role", NetworkRole.class).toOptional();
    }

    public boolean isHub(Element vnet) {
        return roles.isHub(vnet.id());
    }

    public boolean isSpoke(Element vnet) {
        return roles.isSpoke(vnet.id());
    }

    public List<Element> hubs() {
        return roles.hubs();
    }

    public List<Element> spokes() {
        return roles.spokes();
    }

    /** The hubs a spoke is peered with. */
    public List<Element> hubsOf(Element spoke) {
        return peersOf(spoke).stream().filter(this::isHub).toList();
    }

    /** The spokes peered with a hub. */
    public List<Element> spokesOf(Element hub) {
        return peersOf(hub).stream().filter(this::isSpoke).toList();
    }

    /** The on-premises networks a VPN gateway reaches over site-to-site connections. */
    public Set<Element> vpnSites(Element vpnGateway) {
        return vpnSites.computeIfAbsent(vpnGateway.id(), id -> Collections.unmodifiableSet(sites.overVpn(vpnGateway)));
    }

    /** The on-premises networks an ExpressRoute gateway reaches through its circuits. */
    public Set<Element> expressRouteSites(Element erGateway) {
        return erSites.computeIfAbsent(erGateway.id(),
                id -> Collections.unmodifiableSet(sites.overExpressRoute(erGateway)));
    }

    /** The circuits linked to an ExpressRoute gateway. */
    public List<Element> circuitsOf(Element erGateway) {
        return sites.circuitsOf(erGateway);
    }

    /** The on-premises VPN appliance a local network gateway stands for, if it can be told. */
    public Optional<Element> applianceOf(Element localNetworkGateway) {
        return sites.applianceOf(localNetworkGateway);
    }

    /** The on-premises networks any gateway of a VNet reaches (VPN or ExpressRoute). */
    public Set<Element> sitesOf(Element vnet) {
        Set<Element> known = sitesOfVnet.get(vnet.id());
        if (known != null) {
            return known;
        }
        Set<Element> result = new LinkedHashSet<>();
        inside(vnet, ElementKind.VPN_GATEWAY).forEach(g -> result.addAll(vpnSites(g)));
        inside(vnet, ElementKind.EXPRESSROUTE_GATEWAY).forEach(g -> result.addAll(expressRouteSites(g)));
        Set<Element> sealed = Collections.unmodifiableSet(result);
        sitesOfVnet.put(vnet.id(), sealed);
        return sealed;
    }
}
