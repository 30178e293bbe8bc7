package dev.hybridnet.catalog;

import static dev.hybridnet.catalog.PropertyType.ADDRESS;
import static dev.hybridnet.catalog.PropertyType.ADDRESS_LIST;
import static dev.hybridnet.catalog.PropertyType.BOOLEAN;
import static dev.hybridnet.catalog.PropertyType.INTEGER;
import static dev.hybridnet.catalog.PropertyType.OBJECT;
import static dev.hybridnet.catalog.PropertyType.PEERING_FLAGS;
import static dev.hybridnet.catalog.PropertyType.PREFIX;
import static dev.hybridnet.catalog.PropertyType.PREFIX_LIST;
import static dev.hybridnet.catalog.PropertyType.ROUTES;
import static dev.hybridnet.catalog.PropertyType.TEXT;

import dev.hybridnet.model.CircuitFamily;
import dev.hybridnet.model.CircuitTier;
import dev.hybridnet.model.ConnectionKind;
import dev.hybridnet.model.ConnectionProtocol;
import dev.hybridnet.model.ElementKind;
import dev.hybridnet.model.ExpressRouteGatewaySku;
import dev.hybridnet.model.NetworkRole;
import dev.hybridnet.model.PeeringLink;
import dev.hybridnet.model.PeeringType;
import dev.hybridnet.model.ProviderLayer;
import dev.hybridnet.model.PublicIpAllocation;
import dev.hybridnet.model.PublicIpSku;
import dev.hybridnet.model.Spelled;
import dev.hybridnet.model.VpnGatewaySku;
import dev.hybridnet.model.VpnType;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The properties each element and connection kind understands, as the file format defines them. */
public final class Properties {

    private static final Map<ElementKind, List<PropertySpec>> ELEMENTS = new EnumMap<>(ElementKind.class);
    private static final Map<ConnectionKind, List<PropertySpec>> CONNECTIONS = new EnumMap<>(ConnectionKind.class);

    static {
        PropertySpec asn = spec("bgpAsn", INTEGER, "BGP ASN", "Autonomous system number used for BGP.");
        PropertySpec privateIp = spec("privateIp", ADDRESS, "Private IP", "Private address in its subnet.");
        ELEMENTS.put(ElementKind.ON_PREMISES_NETWORK, List.of(
                spec("addressSpaces", PREFIX_LIST, "Address spaces", "The on-premises address ranges (CIDR).")));
        ELEMENTS.put(ElementKind.VPN_APPLIANCE, List.of(
                spec("publicIp", ADDRESS, "Public IP", "The appliance's public address; the tunnel ends here."),
                spec("behindNat", BOOLEAN, "Behind NAT", "Whether the appliance sits behind a NAT device."),
                asn,
                spec("bgpPeerIp", ADDRESS, "BGP peer IP", "The appliance's BGP peering address."),
                new PropertySpec("device", TEXT, "Device", "The kind of device, e.g. hardware or rras.", List.of(),
                        List.of("hardware", "rras"))));
        ELEMENTS.put(ElementKind.EDGE_ROUTER, List.of(asn));
        ELEMENTS.put(ElementKind.SERVER, List.of(spec("ip", ADDRESS, "IP", "The host's address.")));
        ELEMENTS.put(ElementKind.VIRTUAL_NETWORK, List.of(
                spec("addressSpaces", PREFIX_LIST, "Address spaces", "The VNet's address ranges (CIDR)."),
                spec("region", TEXT, "Region", "The Azure region, e.g. westeurope."),
                choice("role", "Role", "Hub or spoke in a hub-spoke topology; inferred when empty.",
                        NetworkRole.class)));
        ELEMENTS.put(ElementKind.SUBNET, List.of(
                spec("addressPrefix", PREFIX, "Address prefix", "The subnet's range (CIDR), inside its VNet."),
                spec("nsg", BOOLEAN, "NSG", "Whether a network security group is attached."),
                spec("routes", ROUTES, "Routes", "User-defined routes of the subnet's route table."),
                spec("disableBgpRoutePropagation", BOOLEAN, "Disable BGP route propagation",
                        "Whether the route table stops gateway routes from propagating.")));
        ELEMENTS.put(ElementKind.VPN_GATEWAY, List.of(
                choice("sku", "SKU", "The gateway SKU.", VpnGatewaySku.class),
                choice("vpnType", "VPN type", "Route-based (dynamic) or policy-based (static).", VpnType.class),
                spec("activeActive", BOOLEAN, "Active-active", "Whether both gateway instances carry tunnels."),
                spec("bgpAsn", INTEGER, "BGP ASN", "The gateway's ASN; 65515 when empty."),
                spec("publicIp", ADDRESS, "Public IP", "The gateway's public address."),
                choice("publicIpSku", "Public IP SKU", "The SKU of the public IP; VpnGw1-5 and AZ need Standard.",
                        PublicIpSku.class),
                choice("publicIpAllocation", "Public IP allocation", "Static or dynamic; VpnGw1-5 and AZ need "
                        + "Static.", PublicIpAllocation.class),
                spec("secondPublicIp", ADDRESS, "Second public IP", "The public address of the second instance of "
                        + "an active-active gateway."),
                spec("bgpPeeringAddresses", ADDRESS_LIST, "BGP peering addresses", "The gateway's BGP addresses: "
                        + "in GatewaySubnet, or custom APIPA addresses (169.254.21.0 to 169.254.22.255).")));
        ELEMENTS.put(ElementKind.EXPRESSROUTE_GATEWAY, List.of(
                choice("sku", "SKU", "The gateway SKU.", ExpressRouteGatewaySku.class)));
        ELEMENTS.put(ElementKind.LOCAL_NETWORK_GATEWAY, List.of(
                spec("gatewayIp", ADDRESS, "Gateway IP", "The public IP of the on-premises VPN appliance."),
                spec("addressPrefixes", PREFIX_LIST, "Address prefixes", "The on-premises ranges Azure routes "
                        + "through the tunnel."),
                asn,
                spec("bgpPeeringAddress", ADDRESS, "BGP peering address", "The on-premises BGP peer address.")));
        ELEMENTS.put(ElementKind.EXPRESSROUTE_CIRCUIT, List.of(
                spec("provider", TEXT, "Provider", "The connectivity provider."),
                spec("peeringLocation", TEXT, "Peering location", "Where the circuit meets Microsoft's edge."),
                spec("bandwidthMbps", INTEGER, "Bandwidth (Mbps)", "The circuit's bandwidth."),
                choice("skuTier", "SKU tier", "Local, Standard or Premium.", CircuitTier.class),
                choice("skuFamily", "SKU family", "Metered or unlimited data.", CircuitFamily.class),
                choice("providerLayer", "Provider layer", "Layer 2 or layer 3 hand-off.", ProviderLayer.class)));
        ELEMENTS.put(ElementKind.AZURE_FIREWALL, List.of(privateIp));
        ELEMENTS.put(ElementKind.BASTION, List.of());
        ELEMENTS.put(ElementKind.NETWORK_VIRTUAL_APPLIANCE, List.of(privateIp,
                spec("ipForwarding", BOOLEAN, "IP forwarding", "Whether the appliance's NIC forwards traffic not "
                        + "addressed to it; a next hop needs it on.")));
        ELEMENTS.put(ElementKind.LOAD_BALANCER, List.of(privateIp));
        ELEMENTS.put(ElementKind.VIRTUAL_MACHINE, List.of(privateIp,
                spec("publicIp", ADDRESS, "Public IP", "A public address on the VM (discouraged).")));
        ELEMENTS.put(ElementKind.ROUTE_SERVER, List.of(spec("asn", INTEGER, "ASN", "The route server's ASN.")));
        List<PropertySpec> tunnel = List.of(
                spec("enableBgp", BOOLEAN, "BGP", "Whether the connection exchanges routes over BGP."),
                spec("ipsecPolicy", OBJECT, "IPsec policy", "A custom IPsec/IKE policy."),
                choice("connectionProtocol", "Protocol", "The IKE version.", ConnectionProtocol.class));
        CONNECTIONS.put(ConnectionKind.SITE_TO_SITE_VPN, tunnel);
        CONNECTIONS.put(ConnectionKind.VNET_TO_VNET, tunnel);
        CONNECTIONS.put(ConnectionKind.REPRESENTS, List.of());
        CONNECTIONS.put(ConnectionKind.EXPRESSROUTE_PEERING, List.of(
                choice("peeringType", "Peering type", "Private or Microsoft peering.", PeeringType.class),
                choice("link", "Link", "The primary or the secondary link.", PeeringLink.class),
                spec("peerAddressPrefix", PREFIX, "Peer prefix", "The /30 of this link's BGP session."),
                spec("vlanId", INTEGER, "VLAN", "The VLAN id of the peering."),
                spec("peerAsn", INTEGER, "Peer ASN", "The on-premises ASN of the session.")));
        CONNECTIONS.put(ConnectionKind.EXPRESSROUTE_CONNECTION, List.of());
        CONNECTIONS.put(ConnectionKind.VNET_PEERING, List.of(
                spec("from", PEERING_FLAGS, "Peering from", "The peering created on the 'from' VNet."),
                spec("to", PEERING_FLAGS, "Peering to", "The peering created on the 'to' VNet.")));
    }

    private static final Map<ElementKind, java.util.Set<String>> ELEMENT_KEYS = keys(ELEMENTS);
    private static final Map<ConnectionKind, java.util.Set<String>> CONNECTION_KEYS = keys(CONNECTIONS);

    private Properties() {
    }

    private static <K extends Enum<K>> Map<K, java.util.Set<String>> keys(Map<K, List<PropertySpec>> specs) {
        Map<K, java.util.Set<String>> keys = new java.util.HashMap<>();
        specs.forEach((kind, list) -> keys.put(kind, java.util.Set.copyOf(list.stream().map(PropertySpec::key)
                .toList())));
        return keys;
    }

    public static List<PropertySpec> of(ElementKind kind) {
        return ELEMENTS.get(kind);
    }

    public static List<PropertySpec> of(ConnectionKind kind) {
        return CONNECTIONS.get(kind);
    }

    /** True when an element of {@code kind} understands {@code key}. */
    public static boolean knows(ElementKind kind, String key) {
        return ELEMENT_KEYS.get(kind).contains(key);
    }

    public static boolean knows(ConnectionKind kind, String key) {
        return CONNECTION_KEYS.get(kind).contains(key);
    }

    public static Optional<PropertySpec> find(List<PropertySpec> specs, String key) {
        return specs.stream().filter(s -> s.key().equals(key)).findFirst();
    }

    private static PropertySpec spec(String key, PropertyType type, String label, String description) {
        return new PropertySpec(key, type, label, description, List.of());
    }

    private static <E extends Enum<E> & Spelled> PropertySpec choice(String key, String label, String description,
            Class<E> values) {
        return new PropertySpec(key, PropertyType.CHOICE, label, description,
                Arrays.stream(values.getEnumConstants()).map(Spelled::spelling).toList());
    }
}
