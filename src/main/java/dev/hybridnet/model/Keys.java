package dev.hybridnet.model;

import dev.hybridnet.geometry.Point;
import inet.ipaddr.IPAddress;
import java.util.List;

/**
 * Every property key the program knows, each declared once: its name in files and the type its value reads as.
 * The catalog's property specs are built from these constants, and rules, commands, fixes, the renderer, the
 * editor and the samples name properties through them, so a name is spelled in one place.
 *
 * <p>Most keys are properties of elements or connections (the catalog says which kind has which). The last ones
 * are fields inside a property's objects: a route's next hop, and the four flags of one direction of a VNet
 * peering ({@code catalog.PeeringFlag} labels them). A route's prefix is {@link #ADDRESS_PREFIX}, as a subnet's.
 */
public final class Keys {

    private static final String SKU = "sku";

    public static final PropertyKey<List<IPAddress>> ADDRESS_SPACES = PropertyKey.prefixes("addressSpaces");
    public static final PropertyKey<IPAddress> PUBLIC_IP = PropertyKey.address("publicIp");
    public static final PropertyKey<Boolean> BEHIND_NAT = PropertyKey.bool("behindNat");
    public static final PropertyKey<Long> BGP_ASN = PropertyKey.integer("bgpAsn");
    public static final PropertyKey<IPAddress> BGP_PEER_IP = PropertyKey.address("bgpPeerIp");
    public static final PropertyKey<String> DEVICE = PropertyKey.text("device");
    public static final PropertyKey<IPAddress> IP = PropertyKey.address("ip");
    public static final PropertyKey<String> REGION = PropertyKey.text("region");
    public static final PropertyKey<NetworkRole> ROLE = PropertyKey.choice("role", NetworkRole.class);

    public static final PropertyKey<IPAddress> ADDRESS_PREFIX = PropertyKey.prefix("addressPrefix");
    public static final PropertyKey<Boolean> NSG = PropertyKey.bool("nsg");
    public static final PropertyKey<List<Route>> ROUTES = PropertyKey.routes("routes");
    public static final PropertyKey<Boolean> DISABLE_BGP_ROUTE_PROPAGATION =
            PropertyKey.bool("disableBgpRoutePropagation");

    public static final PropertyKey<VpnGatewaySku> VPN_GATEWAY_SKU = PropertyKey.choice(SKU, VpnGatewaySku.class);
    public static final PropertyKey<VpnType> VPN_TYPE = PropertyKey.choice("vpnType", VpnType.class);
    public static final PropertyKey<Boolean> ACTIVE_ACTIVE = PropertyKey.bool("activeActive");
    public static final PropertyKey<PublicIpSku> PUBLIC_IP_SKU = PropertyKey.choice("publicIpSku", PublicIpSku.class);
    public static final PropertyKey<PublicIpAllocation> PUBLIC_IP_ALLOCATION =
            PropertyKey.choice("publicIpAllocation", PublicIpAllocation.class);
    public static final PropertyKey<IPAddress> SECOND_PUBLIC_IP = PropertyKey.address("secondPublicIp");
    public static final PropertyKey<List<IPAddress>> BGP_PEERING_ADDRESSES =
            PropertyKey.addresses("bgpPeeringAddresses");
    public static final PropertyKey<ExpressRouteGatewaySku> EXPRESSROUTE_GATEWAY_SKU =
            PropertyKey.choice(SKU, ExpressRouteGatewaySku.class);

    public static final PropertyKey<IPAddress> GATEWAY_IP = PropertyKey.address("gatewayIp");
    public static final PropertyKey<List<IPAddress>> ADDRESS_PREFIXES = PropertyKey.prefixes("addressPrefixes");
    public static final PropertyKey<IPAddress> BGP_PEERING_ADDRESS = PropertyKey.address("bgpPeeringAddress");

    public static final PropertyKey<String> PROVIDER = PropertyKey.text("provider");
    public static final PropertyKey<String> PEERING_LOCATION = PropertyKey.text("peeringLocation");
    public static final PropertyKey<Long> BANDWIDTH_MBPS = PropertyKey.integer("bandwidthMbps");
    public static final PropertyKey<CircuitTier> SKU_TIER = PropertyKey.choice("skuTier", CircuitTier.class);
    public static final PropertyKey<CircuitFamily> SKU_FAMILY = PropertyKey.choice("skuFamily", CircuitFamily.class);
    public static final PropertyKey<ProviderLayer> PROVIDER_LAYER =
            PropertyKey.choice("providerLayer", ProviderLayer.class);

    public static final PropertyKey<IPAddress> PRIVATE_IP = PropertyKey.address("privateIp");
    public static final PropertyKey<Boolean> IP_FORWARDING = PropertyKey.bool("ipForwarding");
    public static final PropertyKey<Long> ASN = PropertyKey.integer("asn");

    public static final PropertyKey<Boolean> ENABLE_BGP = PropertyKey.bool("enableBgp");
    /** A custom IPsec/IKE policy: an object of the fields below, each checked ({@link Ipsec}). */
    public static final PropertyKey<PropValue.ObjectValue> IPSEC_POLICY = PropertyKey.policy("ipsecPolicy");
    public static final PropertyKey<ConnectionProtocol> CONNECTION_PROTOCOL =
            PropertyKey.choice("connectionProtocol", ConnectionProtocol.class);

    public static final PropertyKey<PeeringType> PEERING_TYPE = PropertyKey.choice("peeringType", PeeringType.class);
    public static final PropertyKey<PeeringLink> LINK = PropertyKey.choice("link", PeeringLink.class);
    public static final PropertyKey<IPAddress> PEER_ADDRESS_PREFIX = PropertyKey.prefix("peerAddressPrefix");
    public static final PropertyKey<Long> VLAN_ID = PropertyKey.integer("vlanId");
    public static final PropertyKey<Long> PEER_ASN = PropertyKey.integer("peerAsn");

    /** A field of an IPsec policy. */
    public static final PropertyKey<Ipsec.IkeEncryption> IKE_ENCRYPTION =
            PropertyKey.choice("ikeEncryption", Ipsec.IkeEncryption.class);
    /** A field of an IPsec policy. */
    public static final PropertyKey<Ipsec.IkeIntegrity> IKE_INTEGRITY =
            PropertyKey.choice("ikeIntegrity", Ipsec.IkeIntegrity.class);
    /** A field of an IPsec policy. */
    public static final PropertyKey<Ipsec.DhGroup> DH_GROUP = PropertyKey.choice("dhGroup", Ipsec.DhGroup.class);
    /** A field of an IPsec policy. */
    public static final PropertyKey<Ipsec.IpsecEncryption> IPSEC_ENCRYPTION =
            PropertyKey.choice("ipsecEncryption", Ipsec.IpsecEncryption.class);
    /** A field of an IPsec policy. */
    public static final PropertyKey<Ipsec.IpsecIntegrity> IPSEC_INTEGRITY =
            PropertyKey.choice("ipsecIntegrity", Ipsec.IpsecIntegrity.class);
    /** A field of an IPsec policy. */
    public static final PropertyKey<Ipsec.PfsGroup> PFS_GROUP = PropertyKey.choice("pfsGroup", Ipsec.PfsGroup.class);
    /** A field of an IPsec policy: how long a security association lives. */
    public static final PropertyKey<Long> SA_LIFETIME_SECONDS = PropertyKey.integer("saLifeTimeSeconds");
    /** A field of an IPsec policy: how much data a security association carries; 0 for no limit. */
    public static final PropertyKey<Long> SA_DATA_SIZE_KILOBYTES = PropertyKey.integer("saDataSizeKilobytes");

    /** The peering created on a VNet peering's {@code from} VNet. */
    public static final PropertyKey<PeeringDirection> PEERING_FROM = PropertyKey.peering("from");
    /** The peering created on a VNet peering's {@code to} VNet. */
    public static final PropertyKey<PeeringDirection> PEERING_TO = PropertyKey.peering("to");

    /** A field of a route, beside its {@link #ADDRESS_PREFIX}. */
    public static final PropertyKey<NextHopType> NEXT_HOP_TYPE = PropertyKey.choice("nextHopType", NextHopType.class);
    /** A field of a route: the appliance or address its traffic goes to. */
    public static final PropertyKey<String> NEXT_HOP = PropertyKey.text("nextHop");

    /** A flag of one direction of a VNet peering. */
    public static final PropertyKey<Boolean> ALLOW_VIRTUAL_NETWORK_ACCESS =
            PropertyKey.bool("allowVirtualNetworkAccess");
    /** A flag of one direction of a VNet peering. */
    public static final PropertyKey<Boolean> ALLOW_FORWARDED_TRAFFIC = PropertyKey.bool("allowForwardedTraffic");
    /** A flag of one direction of a VNet peering. */
    public static final PropertyKey<Boolean> ALLOW_GATEWAY_TRANSIT = PropertyKey.bool("allowGatewayTransit");
    /** A flag of one direction of a VNet peering. */
    public static final PropertyKey<Boolean> USE_REMOTE_GATEWAYS = PropertyKey.bool("useRemoteGateways");

    /** A note's text: any number of lines (format revision 1.2). */
    public static final PropertyKey<String> TEXT = PropertyKey.text("text");

    /**
     * Any element: true when an import inferred it rather than read it (the on-premises network behind a local
     * network gateway, the edge routers of a circuit's peerings, a VNet a peering points to outside the import).
     */
    public static final PropertyKey<Boolean> IMPLIED = PropertyKey.bool("implied");

    /** Any connection (1.2): its name, shown beside its route instead of the kind's word. */
    public static final PropertyKey<String> LABEL = PropertyKey.text("label");
    /** Any connection (1.2): the points its route passes through, in order ({@link Waypoints}). */
    public static final PropertyKey<List<Point>> WAYPOINTS = PropertyKey.points("waypoints");

    private Keys() {
    }
}
