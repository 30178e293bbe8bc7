package dev.hybridnet.imports.terraform;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * The azurerm resources the importer reads, each as the ARM resource it stands for: the ARM type, the attributes
 * that make up its ARM name (a subnet's network name, then its own), and how its attributes fill the ARM body, in
 * ARM's property names, so that the ARM mapping reads them. Attributes azurerm renamed in version 4 are read in both
 * spellings. Associations of subnets and separate routes are folded into what they belong to (see
 * {@link Translation}).
 */
final class AzurermResources {

    /** An azurerm type's ARM counterpart. */
    record Shape(String armType, List<String> names, BiConsumer<Reader, Body> fill) {
    }

    static final String NSG_ASSOCIATION = "azurerm_subnet_network_security_group_association";
    static final String ROUTE_TABLE_ASSOCIATION = "azurerm_subnet_route_table_association";
    static final String ROUTE = "azurerm_route";

    private static final String NETWORK = "Microsoft.Network/";
    private static final List<String> NAME = List.of("name");

    private static final Map<String, Shape> SHAPES = Map.ofEntries(
            Map.entry("azurerm_virtual_network", new Shape(NETWORK + "virtualNetworks", NAME, (r, b) -> {
                b.put("location", r.value("location"));
                b.put("properties.addressSpace.addressPrefixes", r.value("address_space"));
                for (Reader s : r.blocks("subnet")) {
                    Body subnet = b.item("properties.subnets").put("name", s.value("name"));
                    subnet(s, subnet);
                    subnet.put("properties.networkSecurityGroup.id", s.ref("security_group"));
                }
            })),
            Map.entry("azurerm_subnet", new Shape(NETWORK + "virtualNetworks/subnets",
                    List.of("virtual_network_name", "name"), (r, b) -> subnet(r, b))),
            Map.entry("azurerm_route_table", new Shape(NETWORK + "routeTables", NAME, (r, b) -> {
                for (Reader route : r.blocks("route")) {
                    route(route, b.item("properties.routes"));
                }
                b.put("properties.disableBgpRoutePropagation", r.has("disable_bgp_route_propagation")
                        ? r.value("disable_bgp_route_propagation") : r.not("bgp_route_propagation_enabled"));
            })),
            Map.entry(ROUTE, new Shape(NETWORK + "routeTables/routes", List.of("route_table_name", "name"),
                    AzurermResources::route)),
            Map.entry("azurerm_network_security_group", new Shape(NETWORK + "networkSecurityGroups", NAME,
                    (r, b) -> b.put("location", r.value("location")))),
            Map.entry("azurerm_public_ip", new Shape(NETWORK + "publicIPAddresses", NAME, (r, b) -> b
                    .put("sku.name", r.value("sku"))
                    .put("properties.publicIPAllocationMethod", r.value("allocation_method"))
                    .put("properties.ipAddress", r.value("ip_address")))),
            Map.entry("azurerm_virtual_network_gateway", new Shape(NETWORK + "virtualNetworkGateways", NAME,
                    (r, b) -> {
                        b.put("properties.gatewayType", r.value("type")).put("properties.vpnType", r.value("vpn_type"))
                                .put("properties.sku.name", r.value("sku"))
                                .put("properties.activeActive", r.value("active_active"))
                                .put("properties.enableBgp", r.either("enable_bgp", "bgp_enabled"))
                                .put("properties.bgpSettings.asn", r.inFirst("bgp_settings", "asn"));
                        for (Reader c : r.blocks("ip_configuration")) {
                            b.item("properties.ipConfigurations").put("name", c.value("name"))
                                    .put("properties.subnet.id", c.ref("subnet_id"))
                                    .put("properties.publicIPAddress.id", c.ref("public_ip_address_id"));
                        }
                    })),
            Map.entry("azurerm_local_network_gateway", new Shape(NETWORK + "localNetworkGateways", NAME, (r, b) -> b
                    .put("properties.gatewayIpAddress", r.value("gateway_address"))
                    .put("properties.localNetworkAddressSpace.addressPrefixes", r.value("address_space"))
                    .put("properties.bgpSettings.asn", r.inFirst("bgp_settings", "asn"))
                    .put("properties.bgpSettings.bgpPeeringAddress", r.inFirst("bgp_settings",
                            "bgp_peering_address")))),
            Map.entry("azurerm_virtual_network_gateway_connection", new Shape(NETWORK + "connections", NAME,
                    AzurermResources::connection)),
            Map.entry("azurerm_express_route_circuit", new Shape(NETWORK + "expressRouteCircuits", NAME, (r, b) -> b
                    .put("sku.tier", r.inFirst("sku", "tier")).put("sku.family", r.inFirst("sku", "family"))
                    .copy(r, "properties.serviceProviderProperties.serviceProviderName", "service_provider_name",
                            "properties.serviceProviderProperties.peeringLocation", "peering_location",
                            "properties.serviceProviderProperties.bandwidthInMbps", "bandwidth_in_mbps"))),
            Map.entry("azurerm_express_route_circuit_peering", new Shape(NETWORK + "expressRouteCircuits/peerings",
                    List.of("express_route_circuit_name", "peering_type"), (r, b) -> b.copy(r,
                            "properties.peeringType", "peering_type", "properties.peerASN", "peer_asn",
                            "properties.primaryPeerAddressPrefix", "primary_peer_address_prefix",
                            "properties.secondaryPeerAddressPrefix", "secondary_peer_address_prefix",
                            "properties.vlanId", "vlan_id"))),
            Map.entry("azurerm_virtual_network_peering", new Shape(NETWORK + "virtualNetworks/virtualNetworkPeerings",
                    List.of("virtual_network_name", "name"), (r, b) -> b
                    .put("properties.remoteVirtualNetwork.id", r.ref("remote_virtual_network_id")).copy(r,
                            "properties.allowVirtualNetworkAccess", "allow_virtual_network_access",
                            "properties.allowForwardedTraffic", "allow_forwarded_traffic",
                            "properties.allowGatewayTransit", "allow_gateway_transit",
                            "properties.useRemoteGateways", "use_remote_gateways"))),
            Map.entry("azurerm_firewall", new Shape(NETWORK + "azureFirewalls", NAME,
                    (r, b) -> ipConfigurations(r, b, "ip_configuration", "ipConfigurations"))),
            Map.entry("azurerm_bastion_host", new Shape(NETWORK + "bastionHosts", NAME,
                    (r, b) -> ipConfigurations(r, b, "ip_configuration", "ipConfigurations"))),
            Map.entry("azurerm_lb", new Shape(NETWORK + "loadBalancers", NAME,
                    (r, b) -> ipConfigurations(r, b, "frontend_ip_configuration", "frontendIPConfigurations"))),
            Map.entry("azurerm_route_server", new Shape(NETWORK + "virtualHubs", NAME, (r, b) -> b
                    .put("properties.virtualRouterAsn", r.value("virtual_router_asn"))
                    .item("properties.ipConfigurations").put("name", r.value("name"))
                    .put("properties.subnet.id", r.ref("subnet_id")))),
            Map.entry("azurerm_network_interface", new Shape(NETWORK + "networkInterfaces", NAME, (r, b) -> {
                b.put("properties.enableIPForwarding", r.either("enable_ip_forwarding", "ip_forwarding_enabled"));
                ipConfigurations(r, b, "ip_configuration", "ipConfigurations");
            })),
            Map.entry("azurerm_linux_virtual_machine", machine()),
            Map.entry("azurerm_windows_virtual_machine", machine()),
            Map.entry("azurerm_virtual_machine", machine()));

    private AzurermResources() {
    }

    /** The ARM counterpart of an azurerm type, if the importer reads it. */
    static Optional<Shape> of(String type) {
        return Optional.ofNullable(SHAPES.get(type));
    }

    private static void subnet(Reader r, Body b) {
        b.put("properties.addressPrefix", r.value("address_prefix"))
                .put("properties.addressPrefixes", r.value("address_prefixes"))
                .put("properties.routeTable.id", r.ref("route_table_id"));
    }

    private static void route(Reader r, Body b) {
        b.put("name", r.value("name")).put("properties.addressPrefix", r.value("address_prefix"))
                .put("properties.nextHopType", r.value("next_hop_type"))
                .put("properties.nextHopIpAddress", r.value("next_hop_in_ip_address"));
    }

    private static void connection(Reader r, Body b) {
        Link type = Link.of(r.value("type"));
        b.put("properties.connectionType", r.value("type"))
                .put("properties.virtualNetworkGateway1.id", r.ref("virtual_network_gateway_id"))
                .put("properties.enableBgp", r.either("enable_bgp", "bgp_enabled"))
                .put("properties.connectionProtocol", r.value("connection_protocol"));
        switch (type) {
            case IPSEC -> b.put("properties.localNetworkGateway2.id", r.ref("local_network_gateway_id"));
            case VNET2VNET -> b.put("properties.virtualNetworkGateway2.id", r.ref("peer_virtual_network_gateway_id"));
            case EXPRESSROUTE -> b.put("properties.peer.id", r.ref("express_route_circuit_id"));
            case OTHER -> {
            }
        }
    }

    /** The kinds of connection, as azurerm spells them in {@code type}. */
    private enum Link {
        IPSEC, VNET2VNET, EXPRESSROUTE, OTHER;

        static Link of(JsonNode type) {
            String t = type == null || !type.isTextual() ? "" : type.textValue();
            return t.equalsIgnoreCase("IPsec") ? IPSEC : t.equalsIgnoreCase("Vnet2Vnet") ? VNET2VNET
                    : t.equalsIgnoreCase("ExpressRoute") ? EXPRESSROUTE : OTHER;
        }
    }

    /** IP configurations: name, subnet and private address ({@code null} when the block has none). */
    private static void ipConfigurations(Reader r, Body b, String block, String property) {
        for (Reader c : r.blocks(block)) {
            b.item("properties." + property).put("name", c.value("name"))
                    .put("properties.subnet.id", c.ref("subnet_id"))
                    .put("properties.privateIPAddress", c.value("private_ip_address"));
        }
    }

    private static Shape machine() {
        return new Shape("Microsoft.Compute/virtualMachines", NAME, (r, b) -> {
            JsonNode nics = r.refs("network_interface_ids");
            if (nics != null && nics.isArray()) {
                nics.forEach(id -> b.item("properties.networkProfile.networkInterfaces").put("id", id));
            }
        });
    }
}
