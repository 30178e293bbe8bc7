package dev.hybridnet.validation;

import static dev.hybridnet.validation.Check.assertClean;
import static dev.hybridnet.validation.Check.assertFinds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.model.ConnectionKind;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.ElementKind;
import dev.hybridnet.model.Props;
import dev.hybridnet.samples.Sample;
import dev.hybridnet.samples.Samples;
import org.junit.jupiter.api.Test;

class VpnAndBgpRulesTest {

    private static final Diagram VPN = Samples.load(Sample.VPN);
    private static final Diagram HUB = Samples.load(Sample.HUB_SPOKE);
    private static final Diagram BGP = Edit.prop(Edit.prop(VPN, "s2s-onprem", "enableBgp", true), "appliance",
            "bgpAsn", 65010);

    @Test
    void aLocalNetworkGatewayWithoutGatewayIpOrWithAnotherIpIsAnError() {
        assertFinds(Edit.removeProp(VPN, "lng-onprem", "gatewayIp"), "lng-gateway-ip", "lng-onprem");
        Finding f = assertFinds(Edit.prop(VPN, "lng-onprem", "gatewayIp", "203.0.113.99"), "lng-gateway-ip",
                "lng-onprem", "appliance");
        assertEquals("Set the gateway IP to 203.0.113.10.", f.fix().orElseThrow());
        assertClean(VPN, "lng-gateway-ip");
    }

    @Test
    void localNetworkGatewayPrefixesOverlappingTheVnetAreAnErrorAndForeignOnesAWarning() {
        assertFinds(Edit.texts(VPN, "lng-onprem", "addressPrefixes", "10.20.0.0/24"), "lng-address-prefixes",
                Severity.ERROR, "lng-onprem", "vnet-app");
        assertFinds(Edit.texts(VPN, "lng-onprem", "addressPrefixes", "172.16.0.0/16"), "lng-address-prefixes",
                Severity.WARNING, "lng-onprem", "onprem");
        assertFinds(Edit.texts(VPN, "lng-onprem", "addressPrefixes"), "lng-address-prefixes", "lng-onprem");
        assertClean(VPN, "lng-address-prefixes");
    }

    @Test
    void theBgpPeerHostRouteIsAllowedOnTheLocalNetworkGateway() {
        Diagram d = Edit.prop(Edit.texts(BGP, "lng-onprem", "addressPrefixes", "172.16.255.1/32"), "lng-onprem",
                "bgpPeeringAddress", "172.16.255.1");
        assertClean(d, "lng-address-prefixes");
    }

    @Test
    void anApplianceNeedsAPublicAddressAndNoNat() {
        assertFinds(Edit.prop(VPN, "appliance", "publicIp", "10.1.2.3"), "vpn-appliance-public-ip", "appliance");
        assertFinds(Edit.prop(VPN, "appliance", "publicIp", "100.64.0.1"), "vpn-appliance-public-ip", "appliance");
        assertFinds(Edit.removeProp(VPN, "appliance", "publicIp"), "vpn-appliance-public-ip", "appliance");
        Finding nat = assertFinds(Edit.prop(VPN, "appliance", "behindNat", true), "vpn-appliance-public-ip",
                "appliance");
        assertTrue(nat.message().contains("behind NAT"), nat.message());
        assertClean(VPN, "vpn-appliance-public-ip");
    }

    @Test
    void policyBasedGatewaysServeOneSiteAndNoRras() {
        Diagram policy = Edit.prop(Edit.prop(VPN, "vpngw", "vpnType", "PolicyBased"), "vpngw", "sku", "Basic");
        assertClean(policy, "vpn-route-based-multisite");
        assertFinds(Edit.prop(policy, "appliance", "device", "RRAS"), "vpn-route-based-multisite", "vpngw",
                "appliance");
        Diagram twoSites = Edit.connect(policy, "second", ConnectionKind.SITE_TO_SITE_VPN, "vpngw", "appliance");
        assertFinds(twoSites, "vpn-route-based-multisite", "vpngw");
        assertClean(Edit.prop(twoSites, "vpngw", "vpnType", "RouteBased"), "vpn-route-based-multisite");
    }

    @Test
    void vmsReachedOverVpnNeedABastionHereOrInAPeeredHub() {
        assertFinds(Edit.remove(VPN, "bastionsubnet"), "vpn-management-bastion", Severity.WARNING, "vnet-app");
        assertClean(VPN, "vpn-management-bastion");
        assertClean(HUB, "vpn-management-bastion");
        assertFinds(Edit.remove(HUB, "hub-bastionsubnet"), "vpn-management-bastion", "vnet-spoke1");
        assertClean(Edit.remove(VPN, "bastionsubnet", "s2s-onprem"), "vpn-management-bastion");
    }

    @Test
    void aGatewaySubnetBelowTheTopOfTheRangeIsANote() {
        assertFinds(Edit.prop(VPN, "gwsubnet", "addressPrefix", "10.20.0.0/27"), "gateway-subnet-position",
                Severity.INFO, "gwsubnet");
        assertClean(VPN, "gateway-subnet-position");
    }

    @Test
    void bgpNeedsARouteBasedNonBasicGateway() {
        assertFinds(Edit.prop(BGP, "vpngw", "sku", "Basic"), "bgp-gateway-sku", "s2s-onprem", "vpngw");
        assertClean(BGP, "bgp-gateway-sku");
    }

    @Test
    void reservedAsnsAreRefusedOnPremisesAndOnPeerings() {
        Finding f = assertFinds(Edit.prop(BGP, "appliance", "bgpAsn", 65515), "bgp-asn-reserved", "appliance");
        assertTrue(f.message().contains("reserved by Azure"), f.message());
        assertFinds(Edit.prop(BGP, "appliance", "bgpAsn", 64500), "bgp-asn-reserved", "appliance");
        assertFinds(Edit.prop(Samples.load(Sample.EXPRESSROUTE), "peering-primary", "peerAsn", 12076),
                "bgp-asn-reserved", "peering-primary");
        assertClean(Edit.prop(BGP, "vpngw", "bgpAsn", 65515), "bgp-asn-reserved");
        assertClean(BGP, "bgp-asn-reserved");
    }

    @Test
    void bgpNeedsDifferentAsnsOnEachSide() {
        Diagram same = Edit.prop(Edit.prop(BGP, "appliance", "bgpAsn", 65001), "vpngw", "bgpAsn", 65001);
        assertFinds(same, "bgp-asn-distinct", "s2s-onprem", "lng-onprem", "vpngw");
        assertFinds(Edit.removeProp(BGP, "appliance", "bgpAsn"), "bgp-asn-distinct", "s2s-onprem", "lng-onprem");
        assertClean(BGP, "bgp-asn-distinct");
    }

    @Test
    void dedicatedServiceSubnetsHaveTheirNameSizeAndNothingElse() {
        Diagram hub = HUB;
        assertFinds(Edit.rename(hub, "hub-fwsubnet", "snet-firewall"), "firewall-subnet", "fw-hub", "hub-fwsubnet");
        assertFinds(Edit.prop(hub, "hub-fwsubnet", "addressPrefix", "10.0.0.128/27"), "firewall-subnet",
                "hub-fwsubnet");
        assertFinds(Edit.prop(hub, "hub-fwsubnet", "nsg", true), "firewall-subnet", "hub-fwsubnet");
        assertFinds(Edit.reparent(hub, "jumpbox", "hub-fwsubnet"), "firewall-subnet", "jumpbox", "hub-fwsubnet");
        assertClean(hub, "firewall-subnet");
        assertFinds(Edit.prop(hub, "hub-bastionsubnet", "addressPrefix", "10.0.1.0/27"), "bastion-subnet",
                "hub-bastionsubnet");
        assertFinds(Edit.reparent(hub, "jumpbox", "hub-bastionsubnet"), "bastion-subnet", "jumpbox");
        assertClean(hub, "bastion-subnet");
        Diagram routeServer = Edit.add(hub, "rs", ElementKind.ROUTE_SERVER, "snet-shared", Props.empty());
        assertFinds(routeServer, "route-server-subnet", "rs", "snet-shared");
        assertClean(hub, "route-server-subnet");
    }
}
