package dev.hybridnet.validation;

import dev.hybridnet.model.Connection;
import dev.hybridnet.model.ConnectionKind;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import dev.hybridnet.model.ElementKind;
import dev.hybridnet.model.Keys;
import dev.hybridnet.model.NetworkRole;
import dev.hybridnet.model.PeeringDirection;
import dev.hybridnet.model.PropertyKey;
import inet.ipaddr.IPAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
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
    /**
     * Everything known about each element, in one node per element allocated in document order: rules ask
     * several questions about the element in hand, and one lookup with neighbouring nodes keeps that cheap on
     * large diagrams (eleven separate maps cost a cache miss per question).
     */
    private final Map<Element, Node> nodes;
    private final Map<ElementKind, List<Element>> byKind = new java.util.EnumMap<>(ElementKind.class);
    private final Map<ConnectionKind, List<Connection>> connectionsByKind = new java.util.EnumMap<>(ConnectionKind.class);
    private final List<PeeringLink> peerings = new ArrayList<>();
    private final List<PeeringLink> peeringsView;
    private final Roles roles;
    private final Sites sites;

    /** What Facts knows of one element; fields are filled by the constructor or on first use. */
    private static final class Node {
        Element parent;
        List<Element> children = List.of();
        List<IPAddress> spaces = List.of();
        IPAddress prefix;
        List<Element> subnets = List.of();
        Map<ElementKind, List<Element>> inside = Map.of();
        List<PeeringLink> peerings = List.of();
        Set<Element> peers;
        Set<Element> vpnSites;
        Set<Element> erSites;
        Set<Element> sites;
        List<Element> hubs;
        List<Element> spokes;
    }

    public Facts(Diagram diagram) {
        this.diagram = diagram;
        List<Element> elements = diagram.elements();
        nodes = new IdentityHashMap<>(elements.size());
        Node[] byPosition = new Node[elements.size()];
        for (int i = 0; i < elements.size(); i++) {
            Element e = elements.get(i);
            byPosition[i] = new Node();
            nodes.put(e, byPosition[i]);
            byKind.computeIfAbsent(e.kind(), k -> new ArrayList<>()).add(e);
        }
        for (int i = 0; i < elements.size(); i++) {
            Element e = elements.get(i);
            Node node = byPosition[i];
            List<Element> children = diagram.childrenOf(e.id());
            node.children = children;
            for (int c = 0; c < children.size(); c++) {
                nodes.get(children.get(c)).parent = e;
            }
        }
        for (Connection c : diagram.connections()) {
            connectionsByKind.computeIfAbsent(c.kind(), k -> new ArrayList<>()).add(c);
        }
        Map<Element, List<Element>> subnetsByVnet = new IdentityHashMap<>();
        for (int i = 0; i < elements.size(); i++) {
            Element e = elements.get(i);
            Node node = byPosition[i];
            switch (e.kind()) {
                case ON_PREMISES_NETWORK, VIRTUAL_NETWORK ->
                        node.spaces = e.props().read(Keys.ADDRESS_SPACES).toOptional().orElse(List.of());
                case SUBNET -> {
                    node.prefix = e.props().read(Keys.ADDRESS_PREFIX).toOptional().orElse(null);
                    if (node.parent != null && node.parent.kind() == ElementKind.VIRTUAL_NETWORK) {
                        subnetsByVnet.computeIfAbsent(node.parent, k -> new ArrayList<>()).add(e);
                    }
                }
                default -> { }
            }
        }
        for (Map.Entry<Element, List<Element>> vnet : subnetsByVnet.entrySet()) {
            Map<ElementKind, List<Element>> inside = new java.util.EnumMap<>(ElementKind.class);
            for (Element subnet : vnet.getValue()) {
                for (Element child : children(subnet)) {
                    inside.computeIfAbsent(child.kind(), k -> new ArrayList<>()).add(child);
                }
            }
            inside.replaceAll((k, list) -> List.copyOf(list));
            Node node = nodes.get(vnet.getKey());
            node.inside = inside;
            node.subnets = List.copyOf(vnet.getValue());
        }
        byKind.replaceAll((k, list) -> List.copyOf(list));
        connectionsByKind.replaceAll((k, list) -> List.copyOf(list));
        Map<Element, List<PeeringLink>> peeringsByVnet = new IdentityHashMap<>();
        for (Connection c : connections(ConnectionKind.VNET_PEERING)) {
            Element from = diagram.element(c.from()).orElseThrow();
            Element to = diagram.element(c.to()).orElseThrow();
            if (from.kind() != ElementKind.VIRTUAL_NETWORK || to.kind() != ElementKind.VIRTUAL_NETWORK
                    || from.id().equals(to.id())) {
                continue;
            }
            PeeringLink link = new PeeringLink(c, from, to, side(c, Keys.PEERING_FROM), side(c, Keys.PEERING_TO));
            peerings.add(link);
            peeringsByVnet.computeIfAbsent(from, k -> new ArrayList<>()).add(link);
            peeringsByVnet.computeIfAbsent(to, k -> new ArrayList<>()).add(link);
        }
        peeringsByVnet.forEach((vnet, list) -> nodes.get(vnet).peerings = List.copyOf(list));
        this.peeringsView = List.copyOf(peerings);
        this.roles = new Roles(this);
        this.sites = new Sites(this);
    }

    /** The node of an element of this diagram; a fresh empty one for a stranger, so queries answer "nothing". */
    private Node node(Element e) {
        Node node = nodes.get(e);
        return node != null ? node : new Node();
    }

    private static Optional<PeeringDirection> side(Connection c, PropertyKey<PeeringDirection> key) {
        return c.props().read(key).toOptional();
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

    /** The elements of a kind, in document order. */
    public List<Element> elements(ElementKind kind) {
        return byKind.getOrDefault(kind, List.of());
    }

    /** The connections of a kind, in document order. */
    public List<Connection> connections(ConnectionKind kind) {
        return connectionsByKind.getOrDefault(kind, List.of());
    }

    public Element element(String id) {
        return diagram.element(id).orElseThrow(() -> new IllegalArgumentException("no element " + id));
    }

    /** The readable address spaces of an on-premises network or VNet; empty when none or unreadable. */
    public List<IPAddress> spaces(Element network) {
        return node(network).spaces;
    }

    /** The readable address prefix of a subnet. */
    public Optional<IPAddress> prefix(Element subnet) {
        return Optional.ofNullable(node(subnet).prefix);
    }

    /** The VNet an element is in, or the element itself when it is a VNet. */
    public Optional<Element> vnetOf(Element e) {
        Element current = e;
        while (current != null && current.kind() != ElementKind.VIRTUAL_NETWORK) {
            Node node = nodes.get(current);
            current = node == null ? null : node.parent;
        }
        return Optional.ofNullable(current);
    }

    /** The container of an element, or null at the top level. */
    Element parentOrNull(Element e) {
        Node node = nodes.get(e);
        return node == null ? null : node.parent;
    }

    /** The container of an element. */
    public Optional<Element> parent(Element e) {
        return Optional.ofNullable(node(e).parent);
    }

    /** The elements directly inside an element, in document order. */
    public List<Element> children(Element e) {
        return node(e).children;
    }

    /** The subnets directly inside a VNet, in document order. */
    public List<Element> subnets(Element vnet) {
        return node(vnet).subnets;
    }

    /** Elements of a kind in the subnets of a VNet, in document order. */
    public List<Element> inside(Element vnet, ElementKind kind) {
        return node(vnet).inside.getOrDefault(kind, List.of());
    }

    public List<PeeringLink> peerings() {
        return peeringsView;
    }

    public List<PeeringLink> peeringsOf(Element vnet) {
        return node(vnet).peerings;
    }

    /** The VNets peered with a VNet (in at least one direction), in connection order, without repeats. */
    public Set<Element> peersOf(Element vnet) {
        Node node = node(vnet);
        if (node.peers == null) {
            Set<Element> found = new LinkedHashSet<>();
            node.peerings.forEach(link -> found.add(link.other(vnet.id())));
            node.peers = Collections.unmodifiableSet(found);
        }
        return node.peers;
    }

    public Optional<NetworkRole> declaredRole(Element vnet) {
        return vnet.props().read(Keys.ROLE).toOptional();
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
        Node node = node(spoke);
        if (node.hubs == null) {
            node.hubs = peersWhere(spoke, true);
        }
        return node.hubs;
    }

    /** The spokes peered with a hub. */
    public List<Element> spokesOf(Element hub) {
        Node node = node(hub);
        if (node.spokes == null) {
            node.spokes = peersWhere(hub, false);
        }
        return node.spokes;
    }

    /** The peers of a VNet that are hubs ({@code hubs}) or spokes, in connection order. */
    private List<Element> peersWhere(Element vnet, boolean hubs) {
        List<Element> found = new ArrayList<>(2);
        for (Element peer : peersOf(vnet)) {
            if (hubs ? isHub(peer) : isSpoke(peer)) {
                found.add(peer);
            }
        }
        return Collections.unmodifiableList(found);
    }

    /** The on-premises networks a VPN gateway reaches over site-to-site connections. */
    public Set<Element> vpnSites(Element vpnGateway) {
        Node node = node(vpnGateway);
        if (node.vpnSites == null) {
            node.vpnSites = Collections.unmodifiableSet(sites.overVpn(vpnGateway));
        }
        return node.vpnSites;
    }

    /** The on-premises networks an ExpressRoute gateway reaches through its circuits. */
    public Set<Element> expressRouteSites(Element erGateway) {
        Node node = node(erGateway);
        if (node.erSites == null) {
            node.erSites = Collections.unmodifiableSet(sites.overExpressRoute(erGateway));
        }
        return node.erSites;
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
        Node node = node(vnet);
        if (node.sites != null) {
            return node.sites;
        }
        Set<Element> result = new LinkedHashSet<>();
        inside(vnet, ElementKind.VPN_GATEWAY).forEach(g -> result.addAll(vpnSites(g)));
        inside(vnet, ElementKind.EXPRESSROUTE_GATEWAY).forEach(g -> result.addAll(expressRouteSites(g)));
        Set<Element> sealed = Collections.unmodifiableSet(result);
        node.sites = sealed;
        return sealed;
    }
}
