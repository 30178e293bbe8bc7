package dev.hybridnet.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.geometry.Rect;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DiagramTest {

    static Element element(String id, ElementKind kind, String parent) {
        return new Element(id, kind, id, Optional.ofNullable(parent), new Rect(0, 0, 10, 10), Props.empty());
    }

    private static final Diagram VPN = new Diagram("t", Optional.of(Reference.VPN),
            List.of(element("onprem", ElementKind.ON_PREMISES_NETWORK, null),
                    element("appliance", ElementKind.VPN_APPLIANCE, "onprem"),
                    element("vnet", ElementKind.VIRTUAL_NETWORK, null),
                    element("gw-subnet", ElementKind.SUBNET, "vnet"),
                    element("vpngw", ElementKind.VPN_GATEWAY, "gw-subnet"),
                    element("app", ElementKind.SUBNET, "vnet"),
                    element("vm", ElementKind.VIRTUAL_MACHINE, "app")),
            List.of(new Connection("s2s", ConnectionKind.SITE_TO_SITE_VPN, "vpngw", "appliance", Props.empty())));

    @Test
    void childrenAreListedInDocumentOrder() {
        assertEquals(List.of("gw-subnet", "app"), VPN.childrenOf("vnet").stream().map(Element::id).toList());
        assertEquals(List.of(), VPN.childrenOf("vm"));
    }

    @Test
    void ancestorsRunFromTheNearestContainerToTheRoot() {
        assertEquals(List.of("gw-subnet", "vnet"), VPN.ancestorsOf("vpngw").stream().map(Element::id).toList());
        assertEquals(List.of(), VPN.ancestorsOf("vnet"));
    }

    @Test
    void descendantsListParentsBeforeChildren() {
        assertEquals(List.of("gw-subnet", "vpngw", "app", "vm"),
                VPN.descendantsOf("vnet").stream().map(Element::id).toList());
    }

    @Test
    void theVirtualNetworkAndSubnetOfAnElementAreFound() {
        assertEquals("vnet", VPN.virtualNetworkOf("vm").orElseThrow().id());
        assertEquals("vnet", VPN.virtualNetworkOf("vnet").orElseThrow().id());
        assertEquals("app", VPN.subnetOf("vm").orElseThrow().id());
        assertTrue(VPN.subnetOf("appliance").isEmpty());
        assertTrue(VPN.virtualNetworkOf("onprem").isEmpty());
    }

    @Test
    void connectionsOfAnElementIncludeBothEnds() {
        assertEquals(List.of("s2s"), VPN.connectionsOf("appliance").stream().map(Connection::id).toList());
        assertEquals(List.of("s2s"), VPN.connectionsOf("vpngw").stream().map(Connection::id).toList());
        assertEquals(List.of(), VPN.connectionsOf("vm"));
        assertEquals("appliance", VPN.connection("s2s").orElseThrow().otherEnd("vpngw"));
    }

    @Test
    void duplicateIdsAreRefusedAcrossElementsAndConnections() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Diagram("t",
                Optional.empty(), List.of(element("a", ElementKind.SERVER, null)),
                List.of(new Connection("a", ConnectionKind.VNET_PEERING, "a", "a", Props.empty()))));
        assertTrue(e.getMessage().contains("duplicate id 'a'"), e.getMessage());
    }

    @Test
    void missingParentsAndEndpointsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Diagram("t", Optional.empty(),
                List.of(element("a", ElementKind.SUBNET, "nowhere")), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new Diagram("t", Optional.empty(),
                List.of(element("a", ElementKind.VIRTUAL_NETWORK, null)),
                List.of(new Connection("p", ConnectionKind.VNET_PEERING, "a", "b", Props.empty()))));
    }

    @Test
    void containmentCyclesAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Diagram("t",
                Optional.empty(), List.of(element("a", ElementKind.SUBNET, "b"),
                        element("b", ElementKind.SUBNET, "c"), element("c", ElementKind.SUBNET, "a")), List.of()));
        assertTrue(e.getMessage().contains("containment cycle"), e.getMessage());
    }

    @Test
    void equalityIsByValue() {
        Diagram copy = new Diagram("t", Optional.of(Reference.VPN), VPN.elements(), VPN.connections());
        assertEquals(VPN, copy);
        assertEquals(VPN.hashCode(), copy.hashCode());
        assertTrue(!VPN.equals(VPN.withTitle("other")));
    }

    @Test
    void elementIdsMustFollowTheIdSyntax() {
        assertThrows(IllegalArgumentException.class, () -> element("has space", ElementKind.SERVER, null));
        assertThrows(IllegalArgumentException.class, () -> element("x".repeat(65), ElementKind.SERVER, null));
        assertEquals("x".repeat(64), element("x".repeat(64), ElementKind.SERVER, null).id());
    }
}
