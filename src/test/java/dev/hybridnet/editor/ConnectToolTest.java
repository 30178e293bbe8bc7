package dev.hybridnet.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.model.Connection;
import dev.hybridnet.model.ConnectionKind;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.samples.Sample;
import dev.hybridnet.samples.Samples;
import dev.hybridnet.validation.ConnectionOption;
import dev.hybridnet.validation.ConnectionPolicy;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConnectToolTest {

    private final Diagram vpn = Samples.load(Sample.VPN);
    private final Editor editor = new Editor(vpn);
    private final Pointer pointer = new Pointer(editor);

    @Test
    void connectingTheVpnGatewayToTheApplianceAddsASiteToSiteVpn() {
        editor.open(vpn);
        editor.useConnect();
        pointer.dragWithoutRelease(884, 314, 274, 314);
        assertEquals(Optional.of("Connect vpngw to VPN appliance"), editor.hint());
        assertTrue(SelectToolTest.drawn(editor, "connect-preview"));
        assertTrue(SelectToolTest.drawn(editor, "target-appliance"));
        pointer.release(274, 314);
        Connection added = editor.diagram().connection("site-to-site-vpn-1").orElseThrow();
        assertEquals(ConnectionKind.SITE_TO_SITE_VPN, added.kind());
        assertEquals("vpngw", added.from());
        assertEquals("appliance", added.to());
        assertEquals(Optional.of("Undo Connect vpngw to VPN appliance"), editor.edit().undoLabel());
        assertEquals(ToolKind.CONNECT, editor.tool().kind(), "the tool stays for the next connection");
    }

    @Test
    void connectingAVmToTheOnPremisesNetworkIsRefusedWithThePolicysReason() {
        editor.useConnect();
        pointer.dragWithoutRelease(1274, 164, 200, 250);
        String reason = ConnectionPolicy.whyNot(vpn, "vm-web-1", "onprem").orElseThrow();
        assertEquals(Optional.of(reason), editor.hint());
        assertEquals(Cursor.NOT_ALLOWED, editor.cursor());
        pointer.release(200, 250);
        assertEquals(reason, editor.status());
        assertTrue(reason.contains("takes part in no connection"), reason);
        assertSame(vpn, editor.diagram());
    }

    @Test
    void connectingTwoConnectableElementsOfTheWrongKindsIsRefused() {
        editor.useConnect();
        pointer.drag(884, 314, 1274, 164);
        assertEquals(ConnectionPolicy.whyNot(vpn, "vpngw", "vm-web-1").orElseThrow(), editor.status());
        assertEquals(vpn.connections(), editor.diagram().connections());
    }

    @Test
    void pressingOnASubnetAndReleasingOnAVmOfAnotherVnetPeersTheTwoVnets() {
        Diagram hub = Samples.load(Sample.HUB_SPOKE);
        editor.open(hub);
        editor.useConnect();
        pointer.drag(1300, 250, 1350, 500);
        Connection peering = editor.diagram().connection("vnet-peering-1").orElseThrow();
        assertEquals(ConnectionKind.VNET_PEERING, peering.kind());
        assertEquals("vnet-spoke1", peering.from());
        assertEquals("vnet-spoke2", peering.to());
        assertTrue(peering.props().peering("from").toOptional().orElseThrow().allowVirtualNetworkAccess());
    }

    @Test
    void escapeCancelsTheLineAndASecondEscapeLeavesTheTool() {
        editor.useConnect();
        pointer.dragWithoutRelease(884, 314, 274, 314);
        pointer.key(KeyEvent.Key.ESCAPE);
        assertEquals(ToolKind.CONNECT, editor.tool().kind());
        assertFalse(SelectToolTest.drawn(editor, "connect-preview"));
        pointer.release(274, 314);
        assertSame(vpn, editor.diagram());
        pointer.key(KeyEvent.Key.ESCAPE);
        assertEquals(ToolKind.SELECT, editor.tool().kind());
    }

    @Test
    void onlyAnOfferedConnectionCanBeChosen() {
        assertTrue(editor.connectionChoices().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> editor.chooseConnection(
                new ConnectionOption(ConnectionKind.SITE_TO_SITE_VPN, "vpngw", "appliance")));
    }
}
