package dev.hybridnet.catalog;

import dev.hybridnet.model.ConnectionKind;
import dev.hybridnet.model.ElementKind;
import dev.hybridnet.model.Keys;
import dev.hybridnet.model.PropertyKey;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The properties each element and connection kind understands, as the file format defines them. */
public final class Properties {

    private static final Map<ElementKind, List<PropertySpec>> ELEMENTS = new EnumMap<>(ElementKind.class);
    private static final Map<ConnectionKind, List<PropertySpec>> CONNECTIONS = new EnumMap<>(ConnectionKind.class);

    static {
        PropertySpec asn = spec(Keys.BGP_ASN, "BGP ASN", "Autonomous system number used for BGP.");
        PropertySpec privateIp = spec(Keys.PRIVATE_IP, "Private IP", "Private address in its subnet.");
        ELEMENTS.put(ElementKind.ON_PREMISES_NETWORK, List.of(
                spec(Keys.ADDRESS_SPACES, "Address spaces", "The on-premises address ranges (CIDR).")));
        ELEMENTS.put(ElementKind.VPN_APPLIANCE, List.of(
                spec(Keys.PUBLIC_IP, "Public IP", "The appliance's public address; the tunnel ends here."),
                spec(Keys.BEHIND_NAT, "Behind NAT", "Whether the appliance sits behind a NAT device."),
                asn,
                spec(Keys.BGP_PEER_IP, "BGP peer IP", "The appliance's BGP peering address."),
                new PropertySpec(Keys.DEVICE, "Device", "The kind of device, e.g. hardware or rras.",
                        List.of("hardware", "rras"))));
        ELEMENTS.put(ElementKind.EDGE_ROUTER, List.of(asn));
        ELEMENTS.put(ElementKind.SERVER, List.of(spec(Keys.IP, "IP", "The host's address.")));
        ELEMENTS.put(ElementKind.VIRTUAL_NETWORK, List.of(
                spec(Keys.ADDRESS_SPACES, "Address spaces", "The VNet's address ranges (CIDR)."),
                spec(Keys.REGION, "Region", "The Azure region, e.g. westeurope."),
                spec(Keys.ROLE, "Role", "Hub or spoke in a hub-spoke topology; inferred when empty.")));
        ELEMENTS.put(ElementKind.SUBNET, List.of(
                spec(Keys.ADDRESS_PREFIX, "Address prefix", "The subnet's range (CIDR), inside its VNet."),
                spec(Keys.NSG, "NSG", "Whether a network security group is attached."),
                spec(Keys.ROUTES, "Routes", "User-defined routes of the subnet's route table."),
                spec(Keys.DISABLE_BGP_ROUTE_PROPAGATION, "Disable BGP route propagation",
                        "Whether the route table stops gateway routes from propagating.")));
        ELEMENTS.put(ElementKind.VPN_GATEWAY, List.of(
                spec(Keys.VPN_GATEWAY_SKU, "SKU", "The gateway SKU."),
                spec(Keys.VPN_TYPE, "VPN type", "Route-based (dynamic) or policy-based (static)."),
                spec(Keys.ACTIVE_ACTIVE, "Active-active", "Whether both gateway instances carry tunnels."),
                spec(Keys.BGP_ASN, "BGP ASN", "The gateway's ASN; 65515 when empty."),
                spec(Keys.PUBLIC_IP, "Public IP", "The gateway's public address."),
                spec(Keys.PUBLIC_IP_SKU, "Public IP SKU", "The SKU of the public IP; VpnGw1-5 and AZ need Standard."),
                spec(Keys.PUBLIC_IP_ALLOCATION, "Public IP allocation", "Static or dynamic; VpnGw1-5 and AZ need "
                        + "Static."),
                spec(Keys.SECOND_PUBLIC_IP, "Second public IP", "The public address of the second instance of "
                        + "an active-active gateway."),
                spec(Keys.BGP_PEERING_ADDRESSES, "BGP peering addresses", "The gateway's BGP addresses: "
                        + "in GatewaySubnet, or custom APIPA addresses (169.254.21.0 to 169.254.22.255).")));
        ELEMENTS.put(ElementKind.EXPRESSROUTE_GATEWAY, List.of(
                spec(Keys.EXPRESSROUTE_GATEWAY_SKU, "SKU", "The gateway SKU.")));
        ELEMENTS.put(ElementKind.LOCAL_NETWORK_GATEWAY, List.of(
                spec(Keys.GATEWAY_IP, "Gateway IP", "The public IP of the on-premises VPN appliance."),
                spec(Keys.ADDRESS_PREFIXES, "Address prefixes", "The on-premises ranges Azure routes "
                        + "through the tunnel."),
                asn,
                spec(Keys.BGP_PEERING_ADDRESS, "BGP peering address", "The on-premises BGP peer address.")));
        ELEMENTS.put(ElementKind.EXPRESSROUTE_CIRCUIT, List.of(
                spec(Keys.PROVIDER, "Provider", "The connectivity provider."),
                spec(Keys.PEERING_LOCATION, "Peering location", "Where the circuit meets Microsoft's edge."),
                spec(Keys.BANDWIDTH_MBPS, "Bandwidth (Mbps)", "The circuit's bandwidth."),
                spec(Keys.SKU_TIER, "SKU tier", "Local, Standard or Premium."),
                spec(Keys.SKU_FAMILY, "SKU family", "Metered or unlimited data."),
                spec(Keys.PROVIDER_LAYER, "Provider layer", "Layer 2 or layer 3 hand-off.")));
        ELEMENTS.put(ElementKind.AZURE_FIREWALL, List.of(privateIp));
        ELEMENTS.put(ElementKind.BASTION, List.of());
        ELEMENTS.put(ElementKind.NETWORK_VIRTUAL_APPLIANCE, List.of(privateIp,
                spec(Keys.IP_FORWARDING, "IP forwarding", "Whether the appliance's NIC forwards traffic not "
                        + "addressed to it; a next hop needs it on.")));
        ELEMENTS.put(ElementKind.LOAD_BALANCER, List.of(privateIp));
        ELEMENTS.put(ElementKind.VIRTUAL_MACHINE, List.of(privateIp,
                spec(Keys.PUBLIC_IP, "Public IP", "A public address on the VM (discouraged).")));
        ELEMENTS.put(ElementKind.ROUTE_SERVER, List.of(spec(Keys.ASN, "ASN", "The route server's ASN.")));
        List<PropertySpec> tunnel = List.of(
                spec(Keys.ENABLE_BGP, "BGP", "Whether the connection exchanges routes over BGP."),
                spec(Keys.IPSEC_POLICY, "IPsec policy", "A custom IPsec/IKE policy."),
                spec(Keys.CONNECTION_PROTOCOL, "Protocol", "The IKE version."));
        CONNECTIONS.put(ConnectionKind.SITE_TO_SITE_VPN, tunnel);
        CONNECTIONS.put(ConnectionKind.VNET_TO_VNET, tunnel);
        CONNECTIONS.put(ConnectionKind.REPRESENTS, List.of());
        CONNECTIONS.put(ConnectionKind.EXPRESSROUTE_PEERING, List.of(
                spec(Keys.PEERING_TYPE, "Peering type", "Private or Microsoft peering."),
                spec(Keys.LINK, "Link", "The primary or the secondary link."),
                spec(Keys.PEER_ADDRESS_PREFIX, "Peer prefix", "The /30 of this link's BGP session."),
                spec(Keys.VLAN_ID, "VLAN", "The VLAN id of the peering."),
                spec(Keys.PEER_ASN, "Peer ASN", "The on-premises ASN of the session.")));
        CONNECTIONS.put(ConnectionKind.EXPRESSROUTE_CONNECTION, List.of());
        CONNECTIONS.put(ConnectionKind.VNET_PEERING, List.of(
                spec(Keys.PEERING_FROM, "Peering from", "The peering created on the 'from' VNet."),
                spec(Keys.PEERING_TO, "Peering to", "The peering created on the 'to' VNet.")));
        List<PropertySpec> drawing = List.of(
                spec(Keys.LABEL, "Label", "The name shown beside the route; the kind's word when empty."),
                spec(Keys.WAYPOINTS, "Waypoints", "Points the route passes through; drag them on the canvas."));
        CONNECTIONS.replaceAll((kind, specs) -> {
            List<PropertySpec> withDrawing = new java.util.ArrayList<>(specs);
            withDrawing.addAll(drawing);
            return List.copyOf(withDrawing);
        });
        PropertySpec implied = spec(Keys.IMPLIED, "Implied", "Inferred by an import, not read from the source.");
        ELEMENTS.replaceAll((kind, specs) -> {
            List<PropertySpec> withImplied = new java.util.ArrayList<>(specs);
            withImplied.add(implied);
            return List.copyOf(withImplied);
        });
        ELEMENTS.put(ElementKind.NOTE, List.of(spec(Keys.TEXT, "Text",
                "The note's text; it may run over several lines.")));
        ELEMENTS.put(ElementKind.GROUP, List.of());
    }

    /** The fields of an IPsec policy, in the order of {@code Ipsec.fields()}. */
    private static final List<PropertySpec> IPSEC_POLICY = List.of(
            spec(Keys.IKE_ENCRYPTION, "IKE encryption", "Phase 1 (IKE) encryption."),
            spec(Keys.IKE_INTEGRITY, "IKE integrity", "Phase 1 (IKE) integrity."),
            spec(Keys.DH_GROUP, "DH group", "The Diffie-Hellman group of phase 1."),
            spec(Keys.IPSEC_ENCRYPTION, "IPsec encryption", "Phase 2 (IPsec) encryption."),
            spec(Keys.IPSEC_INTEGRITY, "IPsec integrity", "Phase 2 (IPsec) integrity."),
            spec(Keys.PFS_GROUP, "PFS group", "The perfect forward secrecy group of phase 2."),
            spec(Keys.SA_LIFETIME_SECONDS, "SA lifetime (s)", "How long a security association lives: 300 to "
                    + "172799 seconds."),
            spec(Keys.SA_DATA_SIZE_KILOBYTES, "SA data size (KB)", "How much a security association carries: 0 "
                    + "for no limit, or 1024 to 2147483647 kilobytes."));

    private static final Map<ElementKind, java.util.Set<String>> ELEMENT_KEYS = keys(ELEMENTS);
    private static final Map<ConnectionKind, java.util.Set<String>> CONNECTION_KEYS = keys(CONNECTIONS);

    private Properties() {
    }

    private static <K extends Enum<K>> Map<K, java.util.Set<String>> keys(Map<K, List<PropertySpec>> specs) {
        Map<K, java.util.Set<String>> keys = new java.util.HashMap<>();
        specs.forEach((kind, list) -> keys.put(kind, java.util.Set.copyOf(list.stream().map(PropertySpec::name)
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

    /** The fields of a custom IPsec policy ({@code ipsecPolicy}) with their labels, as the inspector shows them. */
    public static List<PropertySpec> ipsecPolicy() {
        return IPSEC_POLICY;
    }

    public static Optional<PropertySpec> find(List<PropertySpec> specs, String key) {
        return specs.stream().filter(s -> s.name().equals(key)).findFirst();
    }

    private static PropertySpec spec(PropertyKey<?> key, String label, String description) {
        return new PropertySpec(key, label, description);
    }
}
