package dev.hybridnet.render;

import dev.hybridnet.geometry.Point;
import dev.hybridnet.geometry.Rect;
import dev.hybridnet.model.ConnectionKind;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import dev.hybridnet.model.ElementKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The hub-spoke card: a smaller on-premises box, the arrow to the hub, the hub with its gateway and VMs, and its
 * spokes stacked on the right, each joined to the hub by a green bar. Up to {@link #MAX_SPOKES} spokes are drawn;
 * more are counted in a note under the last one.
 */
final class HubSpokeCard {

    static final int MAX_SPOKES = 6;
    private static final double K = 0.773;
    private static final Rect HUB = new Rect(167.0, 38.8, 51.7, 66.5);
    private static final double TOP = 3.3;
    private static final double BOTTOM = 140.7;

    private HubSpokeCard() {
    }

    static void draw(Diagram d, CardSubject s, List<Shape> shapes) {
        s.site().ifPresent(site -> {
            shapes.add(CardRenderer.onPremises(d, site, new Rect(13.56, 24.31, 71.5, 95.4), K));
            if (s.vnet().isPresent()) {
                shapes.add(CardRenderer.group(CardRenderer.connectionId(d, ConnectionKind.SITE_TO_SITE_VPN)
                        .or(() -> CardRenderer.connectionId(d, ConnectionKind.EXPRESSROUTE_CONNECTION)),
                        List.of(CardShapes.doubleArrow(87.6, 165.3, 71.9, 5.6, 9.8, 12.8))));
            }
        });
        if (s.vnet().isEmpty()) {
            return;
        }
        Element hub = s.vnet().get();
        List<Element> spokes = spokes(d, hub);
        List<Rect> boxes = spokeBoxes(Math.min(spokes.size(), MAX_SPOKES));
        for (int i = 0; i < boxes.size(); i++) {
            Rect box = boxes.get(i);
            double sign = box.center().y() < HUB.center().y() - 0.5 ? -1 : box.center().y() > HUB.center().y() + 0.5
                    ? 1 : 0;
            Point from = new Point(217.5, 72.0 + sign * 1.7);
            Point to = new Point(box.x() + 2.8 * box.height() / HUB.height(), box.center().y() + sign * 3.65);
            shapes.add(new Shape.Group("peering-" + spokes.get(i).id(), "connection",
                    List.of(CardShapes.bar(from, to, 5.2, Palette.PEERING))));
        }
        shapes.add(network(d, hub, HUB, true));
        for (int i = 0; i < boxes.size(); i++) {
            shapes.add(network(d, spokes.get(i), boxes.get(i), false));
        }
        if (spokes.size() > MAX_SPOKES) {
            Rect last = boxes.get(boxes.size() - 1);
            shapes.add(new Shape.Text(new Point(last.center().x(), Math.min(143, last.maxY() + 6)), String.format(
                    Locale.ROOT, "+%d more", spokes.size() - MAX_SPOKES), Font.sans(6), Palette.MUTED_TEXT,
                    Shape.Anchor.MIDDLE));
        }
    }

    private static List<Element> spokes(Diagram d, Element hub) {
        List<Element> spokes = new ArrayList<>();
        d.connectionsOf(hub.id()).stream().filter(c -> c.kind() == ConnectionKind.VNET_PEERING)
                .map(c -> d.element(c.otherEnd(hub.id())).orElseThrow())
                .filter(v -> v.kind() == ElementKind.VIRTUAL_NETWORK && !v.id().equals(hub.id()))
                .filter(v -> !spokes.contains(v)).forEach(spokes::add);
        return spokes;
    }

    /** Boxes stacked between the card's top and bottom: two fill it exactly as on the reference card. */
    static List<Rect> spokeBoxes(int count) {
        if (count == 0) {
            return List.of();
        }
        if (count == 1) {
            return List.of(new Rect(259.2, HUB.y(), HUB.width(), HUB.height()));
        }
        double gap = 4.4 * Math.min(1, 2.0 / count);
        double height = Math.min(HUB.height(), (BOTTOM - TOP - (count - 1) * gap) / count);
        double width = height * HUB.width() / HUB.height();
        List<Rect> boxes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            boxes.add(new Rect(259.2, TOP + i * (height + gap), width, height));
        }
        return boxes;
    }

    /** A VNet box at the hub-spoke scale: gateway (hub), up to three VMs and the VNet symbol. */
    private static Shape network(Diagram d, Element vnet, Rect box, boolean hub) {
        double k = box.height() / HUB.height();
        List<Shape> shapes = new ArrayList<>();
        shapes.add(CardShapes.vnetBox(box));
        if (hub) {
            List<Element> gateways = CardRenderer.inside(d, vnet, ElementKind.VPN_GATEWAY);
            gateways.addAll(CardRenderer.inside(d, vnet, ElementKind.EXPRESSROUTE_GATEWAY));
            if (!gateways.isEmpty()) {
                shapes.add(CardRenderer.gateway(gateways.get(0), new Point(box.x() + 11.3 * k, box.y() + 33.2 * k),
                        9.4 * k));
            }
        }
        CardRenderer.vms(d, vnet, new Rect(box.x() + 27.1 * k, box.y() + 3.5 * k, 18.5 * k, 17.1 * k), 21.5 * k,
                shapes);
        shapes.add(CardShapes.glyph("vnet-symbol", new Rect(box.x() + 5.4 * k, box.y() + 55.7 * k, 14.2 * k,
                8.3 * k)));
        return new Shape.Group(vnet.id(), "element", shapes);
    }
}
