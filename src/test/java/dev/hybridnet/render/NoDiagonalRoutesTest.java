package dev.hybridnet.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.geometry.OrthogonalRouter;
import dev.hybridnet.geometry.Point;
import dev.hybridnet.geometry.Rect;
import dev.hybridnet.geometry.Segments;
import dev.hybridnet.model.Connection;
import dev.hybridnet.model.ConnectionKind;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import dev.hybridnet.model.ElementKind;
import dev.hybridnet.model.Props;
import dev.hybridnet.samples.Sample;
import dev.hybridnet.samples.Samples;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * No route is ever drawn with a slanted segment, whatever the placement: boxes that overlap or touch, ends walled
 * in, a network dropped across a connection. And the label stays beside its route.
 */
class NoDiagonalRoutesTest {

    @Test
    void everySegmentOfEveryRouteIsHorizontalOrVerticalOverRandomPlacements() {
        Random random = new Random(20);
        for (int round = 0; round < 300; round++) {
            List<Element> elements = new ArrayList<>();
            int gateways = 2 + random.nextInt(4);
            for (int i = 0; i < gateways; i++) {
                elements.add(icon("gw" + i, random));
            }
            for (int i = random.nextInt(7); i > 0; i--) {
                elements.add(new Element("vnet" + i, ElementKind.VIRTUAL_NETWORK, "vnet" + i, Optional.empty(),
                        new Rect(Math.floor(random.nextDouble() * 600), Math.floor(random.nextDouble() * 600),
                                40 + Math.floor(random.nextDouble() * 300), 40 + Math.floor(random.nextDouble() * 300)),
                        Props.empty()));
            }
            List<Connection> connections = new ArrayList<>();
            for (int i = 1; i < gateways; i++) {
                connections.add(new Connection("c" + i, ConnectionKind.VNET_TO_VNET, "gw0", "gw" + i,
                        Props.empty()));
            }
            Diagram d = Diagram.empty("random").withContent(elements, connections);
            assertOrthogonalWithLabelsOnTheRoute(d, "round " + round);
        }
    }

    @Test
    void movingAVirtualNetworkAcrossAConnectionKeepsItsRouteOrthogonalAndItsLabelBesideIt() {
        Diagram sample = Samples.load(Sample.VPN);
        Element vnet = sample.elements().stream().filter(e -> e.kind() == ElementKind.VIRTUAL_NETWORK).findFirst()
                .orElseThrow();
        Element onPremises = sample.elements().stream().filter(e -> e.kind() == ElementKind.ON_PREMISES_NETWORK)
                .findFirst().orElseThrow();
        // Slide the VNet over the on-premises network in steps, so that it passes over the tunnel on its way.
        Rect start = vnet.bounds();
        Rect goal = onPremises.bounds();
        for (int step = 0; step <= 20; step++) {
            double dx = (goal.x() - start.x()) * step / 20;
            double dy = (goal.y() - start.y()) * step / 20;
            assertOrthogonalWithLabelsOnTheRoute(sample.withContent(movedWithContents(sample, vnet.id(), dx, dy),
                    sample.connections()), "step " + step);
        }
    }

    @Test
    void boxesThatOverlapAreJoinedByARouteOfRightAngles() {
        Element a = new Element("a", ElementKind.VPN_GATEWAY, "a", Optional.empty(), new Rect(0, 0, 48, 48),
                Props.empty());
        Element b = new Element("b", ElementKind.VPN_GATEWAY, "b", Optional.empty(), new Rect(30, 20, 48, 48),
                Props.empty());
        Diagram d = Diagram.empty("overlap").withContent(List.of(a, b),
                List.of(new Connection("c", ConnectionKind.VNET_TO_VNET, "a", "b", Props.empty())));
        assertOrthogonalWithLabelsOnTheRoute(d, "overlapping boxes");
    }

    @Test
    void anEndWalledInOnEverySideIsStillJoinedByARouteOfRightAngles() {
        List<Element> elements = new ArrayList<>();
        elements.add(new Element("a", ElementKind.VPN_GATEWAY, "a", Optional.empty(), new Rect(0, 0, 48, 48),
                Props.empty()));
        elements.add(new Element("b", ElementKind.VPN_GATEWAY, "b", Optional.empty(), new Rect(400, 150, 48, 48),
                Props.empty()));
        elements.add(wall("top", new Rect(-100, -100, 248, 60)));
        elements.add(wall("bottom", new Rect(-100, 88, 248, 60)));
        elements.add(wall("left", new Rect(-100, -100, 60, 248)));
        elements.add(wall("right", new Rect(88, -100, 60, 248)));
        Diagram d = Diagram.empty("walled").withContent(elements,
                List.of(new Connection("c", ConnectionKind.VNET_TO_VNET, "a", "b", Props.empty())));
        assertOrthogonalWithLabelsOnTheRoute(d, "walled in");
    }

    private static Element wall(String id, Rect bounds) {
        return new Element(id, ElementKind.VIRTUAL_NETWORK, id, Optional.empty(), bounds, Props.empty());
    }

    private static List<Element> movedWithContents(Diagram d, String id, double dx, double dy) {
        List<String> moving = new ArrayList<>(List.of(id));
        d.descendantsOf(id).forEach(e -> moving.add(e.id()));
        return d.elements().stream().map(e -> moving.contains(e.id()) ? e.withBounds(e.bounds().movedBy(dx, dy)) : e)
                .toList();
    }

    static void assertOrthogonalWithLabelsOnTheRoute(Diagram d, String where) {
        Scene scene = new DiagramRenderer().scene(d);
        for (Connection c : d.connections()) {
            List<Point> route = scene.route(c);
            assertTrue(OrthogonalRouter.orthogonal(route), where + ": " + c.id() + " runs " + route);
            Optional<Shape.Text> label = scene.groups().stream().filter(g -> g.id().equals(c.id()))
                    .flatMap(g -> g.children().stream()).filter(Shape.Text.class::isInstance)
                    .map(Shape.Text.class::cast).findFirst();
            label.ifPresent(text -> assertTrue(distance(route, text.at()) <= LabelPlaces.BELOW + 1,
                    where + ": the label of " + c.id() + " at " + text.at() + " is away from " + route));
        }
    }

    private static double distance(List<Point> route, Point p) {
        double best = Double.MAX_VALUE;
        for (int i = 1; i < route.size(); i++) {
            Point a = route.get(i - 1);
            Point b = route.get(i);
            double dx = b.x() - a.x();
            double dy = b.y() - a.y();
            double len = dx * dx + dy * dy;
            double t = len == 0 ? 0 : Math.max(0, Math.min(1, ((p.x() - a.x()) * dx + (p.y() - a.y()) * dy) / len));
            best = Math.min(best, Segments.length(p, new Point(a.x() + t * dx, a.y() + t * dy)));
        }
        return best;
    }

    private static Element icon(String id, Random random) {
        return new Element(id, ElementKind.VPN_GATEWAY, id, Optional.empty(), new Rect(
                Math.floor(random.nextDouble() * 800), Math.floor(random.nextDouble() * 800), 48, 48), Props.empty());
    }
}
