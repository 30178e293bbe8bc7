package dev.hybridnet.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hybridnet.geometry.Point;
import dev.hybridnet.geometry.Rect;
import dev.hybridnet.model.Connection;
import dev.hybridnet.model.ConnectionKind;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import dev.hybridnet.model.ElementKind;
import dev.hybridnet.model.Props;
import dev.hybridnet.samples.Sample;
import dev.hybridnet.samples.Samples;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LabelPlacesTest {

    private static Element element(String id, ElementKind kind, Optional<String> parent, Rect bounds) {
        return new Element(id, kind, id, parent, bounds, Props.empty());
    }

    private static Shape.Text label(Diagram d, String connection) {
        ConnectionRoutes routes = ConnectionRoutes.of(d);
        return LabelPlaces.of(d, routes).label(d.connection(connection).orElseThrow()).orElseThrow();
    }

    private static Diagram vpn(List<Element> more, Rect gateway, Optional<String> parent) {
        List<Element> elements = new java.util.ArrayList<>(more);
        elements.add(element("lng", ElementKind.LOCAL_NETWORK_GATEWAY, Optional.empty(), new Rect(0, 100, 48, 48)));
        elements.add(element("gw", ElementKind.VPN_GATEWAY, parent, gateway));
        return Diagram.empty("vpn").withContent(elements, List.of(new Connection("s2s",
                ConnectionKind.SITE_TO_SITE_VPN, "gw", "lng", Props.empty())));
    }

    @Test
    void aLabelWithRoomAboveTheMiddleOfItsLineSitsThere() {
        Diagram d = vpn(List.of(), new Rect(400, 100, 48, 48), Optional.empty());
        Shape.Text label = label(d, "s2s");
        assertEquals(new Point(224, 124 - ConnectionPainter.LABEL_GAP), label.at());
        assertEquals(Shape.Anchor.MIDDLE, label.anchor());
    }

    @Test
    void aLabelWhoseFirstPlaceCoversABoxTakesTheNextClearPlaceBelowTheLine() {
        Element above = element("above", ElementKind.VIRTUAL_NETWORK, Optional.empty(), new Rect(150, 0, 150, 110));
        Diagram d = vpn(List.of(above), new Rect(400, 100, 48, 48), Optional.empty());
        assertEquals(new Point(224, 124 + LabelPlaces.BELOW), label(d, "s2s").at());
        assertEquals(List.of(), RouteProperties.labelOverlaps(d));
    }

    @Test
    void aLabelMayLieInsideTheNetworkAroundItsEndButNotOnItsHeading() {
        // The line runs just under the network's heading; the label would sit on it, so it goes under the line.
        Element vnet = element("vnet", ElementKind.VIRTUAL_NETWORK, Optional.empty(), new Rect(200, 90, 400, 200));
        Diagram d = vpn(List.of(vnet), new Rect(500, 100, 48, 48), Optional.of("vnet"));
        Rect heading = LabelPlaces.heading(vnet);
        Shape.Text first = LabelPlaces.places(ConnectionRoutes.of(d).route(d.connection("s2s").orElseThrow()),
                "VPN Connection").get(0);
        assertEquals(true, LabelPlaces.box(first).intersects(heading), "the first place is on the heading");
        Shape.Text label = label(d, "s2s");
        assertEquals(new Point(274, 124 + LabelPlaces.BELOW), label.at());
        assertEquals(List.of(), RouteProperties.labelOverlaps(d));
    }

    @Test
    void theSamplesLabelsSitWhereTheyAlwaysDid() {
        for (Sample sample : Sample.values()) {
            Diagram d = Samples.load(sample);
            ConnectionRoutes routes = ConnectionRoutes.of(d);
            LabelPlaces labels = LabelPlaces.of(d, routes);
            for (Connection c : d.connections()) {
                String text = ConnectionPainter.text(c);
                assertEquals(text.isEmpty() ? Optional.empty() : Optional.of(ConnectionPainter.label(routes.route(c),
                        text)), labels.label(c), sample + " " + c.id());
            }
        }
    }
}
