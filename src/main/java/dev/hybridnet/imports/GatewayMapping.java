package dev.hybridnet.imports;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hybridnet.imports.arm.ArmResource;
import dev.hybridnet.model.ConnectionKind;
import dev.hybridnet.model.ElementKind;
import dev.hybridnet.model.Keys;
import dev.hybridnet.model.Props;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Cross-premises resources: virtual network gateways (VPN or ExpressRoute, by {@code gatewayType}) in the
 * GatewaySubnet their IP configuration names, with their public IPs' details; local network gateways, each
 * implying an on-premises network and its VPN device; ExpressRoute circuits, whose peerings imply the on-premises
 * edge routers; and connections ({@code IPsec}, {@code ExpressRoute}, {@code Vnet2Vnet}).
 */
final class GatewayMapping {

    static final String GATEWAY = "microsoft.network/virtualnetworkgateways";
    static final String LOCAL_GATEWAY = "microsoft.network/localnetworkgateways";
    static final String CIRCUIT = "microsoft.network/expressroutecircuits";
    static final String CIRCUIT_PEERING = "microsoft.network/expressroutecircuits/peerings";
    static final String CONNECTION = "microsoft.network/connections";
    static final String PUBLIC_IP = "microsoft.network/publicipaddresses";

    private final Draft draft;
    private final ResourceIndex index;
    private final Set<ArmResource> used;

    GatewayMapping(Draft draft, ResourceIndex index, Set<ArmResource> used) {
        this.draft = draft;
        this.index = index;
        this.used = used;
    }

    void map(List<ArmResource> resources) {
        for (ArmResource r : resources) {
            switch (NetworkMapping.type(r)) {
                case GATEWAY -> gateway(r);
                case LOCAL_GATEWAY -> localGateway(r);
                case CIRCUIT -> circuit(r);
                default -> {
                }
            }
        }
        for (ArmResource r : resources) {
            if (NetworkMapping.type(r).equals(CIRCUIT_PEERING)) {
                String circuit = r.id().substring(0, r.id().toLowerCase(Locale.ROOT).lastIndexOf("/peerings/"));
                draft.elementOf(ResourceIndex.key(circuit)).ifPresentOrElse(c -> {
                    circuitPeering(c, NetworkMapping.leaf(r.name()), r.properties());
                    mapped(r);
                }, () -> draft.problem(r.path(), "the peering's circuit " + circuit + " is not in the import"));
            }
        }
        for (ArmResource r : resources) {
            if (NetworkMapping.type(r).equals(CONNECTION)) {
                connection(r);
            }
        }
    }

    private void mapped(ArmResource r) {
        if (used.add(r)) {
            draft.mapped(r);
        }
    }

    private void gateway(ArmResource r) {
        JsonNode p = r.properties();
        boolean expressRoute = Values.text(p, "gatewayType").filter(t -> t.equalsIgnoreCase("ExpressRoute"))
                .isPresent();
        Optional<String> subnetId = Values.items(p, "ipConfigurations").stream()
                .flatMap(c -> Values.text(c, "properties.subnet.id").stream()).findFirst();
        Optional<String> subnet = subnetId.flatMap(id -> draft.elementOf(ResourceIndex.key(id)));
        if (subnet.isEmpty()) {
            draft.problem(r.path(), "the gateway's subnet " + subnetId.orElse("(not given)") + " is not in the "
                    + "import; the gateway is left out");
            return;
        }
        Props.Builder props = Props.builder();
        Optional<String> sku = Values.text(p, "sku.name").or(() -> Values.text(r.body(), "sku.name"));
        if (expressRoute) {
            sku.ifPresent(s -> props.text(Keys.EXPRESSROUTE_GATEWAY_SKU, Values.choice(Keys.EXPRESSROUTE_GATEWAY_SKU,
                    s)));
        } else {
            sku.ifPresent(s -> props.text(Keys.VPN_GATEWAY_SKU, Values.choice(Keys.VPN_GATEWAY_SKU, s)));
            Values.text(p, "vpnType").ifPresent(t -> props.text(Keys.VPN_TYPE, Values.choice(Keys.VPN_TYPE, t)));
            Values.bool(p, "activeActive").ifPresent(b -> props.bool(Keys.ACTIVE_ACTIVE, b));
            if (Values.bool(p, "enableBgp").orElse(false)) {
                Values.integer(p, "bgpSettings.asn").ifPresent(a -> props.number(Keys.BGP_ASN, a));
            }
            publicIps(p, props);
        }
        draft.element(expressRoute ? ElementKind.EXPRESSROUTE_GATEWAY : ElementKind.VPN_GATEWAY,
                NetworkMapping.leaf(r.name()), subnet, props.build(), Optional.of(ResourceIndex.key(r.id())));
        mapped(r);
    }

    /** The SKU, allocation and (when fixed) address of the gateway's first public IP, the second's address. */
    private void publicIps(JsonNode p, Props.Builder props) {
        List<ArmResource> ips = Values.items(p, "ipConfigurations").stream()
                .flatMap(c -> Values.text(c, "properties.publicIPAddress.id").stream())
                .flatMap(id -> index.find(id).stream()).toList();
        ips.forEach(this::mapped);
        if (ips.isEmpty()) {
            return;
        }
        JsonNode first = ips.get(0).body();
        Values.text(first, "sku.name").ifPresent(s -> props.text(Keys.PUBLIC_IP_SKU, Values.choice(Keys.PUBLIC_IP_SKU,
                s)));
        Values.text(first, "properties.publicIPAllocationMethod").ifPresent(a -> props.text(Keys.PUBLIC_IP_ALLOCATION,
                Values.choice(Keys.PUBLIC_IP_ALLOCATION, a)));
        Values.text(first, "properties.ipAddress").ifPresent(a -> props.text(Keys.PUBLIC_IP, a));
        if (ips.size() > 1) {
            Values.text(ips.get(1).body(), "properties.ipAddress").ifPresent(a -> props.text(Keys.SECOND_PUBLIC_IP,
                    a));
        }
    }

    private void localGateway(ArmResource r) {
        JsonNode p = r.properties();
        String name = NetworkMapping.leaf(r.name());
        Props.Builder props = Props.builder();
        Optional<String> address = Values.text(p, "gatewayIpAddress");
        address.ifPresent(a -> props.text(Keys.GATEWAY_IP, a));
        List<String> prefixes = Values.texts(p, "localNetworkAddressSpace.addressPrefixes");
        if (!prefixes.isEmpty()) {
            props.texts(Keys.ADDRESS_PREFIXES, prefixes);
        }
        Optional<Long> asn = Values.integer(p, "bgpSettings.asn");
        asn.ifPresent(a -> props.number(Keys.BGP_ASN, a));
        Optional<String> bgpPeer = Values.text(p, "bgpSettings.bgpPeeringAddress");
        bgpPeer.ifPresent(a -> props.text(Keys.BGP_PEERING_ADDRESS, a));
        String lng = draft.element(ElementKind.LOCAL_NETWORK_GATEWAY, name, Optional.empty(), props.build(),
                Optional.of(ResourceIndex.key(r.id())));
        mapped(r);
        Props.Builder site = Props.builder().bool(Keys.IMPLIED, true);
        if (!prefixes.isEmpty()) {
            site.texts(Keys.ADDRESS_SPACES, prefixes);
        }
        String network = draft.element(ElementKind.ON_PREMISES_NETWORK, "on-premises (" + name + ")",
                Optional.empty(), site.build(), Optional.empty());
        Props.Builder device = Props.builder().bool(Keys.IMPLIED, true);
        address.ifPresent(a -> device.text(Keys.PUBLIC_IP, a));
        asn.ifPresent(a -> device.number(Keys.BGP_ASN, a));
        bgpPeer.ifPresent(a -> device.text(Keys.BGP_PEER_IP, a));
        String appliance = draft.element(ElementKind.VPN_APPLIANCE, "vpn-device (" + name + ")",
                Optional.of(network), device.build(), Optional.empty());
        draft.connection(ConnectionKind.REPRESENTS, name + "-represents", lng, appliance, Props.empty());
        draft.implied("on-premises network and VPN device behind local network gateway " + name);
    }

    private void circuit(ArmResource r) {
        JsonNode body = r.body();
        Props.Builder props = Props.builder();
        Values.text(body, "properties.serviceProviderProperties.serviceProviderName")
                .ifPresent(s -> props.text(Keys.PROVIDER, s));
        Values.text(body, "properties.serviceProviderProperties.peeringLocation")
                .ifPresent(s -> props.text(Keys.PEERING_LOCATION, s));
        Values.integer(body, "properties.serviceProviderProperties.bandwidthInMbps")
                .ifPresent(b -> props.number(Keys.BANDWIDTH_MBPS, b));
        Values.text(body, "sku.tier").ifPresent(t -> props.text(Keys.SKU_TIER, Values.choice(Keys.SKU_TIER, t)));
        Values.text(body, "sku.family").ifPresent(f -> props.text(Keys.SKU_FAMILY, Values.choice(Keys.SKU_FAMILY,
                f)));
        String circuit = draft.element(ElementKind.EXPRESSROUTE_CIRCUIT, NetworkMapping.leaf(r.name()),
                Optional.empty(), props.build(), Optional.of(ResourceIndex.key(r.id())));
        mapped(r);
        for (JsonNode peering : Values.items(r.properties(), "peerings")) {
            circuitPeering(circuit, Values.text(peering, "name").orElse("peering"), peering.path("properties"));
        }
    }

    /** A circuit's peering: its two links, each to an implied on-premises edge router. */
    private void circuitPeering(String circuit, String name, JsonNode p) {
        Optional<String> type = Values.text(p, "peeringType");
        if (type.isEmpty() || !(type.get().equalsIgnoreCase("AzurePrivatePeering")
                || type.get().equalsIgnoreCase("MicrosoftPeering"))) {
            draft.problem(circuit + "/" + name, "a peering of type " + type.orElse("(unknown)") + " is not drawn");
            return;
        }
        String peeringType = type.get().equalsIgnoreCase("MicrosoftPeering") ? "microsoft" : "private";
        Optional<Long> asn = Values.integer(p, "peerASN");
        String site = draft.elementOf("implied-site:" + circuit).orElseGet(() -> {
            draft.implied("on-premises network and edge routers of circuit " + circuit);
            return draft.element(ElementKind.ON_PREMISES_NETWORK, "on-premises (" + circuit + ")", Optional.empty(),
                    Props.builder().bool(Keys.IMPLIED, true).build(), Optional.of("implied-site:" + circuit));
        });
        for (String link : List.of("primary", "secondary")) {
            String key = "implied-router:" + circuit + ":" + link;
            String router = draft.elementOf(key).orElseGet(() -> {
                Props.Builder r = Props.builder().bool(Keys.IMPLIED, true);
                asn.ifPresent(a -> r.number(Keys.BGP_ASN, a));
                return draft.element(ElementKind.EDGE_ROUTER, "edge-" + link + " (" + circuit + ")", Optional.of(site),
                        r.build(), Optional.of(key));
            });
            Props.Builder props = Props.builder().text(Keys.PEERING_TYPE, peeringType).text(Keys.LINK, link);
            Values.text(p, link + "PeerAddressPrefix").ifPresent(x -> props.text(Keys.PEER_ADDRESS_PREFIX, x));
            Values.integer(p, "vlanId").ifPresent(v -> props.number(Keys.VLAN_ID, v));
            asn.ifPresent(a -> props.number(Keys.PEER_ASN, a));
            draft.connection(ConnectionKind.EXPRESSROUTE_PEERING, name + "-" + link, router, circuit, props.build());
        }
    }

    private void connection(ArmResource r) {
        JsonNode p = r.properties();
        String type = Values.text(p, "connectionType").orElse("").toLowerCase(Locale.ROOT);
        Optional<String> gateway = ref(p, "virtualNetworkGateway1.id");
        Optional<String> other = switch (type) {
            case "ipsec" -> ref(p, "localNetworkGateway2.id");
            case "vnet2vnet" -> ref(p, "virtualNetworkGateway2.id");
            case "expressroute" -> ref(p, "peer.id");
            default -> Optional.empty();
        };
        if (gateway.isEmpty() || other.isEmpty()) {
            draft.problem(r.path(), "connection " + NetworkMapping.leaf(r.name()) + " (" + (type.isEmpty()
                    ? "type unknown" : type) + ") joins something the import does not hold; it is left out");
            return;
        }
        ConnectionKind kind = switch (type) {
            case "ipsec" -> ConnectionKind.SITE_TO_SITE_VPN;
            case "vnet2vnet" -> ConnectionKind.VNET_TO_VNET;
            default -> ConnectionKind.EXPRESSROUTE_CONNECTION;
        };
        Props.Builder props = Props.builder();
        if (kind != ConnectionKind.EXPRESSROUTE_CONNECTION) {
            Values.bool(p, "enableBgp").ifPresent(b -> props.bool(Keys.ENABLE_BGP, b));
            Values.text(p, "connectionProtocol").ifPresent(c -> props.text(Keys.CONNECTION_PROTOCOL,
                    Values.choice(Keys.CONNECTION_PROTOCOL, c)));
        }
        draft.connection(kind, NetworkMapping.leaf(r.name()), gateway.get(), other.get(), props.build());
        mapped(r);
    }

    private Optional<String> ref(JsonNode p, String path) {
        return Values.text(p, path).flatMap(id -> draft.elementOf(ResourceIndex.key(id)));
    }
}
