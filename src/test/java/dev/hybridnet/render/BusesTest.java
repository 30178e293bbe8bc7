package dev.hybridnet.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.geometry.OrthogonalRouter;
import dev.hybridnet.geometry.Point;
import dev.hybridnet.geometry.Rect;
import dev.hybridnet.model.Connection;
import dev.hybridnet.model.ConnectionKind;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import dev.hybridnet.model.ElementKind;
import dev.hybridnet.model.Props;
import dev.hybridnet.samples.HubSpokeGenerator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BusesTest {

    private static Element box(String id, ElementKind kind, double x, double y, double w, double h) {
        return new Element(id, kind, id, Optional.empty(), new Rect(x, y, w, h), Props.empty());
    }

    private static Connection peering(String id, String from, String to) {
        return new Connection(id, ConnectionKind.VNET_PEERING, from, to, Props.empty());
    }

    @Test
    void aGeneratedHubsPeeringsLeaveItAsOneTrunkAndBranchOffToEachSpoke() {
        Diagram d = HubSpokeGenerator.generate(50);
        Scene scene = new DiagramRenderer().scene(d);
        Rect hub = d.element("hub0").orElseThrow().bounds();
        List<Connection> peerings = d.connections().stream().filter(c -> c.kind() == ConnectionKind.VNET_PEERING)
                .toList();
        assertEquals(50, peerings.size());
        Set<List<Point>> distinct = new HashSet<>();
        int onTheTrunk = 0;
        Point start = scene.route(peerings.get(0)).get(0);
        for (Connection c : peerings) {
            List<Point> route = scene.route(c);
            Rect spoke = d.element(c.to()).orElseThrow().bounds();
            assertEquals(start, route.get(0), c.id() + " leaves the hub where the others do");
            assertEquals(hub.maxX(), start.x(), "by the hub's right side");
            assertTrue(ConnectionRoutesTest.onBorder(spoke, route.get(route.size() - 1)), c.id() + ": " + route);
            assertTrue(OrthogonalRouter.orthogonal(route), c.id() + ": " + route);
            distinct.add(route);
            onTheTrunk += route.size() > 2 && route.get(1).equals(scene.route(peerings.get(8)).get(1)) ? 1 : 0;
        }
        assertEquals(50, distinct.size(), "each peering has its own route, to hit-test and outline");
        assertTrue(onTheTrunk >= 40, "most routes turn where the trunk does: " + onTheTrunk);
        assertEquals(List.of(), RouteProperties.crossings(d));
    }

    @Test
    void whenFewOfAHubsPeeringsAreBlockedTheClearOnesKeepTheirSimpleRoutes() {
        // Three spokes face the hub; a wall blocks the way to the fourth.
        List<Element> elements = new ArrayList<>(List.of(box("hub", ElementKind.VIRTUAL_NETWORK, 0, 0, 200, 600),
                box("s1", ElementKind.VIRTUAL_NETWORK, 400, 0, 200, 150),
                box("s2", ElementKind.VIRTUAL_NETWORK, 400, 200, 200, 150),
                box("s3", ElementKind.VIRTUAL_NETWORK, 400, 400, 200, 150),
                box("s4", ElementKind.VIRTUAL_NETWORK, 900, 200, 200, 150)));
        List<Connection> connections = List.of(peering("p1", "hub", "s1"), peering("p2", "hub", "s2"),
                peering("p3", "hub", "s3"), peering("p4", "hub", "s4"));
        Diagram d = Diagram.empty("few blocked").withContent(elements, connections);
        ConnectionRoutes routes = ConnectionRoutes.of(d);
        for (String id : List.of("p1", "p3")) {
            List<Point> route = routes.route(d.connection(id).orElseThrow());
            assertEquals(2, route.size(), id + " runs straight: " + route);
        }
        assertTrue(routes.route(d.connection("p4").orElseThrow()).size() > 2, "p4 goes round s2");
        assertEquals(List.of(), RouteProperties.crossings(d));
    }

    @Test
    void searchedConnectionsBetweenTheSameEndsRunSideBySide() {
        Element a = box("a", ElementKind.VPN_GATEWAY, 0, 200, 48, 48);
        Element b = box("b", ElementKind.VPN_GATEWAY, 400, 200, 48, 48);
        Element wall = box("wall", ElementKind.VIRTUAL_NETWORK, 150, 100, 100, 300);
        List<Connection> connections = List.of(
                new Connection("ab", ConnectionKind.VNET_TO_VNET, "a", "b", Props.empty()),
                new Connection("ba", ConnectionKind.VNET_TO_VNET, "b", "a", Props.empty()));
        Diagram d = Diagram.empty("twins").withContent(List.of(a, b, wall), connections);
        ConnectionRoutes routes = ConnectionRoutes.of(d);
        List<Point> ab = routes.route(connections.get(0));
        List<Point> ba = new ArrayList<>(routes.route(connections.get(1)));
        java.util.Collections.reverse(ba);
        assertNotEquals(ab, ba);
        List<Point> moved = OrthogonalRouter.parallel(ab, Buses.PARALLEL);
        List<Point> back = OrthogonalRouter.parallel(ab, -Buses.PARALLEL);
        assertTrue(ba.equals(moved) || ba.equals(back), ab + " and " + ba + " are not 12 apart");
        assertEquals(List.of(), RouteProperties.crossings(d));
    }

    @Test
    void aRouteMovedSidewaysKeepsItsSegmentsParallelAndItsEndsOnTheirSides() {
        List<Point> z = List.of(new Point(0, 0), new Point(100, 0), new Point(100, 50), new Point(200, 50));
        assertEquals(List.of(new Point(0, -10), new Point(110, -10), new Point(110, 40), new Point(200, 40)),
                OrthogonalRouter.parallel(z, 10));
        assertEquals(List.of(new Point(0, 10), new Point(90, 10), new Point(90, 60), new Point(200, 60)),
                OrthogonalRouter.parallel(z, -10));
    }
}
