package dev.hybridnet.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.catalog.Catalog;
import dev.hybridnet.geometry.Obstacles;
import dev.hybridnet.geometry.OrthogonalRouter;
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
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ConnectionRoutesTest {

    static Diagram moved(Diagram d, String id, double dx, double dy) {
        return d.withContent(d.elements().stream().map(e -> e.id().equals(id)
                ? e.withBounds(e.bounds().movedBy(dx, dy)) : e).toList(), d.connections());
    }

    static Rect bounds(Diagram d, String id) {
        return d.element(id).orElseThrow().bounds();
    }

    static boolean onBorder(Rect r, Point p) {
        return r.contains(p) && (p.x() == r.x() || p.x() == r.maxX() || p.y() == r.y() || p.y() == r.maxY());
    }

    @ParameterizedTest
    @EnumSource(Sample.class)
    void everyConnectionOfEverySampleRunsHorizontallyAndVerticallyFromBorderToBorder(Sample sample) {
        Diagram d = Samples.load(sample);
        ConnectionRoutes routes = ConnectionRoutes.of(d);
        for (Connection c : d.connections()) {
            List<Point> route = routes.route(c);
            assertTrue(OrthogonalRouter.orthogonal(route), c.id() + ": " + route);
            assertTrue(onBorder(bounds(d, c.from()), route.get(0)), c.id() + ": " + route);
            assertTrue(onBorder(bounds(d, c.to()), route.get(route.size() - 1)), c.id() + ": " + route);
        }
    }

    @ParameterizedTest
    @EnumSource(Sample.class)
    void noRouteOfASampleCrossesAnIconAnIconsNameOrANetworkAroundNeitherEnd(Sample sample) {
        Diagram d = Samples.load(sample);
        ConnectionRoutes routes = ConnectionRoutes.of(d);
        for (Connection c : d.connections()) {
            Set<String> allowed = new HashSet<>(Set.of(c.from(), c.to()));
            d.ancestorsOf(c.from()).forEach(e -> allowed.add(e.id()));
            d.ancestorsOf(c.to()).forEach(e -> allowed.add(e.id()));
            d.descendantsOf(c.from()).forEach(e -> allowed.add(e.id()));
            d.descendantsOf(c.to()).forEach(e -> allowed.add(e.id()));
            List<Point> route = routes.route(c);
            for (Element e : d.elements()) {
                if (allowed.contains(e.id())) {
                    continue;
                }
                List<Rect> boxes = Catalog.of(e.kind()).container() ? List.of(e.bounds())
                        : List.of(e.bounds(), nameStrip(e));
                for (int i = 1; i < route.size(); i++) {
                    for (Rect box : boxes) {
                        assertFalse(Obstacles.crosses(box, route.get(i - 1), route.get(i)), c.id() + " crosses "
                                + e.id());
                    }
                }
            }
        }
    }

    /** Where an icon's name is drawn: centred, from the icon's bottom down to below the baseline. */
    static Rect nameStrip(Element icon) {
        double w = Labels.iconNameWidth(icon);
        return new Rect(icon.bounds().center().x() - w / 2, icon.bounds().maxY(), w, 18);
    }

    @Test
    void movingAnElementSidewaysMovesTheEndsOfItsConnectionsWithIt() {
        Diagram vpn = Samples.load(Sample.VPN);
        Diagram after = moved(vpn, "lng-onprem", -40, 0);
        Connection s2s = vpn.connection("s2s-onprem").orElseThrow();
        Connection represents = vpn.connection("lng-appliance").orElseThrow();
        List<Point> s2sBefore = ConnectionRoutes.of(vpn).route(s2s);
        List<Point> s2sAfter = ConnectionRoutes.of(after).route(s2s);
        assertEquals(s2sBefore.get(0), s2sAfter.get(0));
        assertEquals(s2sBefore.get(1).plus(-40, 0), s2sAfter.get(1));
        assertEquals(ConnectionRoutes.of(vpn).route(represents).get(0).plus(-40, 0),
                ConnectionRoutes.of(after).route(represents).get(0));
    }

    @Test
    void movingAnElementDownBendsItsConnectionsToItsNewPlaceAndTheDrawingFollows() {
        Diagram vpn = Samples.load(Sample.VPN);
        Diagram after = moved(vpn, "lng-onprem", 0, 160);
        Rect lng = bounds(after, "lng-onprem");
        Connection s2s = after.connection("s2s-onprem").orElseThrow();
        List<Point> route = ConnectionRoutes.of(after).route(s2s);
        assertTrue(route.size() > 2, route.toString());
        assertTrue(OrthogonalRouter.orthogonal(route), route.toString());
        assertTrue(onBorder(lng, route.get(route.size() - 1)), route.toString());
        assertFalse(onBorder(bounds(vpn, "lng-onprem"), route.get(route.size() - 1)), route.toString());
        Shape.Group drawn = group(new DiagramRenderer().render(after, Decorations.none()), "s2s-onprem");
        List<Point> shaft = ((Shape.Polyline) drawn.children().get(0)).points();
        assertEquals(route.subList(1, route.size() - 1), shaft.subList(1, shaft.size() - 1));
        assertEquals(route.get(route.size() - 1), ((Shape.Polygon) drawn.children().get(1)).points().get(0),
                "the tip of the head at the end");
        assertEquals(route.get(0), ((Shape.Polygon) drawn.children().get(2)).points().get(0));
    }

    @Test
    void twoLinksIntoOneSideOfTheCircuitArriveAtDifferentPointsInTheOrderOfTheirOtherEnds() {
        Diagram er = Samples.load(Sample.EXPRESSROUTE);
        ConnectionRoutes routes = ConnectionRoutes.of(er);
        Rect circuit = bounds(er, "er-circuit");
        Point primary = last(routes.route(er.connection("peering-primary").orElseThrow()));
        Point secondary = last(routes.route(er.connection("peering-secondary").orElseThrow()));
        assertEquals(circuit.x(), primary.x());
        assertEquals(circuit.x(), secondary.x());
        assertTrue(primary.y() < secondary.y(), primary + " " + secondary);
    }

    @Test
    void peeringIsAGreenBarBetweenTheNearestSidesOfTheTwoVirtualNetworks() {
        Diagram hubSpoke = Samples.load(Sample.HUB_SPOKE);
        Drawing drawing = new DiagramRenderer().render(hubSpoke, Decorations.none());
        Shape.Polyline bar = line(drawing, "peering-hub-spoke1");
        assertEquals(2, bar.points().size());
        assertEquals(bounds(hubSpoke, "vnet-hub").maxX(), bar.points().get(0).x());
        assertEquals(bounds(hubSpoke, "vnet-spoke1").x(), bar.points().get(1).x());
        assertEquals(bar.points().get(0).y(), bar.points().get(1).y());
        assertEquals(Optional.of(Palette.PEERING), bar.style().stroke());
        assertEquals(List.of(bar), group(drawing, "peering-hub-spoke1").children(), "no heads, no label");
    }

    @Test
    void peeringBetweenOffsetNetworksBendsAtRightAngles() {
        Diagram d = Diagram.empty("offset").withContent(List.of(vnet("a", 0, 0), vnet("b", 600, 400)),
                List.of(new Connection("p", ConnectionKind.VNET_PEERING, "a", "b", Props.empty())));
        List<Point> route = ConnectionRoutes.of(d).route(d.connection("p").orElseThrow());
        assertEquals(List.of(new Point(300, 100), new Point(450, 100), new Point(450, 500), new Point(600, 500)),
                route);
    }

    @Test
    void aConnectionThatIsNotInTheDiagramHasNoRoute() {
        Diagram vpn = Samples.load(Sample.VPN);
        Connection stranger = new Connection("nope", ConnectionKind.VNET_PEERING, "a", "b", Props.empty());
        assertThrows(IllegalArgumentException.class, () -> ConnectionRoutes.of(vpn).route(stranger));
        assertThrows(IllegalArgumentException.class, () -> ConnectionRoutes.of(Diagram.empty("")).route(stranger));
    }

    @Test
    void theSelectionOutlineOfAConnectionFollowsItsRoute() {
        Diagram er = Samples.load(Sample.EXPRESSROUTE);
        Drawing drawing = new DiagramRenderer().render(er, new Decorations(Set.of("peering-primary"),
                Optional.empty(), List.of(), List.of(), GestureMarks.none()));
        Shape.Polyline outline = (Shape.Polyline) drawing.shapes().stream().map(Shape.Group.class::cast)
                .filter(g -> g.id().equals("selection-peering-primary")).findFirst().orElseThrow().children().get(0);
        assertEquals(ConnectionRoutes.of(er).route(er.connection("peering-primary").orElseThrow()),
                outline.points());
        assertNotEquals(2, outline.points().size());
    }

    static Element vnet(String id, double x, double y) {
        return new Element(id, ElementKind.VIRTUAL_NETWORK, id, Optional.empty(), new Rect(x, y, 300, 200),
                Props.empty());
    }

    static Point last(List<Point> route) {
        return route.get(route.size() - 1);
    }

    static Shape.Polyline line(Drawing drawing, String connection) {
        return (Shape.Polyline) group(drawing, connection).children().get(0);
    }

    static Shape.Group group(Drawing drawing, String connection) {
        return drawing.shapes().stream().map(Shape.Group.class::cast)
                .filter(g -> g.id().equals(connection) && g.role().equals("connection")).findFirst().orElseThrow();
    }
}
