package dev.hybridnet.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.geometry.Point;
import dev.hybridnet.model.ConnectionKind;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import dev.hybridnet.model.ElementKind;
import dev.hybridnet.model.PropValue;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A local network gateway drawn to the appliance it represents takes what it must say about it. */
class ConnectingTest {

    private History history = new History(Diagram.empty("t"));

    private String place(Blueprint b, String parent, double x, double y) {
        Element e = b.create(history.current(), Optional.ofNullable(parent), new Point(x, y));
        assertTrue(history.execute(new AddElement(e)));
        return e.id();
    }

    @Test
    void representsFillsTheEmptyPrefixesAndGatewayIpOfTheLocalNetworkGatewayInOneUndoStep() {
        String site = place(Blueprint.of(ElementKind.ON_PREMISES_NETWORK), null, 150, 250);
        String appliance = place(Blueprint.of(ElementKind.VPN_APPLIANCE), site, 150, 250);
        history.execute(new SetProperty(appliance, "publicIp", PropValue.text("203.0.113.10")));
        String lng = place(Blueprint.of(ElementKind.LOCAL_NETWORK_GATEWAY), null, 400, 250);
        Diagram before = history.current();

        Command c = Connecting.of(before, ConnectionKind.REPRESENTS, lng, appliance);
        assertInstanceOf(Composite.class, c);
        assertTrue(history.execute(c));
        Element after = history.current().element(lng).orElseThrow();
        assertEquals(history.current().element(site).orElseThrow().props().get("addressSpaces"),
                after.props().get("addressPrefixes"));
        assertEquals(Optional.of(PropValue.text("203.0.113.10")), after.props().get("gatewayIp"));
        assertEquals(Optional.of("Undo Connect lng-1 to VPN appliance"), history.undoLabel());
        history.undo();
        assertEquals(before, history.current());
    }

    @Test
    void valuesTheUserGaveAreKept() {
        String site = place(Blueprint.of(ElementKind.ON_PREMISES_NETWORK), null, 150, 250);
        String appliance = place(Blueprint.of(ElementKind.VPN_APPLIANCE), site, 150, 250);
        String lng = place(Blueprint.of(ElementKind.LOCAL_NETWORK_GATEWAY), null, 400, 250);
        PropValue own = new PropValue.ListValue(List.of(PropValue.text("172.16.0.0/12")));
        history.execute(new SetProperty(lng, "addressPrefixes", own));
        assertInstanceOf(AddConnection.class, Connecting.of(history.current(), ConnectionKind.REPRESENTS, lng,
                appliance), "nothing to fill: the appliance has no public IP and the prefixes are the user's");
        assertInstanceOf(AddConnection.class, Connecting.of(history.current(), ConnectionKind.SITE_TO_SITE_VPN, lng,
                appliance));
    }
}
