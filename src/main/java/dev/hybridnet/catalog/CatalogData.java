package dev.hybridnet.catalog;

import static dev.hybridnet.model.ElementKind.AZURE_FIREWALL;
import static dev.hybridnet.model.ElementKind.BASTION;
import static dev.hybridnet.model.ElementKind.EDGE_ROUTER;
import static dev.hybridnet.model.ElementKind.EXPRESSROUTE_CIRCUIT;
import static dev.hybridnet.model.ElementKind.EXPRESSROUTE_GATEWAY;
import static dev.hybridnet.model.ElementKind.GROUP;
import static dev.hybridnet.model.ElementKind.LOAD_BALANCER;
import static dev.hybridnet.model.ElementKind.LOCAL_NETWORK_GATEWAY;
import static dev.hybridnet.model.ElementKind.NETWORK_VIRTUAL_APPLIANCE;
import static dev.hybridnet.model.ElementKind.NOTE;
import static dev.hybridnet.model.ElementKind.ON_PREMISES_NETWORK;
import static dev.hybridnet.model.ElementKind.ROUTE_SERVER;
import static dev.hybridnet.model.ElementKind.SERVER;
import static dev.hybridnet.model.ElementKind.SUBNET;
import static dev.hybridnet.model.ElementKind.VIRTUAL_MACHINE;
import static dev.hybridnet.model.ElementKind.VIRTUAL_NETWORK;
import static dev.hybridnet.model.ElementKind.VPN_APPLIANCE;
import static dev.hybridnet.model.ElementKind.VPN_GATEWAY;

import dev.hybridnet.geometry.Size;
import dev.hybridnet.model.ConnectionKind;
import dev.hybridnet.model.ElementKind;
import dev.hybridnet.model.Keys;
import dev.hybridnet.model.Props;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The catalog's tables, written out once. Sources for the Azure facts are in docs/rules.md. */
final class CatalogData {

    /** Icons share one size so that they line up on the grid. */
    static final Size ICON = new Size(48, 48);

    private CatalogData() {
    }

    static List<ComponentType> componentTypes() {
        return List.of(
                container(ON_PREMISES_NETWORK, "On-premises network",
                        "Your own network: the site, datacenter or office that connects to Azure.",
                        PaletteGroup.ON_PREMISES, new Size(260, 360), Set.of(), "On-premises network",
                        Props.builder().texts(Keys.ADDRESS_SPACES, List.of("192.168.0.0/16")).build()),
                icon(VPN_APPLIANCE, "VPN appliance",
                        "The on-premises VPN device (hardware or Windows RRAS) that ends the site-to-site tunnel. "
                                + "Needs a public IP address that is not behind NAT.",
                        PaletteGroup.ON_PREMISES, Set.of(ON_PREMISES_NETWORK), "VPN appliance", Optional.empty(),
                        Props.builder().bool(Keys.BEHIND_NAT, false).text(Keys.DEVICE, "hardware").build()),
                icon(EDGE_ROUTER, "Edge router",
                        "An on-premises edge router that peers with an ExpressRoute circuit over BGP.",
                        PaletteGroup.ON_PREMISES, Set.of(ON_PREMISES_NETWORK), "Edge router", Optional.empty(),
                        Props.builder().number(Keys.BGP_ASN, 65010).build()),
                icon(SERVER, "Server", "An on-premises server or workstation.",
                        PaletteGroup.ON_PREMISES, Set.of(ON_PREMISES_NETWORK), "Server", Optional.empty(),
                        Props.empty()),
                container(VIRTUAL_NETWORK, "Virtual network",
                        "An Azure virtual network (VNet) in one region; a hub or a spoke in a hub-spoke topology.",
                        PaletteGroup.AZURE_NETWORKING, new Size(420, 360), Set.of(), "vnet",
                        Props.builder().texts(Keys.ADDRESS_SPACES, List.of("10.0.0.0/16"))
                                .text(Keys.REGION, "westeurope")
                                .build()),
                container(SUBNET, "Subnet", "A subnet of a virtual network that holds VMs, load balancers or "
                                + "appliances. Azure services that need a dedicated subnet have presets.",
                        PaletteGroup.AZURE_NETWORKING, new Size(180, 120), Set.of(VIRTUAL_NETWORK), "snet",
                        Props.builder().text(Keys.ADDRESS_PREFIX, "10.0.1.0/24").build()),
                icon(VPN_GATEWAY, "VPN gateway",
                        "An Azure virtual network gateway of type VPN; lives in the VNet's GatewaySubnet.",
                        PaletteGroup.CONNECTIVITY, Set.of(SUBNET), "vpngw", Optional.of("GatewaySubnet"),
                        Props.builder().text(Keys.VPN_GATEWAY_SKU, "VpnGw1AZ")
                                .text(Keys.VPN_TYPE, "RouteBased")
                                .bool(Keys.ACTIVE_ACTIVE, false)
                                .build()),
                icon(EXPRESSROUTE_GATEWAY, "ExpressRoute gateway",
                        "An Azure virtual network gateway of type ExpressRoute; lives in the VNet's GatewaySubnet.",
                        PaletteGroup.CONNECTIVITY, Set.of(SUBNET), "ergw", Optional.of("GatewaySubnet"),
                        Props.builder().text(Keys.EXPRESSROUTE_GATEWAY_SKU, "ErGw1AZ").build()),
                icon(LOCAL_NETWORK_GATEWAY, "Local network gateway",
                        "Azure's record of the on-premises VPN appliance: its public IP and the on-premises "
                                + "prefixes.",
                        PaletteGroup.CONNECTIVITY, Set.of(), "lng", Optional.empty(),
                        Props.builder().texts(Keys.ADDRESS_PREFIXES, List.of()).build()),
                icon(EXPRESSROUTE_CIRCUIT, "ExpressRoute circuit",
                        "A private circuit from a connectivity provider between the on-premises edge routers "
                                + "and Microsoft's edge.",
                        PaletteGroup.CONNECTIVITY, Set.of(), "er-circuit", Optional.empty(),
                        Props.builder().number(Keys.BANDWIDTH_MBPS, 1000)
                                .text(Keys.PROVIDER_LAYER, "L3")
                                .text(Keys.SKU_FAMILY, "MeteredData")
                                .text(Keys.SKU_TIER, "Standard")
                                .build()),
                icon(AZURE_FIREWALL, "Azure Firewall",
                        "A managed firewall, usually in the hub; needs a subnet named AzureFirewallSubnet.",
                        PaletteGroup.SECURITY, Set.of(SUBNET), "fw", Optional.of("AzureFirewallSubnet"),
                        Props.empty()),
                icon(BASTION, "Bastion",
                        "Azure Bastion: browser-based RDP and SSH to VMs without public IPs; needs a subnet named "
                                + "AzureBastionSubnet.",
                        PaletteGroup.SECURITY, Set.of(SUBNET), "bastion", Optional.of("AzureBastionSubnet"),
                        Props.empty()),
                icon(NETWORK_VIRTUAL_APPLIANCE, "Network virtual appliance",
                        "A third-party firewall or router VM that routes traffic between networks.",
                        PaletteGroup.SECURITY, Set.of(SUBNET), "nva", Optional.empty(), Props.empty()),
                icon(LOAD_BALANCER, "Internal load balancer",
                        "An internal Azure load balancer in front of an application tier.",
                        PaletteGroup.AZURE_NETWORKING, Set.of(SUBNET), "ilb", Optional.empty(), Props.empty()),
                icon(ROUTE_SERVER, "Route Server",
                        "Azure Route Server: exchanges routes over BGP with appliances and gateways; needs a "
                                + "subnet named RouteServerSubnet.",
                        PaletteGroup.AZURE_NETWORKING, Set.of(SUBNET), "routeserver",
                        Optional.of("RouteServerSubnet"), Props.builder().number(Keys.ASN, 65515).build()),
                icon(VIRTUAL_MACHINE, "Virtual machine", "An Azure VM running part of an application.",
                        PaletteGroup.COMPUTE, Set.of(SUBNET), "vm", Optional.empty(), Props.empty()),
                new ComponentType(NOTE, "Note",
                        "A text note on the drawing, at the top level or in any network or subnet. Validation "
                                + "ignores it.",
                        PaletteGroup.ANNOTATIONS, false, new Size(160, 80),
                        Set.of(ON_PREMISES_NETWORK, VIRTUAL_NETWORK, SUBNET),
                        Props.builder().text(Keys.TEXT, "Note").build(), "", Optional.empty()),
                new ComponentType(GROUP, "Group",
                        "A titled frame drawn behind part of the drawing; dragging it moves what lies inside. "
                                + "Validation ignores it.",
                        PaletteGroup.ANNOTATIONS, false, new Size(320, 200), Set.of(), Props.empty(), "Group",
                        Optional.empty()));
    }

    static List<SubnetPreset> subnetPresets() {
        return List.of(
                new SubnetPreset("gateway-subnet", "GatewaySubnet",
                        "The subnet for VPN and ExpressRoute gateways; /27 or larger, no NSG.",
                        "GatewaySubnet", 27, 29, Set.of(VPN_GATEWAY, EXPRESSROUTE_GATEWAY)),
                new SubnetPreset("firewall-subnet", "AzureFirewallSubnet",
                        "The subnet for Azure Firewall; /26, no NSG.",
                        "AzureFirewallSubnet", 26, 26, Set.of(AZURE_FIREWALL)),
                new SubnetPreset("firewall-management-subnet", "AzureFirewallManagementSubnet",
                        "The management subnet of an Azure Firewall in forced-tunnelling mode; /26, no NSG, "
                                + "holds nothing you place.",
                        "AzureFirewallManagementSubnet", 26, 26, Set.of()),
                new SubnetPreset("bastion-subnet", "AzureBastionSubnet",
                        "The subnet for Azure Bastion; /26 or larger.",
                        "AzureBastionSubnet", 26, 26, Set.of(BASTION)),
                new SubnetPreset("route-server-subnet", "RouteServerSubnet",
                        "The subnet for Azure Route Server; /27 or larger.",
                        "RouteServerSubnet", 27, 27, Set.of(ROUTE_SERVER)));
    }

    static List<ConnectionRule> connectionRules() {
        return List.of(
                new ConnectionRule(ConnectionKind.SITE_TO_SITE_VPN, "Site-to-site VPN",
                        Set.of(VPN_GATEWAY), Set.of(VPN_APPLIANCE, LOCAL_NETWORK_GATEWAY), false),
                new ConnectionRule(ConnectionKind.REPRESENTS, "Represents",
                        Set.of(LOCAL_NETWORK_GATEWAY), Set.of(VPN_APPLIANCE), true),
                new ConnectionRule(ConnectionKind.EXPRESSROUTE_PEERING, "ExpressRoute peering",
                        Set.of(EDGE_ROUTER), Set.of(EXPRESSROUTE_CIRCUIT), false),
                new ConnectionRule(ConnectionKind.EXPRESSROUTE_CONNECTION, "ExpressRoute connection",
                        Set.of(EXPRESSROUTE_GATEWAY), Set.of(EXPRESSROUTE_CIRCUIT), false),
                new ConnectionRule(ConnectionKind.VNET_PEERING, "VNet peering",
                        Set.of(VIRTUAL_NETWORK), Set.of(VIRTUAL_NETWORK), false),
                new ConnectionRule(ConnectionKind.VNET_TO_VNET, "VNet-to-VNet VPN",
                        Set.of(VPN_GATEWAY), Set.of(VPN_GATEWAY), false));
    }

    private static ComponentType container(ElementKind kind, String displayName, String description,
            PaletteGroup group, Size size, Set<ElementKind> parents, String defaultName, Props defaults) {
        return new ComponentType(kind, displayName, description, group, true, size, parents, defaults, defaultName,
                Optional.empty());
    }

    private static ComponentType icon(ElementKind kind, String displayName, String description, PaletteGroup group,
            Set<ElementKind> parents, String defaultName, Optional<String> subnetName, Props defaults) {
        return new ComponentType(kind, displayName, description, group, false, ICON, parents, defaults,
                defaultName, subnetName);
    }

}
