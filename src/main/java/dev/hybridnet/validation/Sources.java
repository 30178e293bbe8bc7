package dev.hybridnet.validation;

/** The public documentation the rules rest on. */
final class Sources {

    static final String ARCH = "https://learn.microsoft.com/azure/architecture/reference-architectures/hybrid-networking/";
    static final String VPN = ARCH + "vpn";
    static final String EXPRESSROUTE = ARCH + "expressroute";
    static final String FAILOVER = ARCH + "expressroute-vpn-failover";
    static final String HUB_SPOKE = "https://learn.microsoft.com/azure/architecture/networking/architecture/hub-spoke";
    static final String VNET_FAQ = "https://learn.microsoft.com/azure/virtual-network/virtual-networks-faq";
    static final String PEERING = "https://learn.microsoft.com/azure/virtual-network/virtual-network-manage-peering";
    static final String LIMITS =
            "https://learn.microsoft.com/azure/azure-resource-manager/management/azure-subscription-service-limits";
    static final String ER_GATEWAY =
            "https://learn.microsoft.com/azure/expressroute/expressroute-about-virtual-network-gateways";
    static final String COEXIST =
            "https://learn.microsoft.com/azure/expressroute/expressroute-howto-coexist-resource-manager";
    static final String VPN_SKUS = "https://learn.microsoft.com/azure/vpn-gateway/about-gateway-skus";
    static final String VPN_BGP = "https://learn.microsoft.com/azure/vpn-gateway/vpn-gateway-bgp-overview";
    static final String VPN_SETTINGS =
            "https://learn.microsoft.com/azure/vpn-gateway/vpn-gateway-about-vpn-gateway-settings";
    static final String BASTION = "https://learn.microsoft.com/azure/bastion/configuration-settings";
    static final String FIREWALL = "https://learn.microsoft.com/azure/firewall/firewall-faq";
    static final String ROUTE_SERVER = "https://learn.microsoft.com/azure/route-server/overview";
    static final String FIREWALL_FORCED_TUNNELING = "https://learn.microsoft.com/azure/firewall/forced-tunneling";
    static final String ROUTE_SERVER_VPN =
            "https://learn.microsoft.com/azure/route-server/expressroute-vpn-support";
    static final String VPN_BGP_HOWTO = "https://learn.microsoft.com/azure/vpn-gateway/bgp-howto";
    static final String VNET_TO_VNET =
            "https://learn.microsoft.com/azure/vpn-gateway/vpn-gateway-howto-vnet-vnet-resource-manager-portal";
    static final String NVA_HA =
            "https://learn.microsoft.com/azure/architecture/networking/guide/network-virtual-appliance-high-availability";
    static final String UDR = "https://learn.microsoft.com/azure/virtual-network/virtual-networks-udr-overview";
    /** Rules about the file format itself point at its documentation in this project. */
    static final String FORMAT = "docs/format.md";

    private Sources() {
    }
}
