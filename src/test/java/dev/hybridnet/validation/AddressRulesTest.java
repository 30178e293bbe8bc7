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
import java.util.List;
import org.junit.jupiter.api.Test;

class AddressRulesTest {

    private static final Diagram VPN = Samples.load(Sample.VPN);
    private static final Diagram HUB = Samples.load(Sample.HUB_SPOKE);

    @Test
    void aVnetInAReservedRangeIsAnError() {
        Diagram d = Edit.texts(VPN, "vnet-app", "addressSpaces", "10.20.0.0/16", "169.254.0.0/24");
        Finding f = assertFinds(d, "reserved-address-range", "vnet-app");
        assertTrue(f.message().contains("169.254.0.0/24"), f.message());
        assertClean(VPN, "reserved-address-range");
    }

    @Test
    void onPremisesOverlappingTheVnetItConnectsToIsAnError() {
        Diagram d = Edit.texts(VPN, "onprem", "addressSpaces", "10.20.128.0/17");
        Finding f = assertFinds(d, "address-overlap", "onprem", "vnet-app");
        assertTrue(f.message().contains("overlap, but they are connected"), f.message());
        assertClean(VPN, "address-overlap");
    }

    @Test
    void overlapsReachThroughGatewayTransitToSpokes() {
        Diagram d = Edit.texts(HUB, "onprem", "addressSpaces", "10.2.0.0/24");
        assertFinds(d, "address-overlap", "onprem", "vnet-spoke2");
        assertClean(HUB, "address-overlap");
    }

    @Test
    void networksThatAreNotConnectedMayOverlap() {
        Diagram d = Edit.remove(VPN, "s2s-onprem");
        assertClean(Edit.texts(d, "onprem", "addressSpaces", "10.20.0.0/16"), "address-overlap");
    }

    @Test
    void aVnetWhoseOwnSpacesOverlapIsAnError() {
        Diagram d = Edit.texts(VPN, "vnet-app", "addressSpaces", "10.20.0.0/16", "10.20.5.0/24");
        assertFinds(d, "address-overlap", "vnet-app");
    }

    @Test
    void peeredVnetsThatOverlapAreAnErrorOfThePeeringRule() {
        Diagram d = Edit.texts(HUB, "vnet-spoke1", "addressSpaces", "10.0.0.0/15");
        Finding f = assertFinds(d, "peering-address-overlap", "peering-hub-spoke1", "vnet-hub", "vnet-spoke1");
        assertTrue(f.message().contains("are peered by peering-hub-spoke1"), f.message());
        assertTrue(Check.findings(d, "address-overlap").stream().noneMatch(x -> x.elements().containsAll(
                List.of("vnet-hub", "vnet-spoke1"))), "not reported twice");
        assertClean(HUB, "peering-address-overlap");
    }

    @Test
    void aSubnetOutsideItsVnetIsAnError() {
        Finding f = assertFinds(Edit.prop(VPN, "snet-web", "addressPrefix", "10.21.1.0/24"), "subnet-within-vnet",
                "snet-web", "vnet-app");
        assertEquals("Subnet snet-web (10.21.1.0/24) is outside the address space of vnet-app (10.20.0.0/16)",
                f.message());
        assertClean(VPN, "subnet-within-vnet");
    }

    @Test
    void overlappingSubnetsAreAnError() {
        assertFinds(Edit.prop(VPN, "snet-data", "addressPrefix", "10.20.0.0/22"), "subnet-overlap", "snet-data",
                "snet-web");
        assertClean(VPN, "subnet-overlap");
    }

    @Test
    void subnetsOutsideSlash8ToSlash29AreAnError() {
        assertFinds(Edit.prop(VPN, "snet-web", "addressPrefix", "10.20.1.0/30"), "subnet-size", "snet-web");
        assertFinds(Edit.prop(VPN, "snet-web", "addressPrefix", "10.0.0.0/7"), "subnet-size", "snet-web");
        assertClean(Edit.prop(VPN, "snet-web", "addressPrefix", "10.20.1.0/29"), "subnet-size");
    }

    @Test
    void aSubnetWithMoreResourcesThanAddressesIsAnError() {
        Diagram d = Edit.prop(VPN, "snet-web", "addressPrefix", "10.20.1.0/29");
        assertClean(d, "subnet-capacity");
        d = Edit.add(d, "vm-web-3", ElementKind.VIRTUAL_MACHINE, "snet-web", Props.empty());
        Finding f = assertFinds(d, "subnet-capacity", "snet-web");
        assertTrue(f.message().contains("holds 4 resources but has room for 3"), f.message());
    }

    @Test
    void privateIpsAreUsableAddressesOfTheSubnetUsedOnce() {
        assertFinds(Edit.prop(VPN, "vm-web-1", "privateIp", "10.20.2.9"), "private-ip", "vm-web-1", "snet-web");
        Finding reserved = assertFinds(Edit.prop(VPN, "vm-web-1", "privateIp", "10.20.1.3"), "private-ip",
                "vm-web-1");
        assertTrue(reserved.message().contains("reserves"), reserved.message());
        assertFinds(Edit.prop(VPN, "vm-web-1", "privateIp", "10.20.1.255"), "private-ip", "vm-web-1");
        assertFinds(Edit.prop(VPN, "vm-web-2", "privateIp", "10.20.1.5"), "private-ip", "vm-web-1", "vm-web-2");
        assertClean(VPN, "private-ip");
    }

    @Test
    void theOverlapSweepFindsEveryOverlappingRangeOnce() {
        List<AddressRange<String>> ranges = List.of(
                AddressRange.of(new inet.ipaddr.IPAddressString("10.0.0.0/8").getAddress(), "a"),
                AddressRange.of(new inet.ipaddr.IPAddressString("10.1.0.0/16").getAddress(), "b"),
                AddressRange.of(new inet.ipaddr.IPAddressString("10.2.0.0/16").getAddress(), "c"),
                AddressRange.of(new inet.ipaddr.IPAddressString("11.0.0.0/8").getAddress(), "d"),
                AddressRange.of(new inet.ipaddr.IPAddressString("fd00::/8").getAddress(), "e"));
        List<String> pairs = AddressRange.overlaps(ranges).stream()
                .map(o -> o.first().owner() + o.second().owner()).toList();
        assertEquals(List.of("ab", "ac"), pairs);
    }

    @Test
    void aSpokeConnectedOnlyThroughThePeeringOfAnotherSpokeIsStillConnected() {
        Diagram d = Edit.connect(HUB, "p3", ConnectionKind.VNET_PEERING, "vnet-spoke1", "vnet-spoke2", Props.empty());
        assertClean(d, "address-overlap");
    }
}
