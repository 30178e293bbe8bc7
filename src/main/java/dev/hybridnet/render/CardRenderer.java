package dev.hybridnet.render;

import dev.hybridnet.geometry.Point;
import dev.hybridnet.geometry.Rect;
import dev.hybridnet.model.ConnectionKind;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import dev.hybridnet.model.ElementKind;
import dev.hybridnet.model.Reference;
import dev.hybridnet.validation.ValidationReport;
import dev.hybridnet.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The card style: any diagram mapped onto the 320 x 144 composition of the Architecture Center cards. The
 * on-premises network sits on the left with up to three workstations and its device, the connection symbols in
 * the middle, the VNet on the right with its gateways, up to three VMs and the VNet symbol; hub-spoke shows the
 * hub with its spokes stacked to the right. Counts come from the diagram.
 */
public final class CardRenderer {

    public static final Rect VIEW = new Rect(0, 0, 320, 144);

    private final Validator validator = new Validator();

    /**
     * The card of {@code whole}. Notes and group frames are left out: the card is a fixed composition of the
     * recognised reference, with no place that stands for where a note lies on the canvas, and a note's text would
     * not be readable at the card's size. The description still counts them.
     */
    public Drawing render(Diagram whole) {
        Diagram diagram = whole.withoutAnnotations();
        ValidationReport report = validator.validate(diagram);
        CardSubject subject = CardSubject.of(diagram, report);
        List<Shape> shapes = new ArrayList<>();
        Reference reference = subject.reference().orElse(Reference.VPN);
        if (reference == Reference.HUB_SPOKE) {
            HubSpokeCard.draw(diagram, subject, shapes);
        } else {
            singleNetwork(diagram, subject, reference, shapes);
        }
        String what = subject.reference().map(Reference::title).orElse("hybrid network");
        return new Drawing(VIEW, shapes, diagram.title(), "Card: " + what + " — " + DiagramRenderer.description(whole));
    }

    private static void singleNetwork(Diagram d, CardSubject s, Reference reference, List<Shape> shapes) {
        boolean failover = reference == Reference.EXPRESSROUTE_VPN_FAILOVER;
        s.site().ifPresent(site -> shapes.add(onPremises(d, site, new Rect(onPremisesX(reference), 10.31, 92.5,
                123.3), 1)));
        boolean onPremises = s.site().isPresent() && s.vnet().isPresent();
        if (onPremises && failover) {
            shapes.add(group(connectionId(d, ConnectionKind.EXPRESSROUTE_CONNECTION), expressRoute(45.30, 20.0,
                    Color.WHITE, 48.2)));
            shapes.add(new Shape.Group("failover", "failover", CardShapes.failoverArrow(163.3, 60.7, 88.0)));
            shapes.add(group(connectionId(d, ConnectionKind.SITE_TO_SITE_VPN), List.of(
                    CardShapes.doubleArrow(110.06, 216.59, 98.44, 8.61, 15.1, 19.62),
                    CardShapes.text(130.2, 112.4, "VPN Connection", CardShapes.VPN_LABEL, Palette.VPN_LABEL))));
        } else if (onPremises && reference == Reference.EXPRESSROUTE) {
            shapes.add(group(connectionId(d, ConnectionKind.EXPRESSROUTE_CONNECTION), expressRoute(76.37, 51.4,
                    Color.rgb(0xFFFFFC), 79.25)));
        } else if (onPremises) {
            shapes.add(group(connectionId(d, ConnectionKind.SITE_TO_SITE_VPN), List.of(
                    CardShapes.doubleArrow(109.7, 216.2, 69.65, 8.6, 15.1, 19.6))));
        }
        s.vnet().ifPresent(vnet -> shapes.add(vnet(d, vnet, failover, vnetX(reference))));
    }

    /** The left edge of the on-premises box: each reference card has it a little elsewhere. */
    private static double onPremisesX(Reference reference) {
        return switch (reference) {
            case EXPRESSROUTE -> 13.01;
            case EXPRESSROUTE_VPN_FAILOVER -> 14.63;
            default -> 13.56;
        };
    }

    /** The left edge of the VNet box, as measured on each reference card. */
    private static double vnetX(Reference reference) {
        return switch (reference) {
            case EXPRESSROUTE -> 222.52;
            case EXPRESSROUTE_VPN_FAILOVER -> 220.89;
            default -> 221.96;
        };
    }

    /** The fat ExpressRoute arrow centred on {@code y}, its label, and the circuit symbol with its top ring at {@code top}. */
    private static List<Shape> expressRoute(double y, double top, Color label, double baseline) {
        List<Shape> shapes = new ArrayList<>();
        shapes.add(CardShapes.doubleArrow(110.2, 216.7, y, 16.8, 29.5, 38.3));
        shapes.add(CardShapes.text(129.6, baseline, "ExpressRoute", CardShapes.ER_LABEL, label));
        shapes.addAll(CardShapes.circuit(new Point(163.1, top), new Point(152.0, top + 11.2),
                new Point(174.3, top + 11.2)));
        return shapes;
    }

    /** The grey box with up to three workstations and the site's device, scaled by {@code k} about its corner. */
    static Shape onPremises(Diagram d, Element site, Rect box, double k) {
        List<Shape> shapes = new ArrayList<>();
        shapes.add(CardShapes.onPremisesBox(box));
        List<Element> servers = d.childrenOf(site.id()).stream().filter(e -> e.kind() == ElementKind.SERVER)
                .limit(3).toList();
        double[][] monitors = {{8.54, 50.69}, {35.34, 25.69}, {35.34, 75.69}};
        for (int i = 0; i < servers.size(); i++) {
            Rect content = new Rect(box.x() + monitors[i][0] * k, box.y() + monitors[i][1] * k, 24 * k, 22 * k);
            shapes.add(new Shape.Group(servers.get(i).id(), "element", List.of(CardShapes.glyph("server", content))));
        }
        d.childrenOf(site.id()).stream().filter(e -> e.kind() == ElementKind.VPN_APPLIANCE
                || e.kind() == ElementKind.EDGE_ROUTER).findFirst().ifPresent(device -> shapes.add(new Shape.Group(
                device.id(), "element", List.of(CardShapes.glyph("vpn-appliance", new Rect(box.x() + 53.84 * k,
                        box.y() + 54.59 * k, 30 * k, 15.4 * k))))));
        return new Shape.Group(site.id(), "element", shapes);
    }

    private static Shape vnet(Diagram d, Element vnet, boolean failover, double x) {
        Rect box = new Rect(x, 10.22, 84.6, 123.5);
        List<Shape> shapes = new ArrayList<>();
        shapes.add(CardShapes.vnetBox(box));
        List<Element> gateways = inside(d, vnet, ElementKind.EXPRESSROUTE_GATEWAY);
        gateways.addAll(inside(d, vnet, ElementKind.VPN_GATEWAY));
        if (failover && gateways.size() >= 2) {
            shapes.add(gateway(gateways.get(0), new Point(x + 11.6, 45.9), 8.8));
            shapes.add(gateway(gateways.get(1), new Point(x + 11.6, 98.2), 8.8));
        } else if (!gateways.isEmpty()) {
            shapes.add(gateway(gateways.get(0), new Point(x + 13.54, 72.0), 11.6));
        }
        // The cards' VMs start at 23.9, 59.1 and 93.5: an even pitch of 34.8 is at most 0.4 off.
        vms(d, vnet, new Rect(x + 40.79, 23.9, 30, 27.6), 34.8, shapes);
        shapes.add(CardShapes.glyph("vnet-symbol", new Rect(x + 4.84, 120.1, 18.3, 10.7)));
        return new Shape.Group(vnet.id(), "element", shapes);
    }

    static Shape gateway(Element gateway, Point center, double radius) {
        Rect content = new Rect(center.x() - radius, center.y() - radius, 2 * radius, 2 * radius);
        return new Shape.Group(gateway.id(), "element", List.of(CardShapes.glyph("gateway", content)));
    }

    /** Up to three VMs in a column: the first at {@code first}, then every {@code pitch}. */
    static void vms(Diagram d, Element vnet, Rect first, double pitch, List<Shape> into) {
        List<Element> vms = inside(d, vnet, ElementKind.VIRTUAL_MACHINE);
        int count = Math.min(3, vms.size());
        int offset = count == 1 ? 1 : 0;
        for (int i = 0; i < count; i++) {
            Rect r = first.movedBy(0, (i + offset) * pitch);
            into.add(new Shape.Group(vms.get(i).id(), "element", List.of(CardShapes.glyph("virtual-machine", r))));
        }
    }

    static List<Element> inside(Diagram d, Element vnet, ElementKind kind) {
        List<Element> result = new ArrayList<>();
        for (Element subnet : d.childrenOf(vnet.id())) {
            d.childrenOf(subnet.id()).stream().filter(e -> e.kind() == kind).forEach(result::add);
        }
        return result;
    }

    static Optional<String> connectionId(Diagram d, ConnectionKind kind) {
        return d.connectionsOfKind(kind).stream().map(c -> c.id()).findFirst();
    }

    static Shape group(Optional<String> id, List<Shape> shapes) {
        return new Shape.Group(id.orElse("connection"), "connection", shapes);
    }
}
