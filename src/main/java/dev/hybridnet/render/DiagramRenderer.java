package dev.hybridnet.render;

import dev.hybridnet.catalog.Catalog;
import dev.hybridnet.geometry.Point;
import dev.hybridnet.geometry.Rect;
import dev.hybridnet.model.Connection;
import dev.hybridnet.model.Counted;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import dev.hybridnet.model.ElementKind;
import java.util.ArrayList;
import java.util.List;

/**
 * The full style: the whole diagram as laid out, group frames first, then containers (outer before inner), then
 * connections, then icons with their names and notes (the {@link Scene}), then decorations. The view box fits the
 * content with a margin. Pure and thread-safe.
 */
public final class DiagramRenderer {

    public static final double MARGIN = 24;
    /** Room taken at least by the name under an icon, for fitting the view box (a longer name takes its width). */
    static final double LABEL_WIDTH = 130;
    static final double LABEL_HEIGHT = 20;
    /** Half the widest line of a connection (ExpressRoute's), so that a route along the edge is drawn whole. */
    static final double ROUTE_HALF_WIDTH = 4;

    /** The diagram with {@code decorations} over it. */
    public Drawing render(Diagram diagram, Decorations decorations) {
        return render(scene(diagram), decorations);
    }

    /** The diagram drawn in paint order, without decorations. */
    public Scene scene(Diagram diagram) {
        List<Shape.Group> groups = new ArrayList<>(diagram.elements().size() + diagram.connections().size());
        for (Element frame : diagram.elementsOfKind(ElementKind.GROUP)) {
            groups.add(AnnotationPainter.paint(frame));
        }
        for (Element root : diagram.roots()) {
            containers(diagram, root, groups);
        }
        ConnectionRoutes routes = ConnectionRoutes.of(diagram);
        LabelPlaces labels = LabelPlaces.of(diagram, routes);
        for (Connection c : diagram.connections()) {
            groups.add(ConnectionPainter.paint(c, routes.route(c), labels.label(c)));
        }
        for (Element e : diagram.elements()) {
            if (e.kind() == ElementKind.NOTE) {
                groups.add(AnnotationPainter.paint(e));
            } else if (!Catalog.of(e.kind()).container() && e.kind() != ElementKind.GROUP) {
                groups.add(ElementPainter.paint(e));
            }
        }
        return new Scene(diagram, groups, routes, viewBox(diagram, routes, labels));
    }

    /** A scene with {@code decorations} over it: badges, hover, selection, overlay and gesture marks. */
    public Drawing render(Scene scene, Decorations decorations) {
        Diagram diagram = scene.diagram();
        List<Shape> shapes = new ArrayList<>(scene.groups().size() + 8);
        shapes.addAll(scene.groups());
        shapes.addAll(DecorationPainter.badges(diagram, decorations.findings()));
        shapes.addAll(DecorationPainter.hover(diagram, decorations.hover()));
        shapes.addAll(DecorationPainter.selection(scene, decorations.selection()));
        shapes.addAll(decorations.overlay());
        shapes.addAll(GesturePainter.paint(diagram, decorations.gesture()));
        return new Drawing(scene.viewBox(), shapes, diagram.title(), description(diagram));
    }

    private static void containers(Diagram d, Element e, List<Shape.Group> into) {
        if (Catalog.of(e.kind()).container()) {
            into.add(ElementPainter.paint(e));
            for (Element child : d.childrenOf(e.id())) {
                containers(d, child, into);
            }
        }
    }

    /**
     * The content's extent (names under icons, the bends of routes and connection labels included) plus the margin; a
     * card-sized box when empty.
     */
    static Rect viewBox(Diagram d, ConnectionRoutes routes, LabelPlaces labels) {
        Rect extent = null;
        for (Element e : d.elements()) {
            Rect r = e.bounds();
            if (!Catalog.of(e.kind()).container() && !e.kind().isAnnotation()) {
                double w = Math.max(Math.max(r.width(), LABEL_WIDTH), Labels.iconNameWidth(e));
                r = new Rect(r.center().x() - w / 2, r.y(), w, r.height() + LABEL_HEIGHT);
            }
            extent = extent == null ? r : extent.union(r);
        }
        if (extent == null) {
            return new Rect(0, 0, 320, 144);
        }
        double minX = extent.x();
        double minY = extent.y();
        double maxX = extent.maxX();
        double maxY = extent.maxY();
        for (Connection c : d.connections()) {
            List<Point> route = routes.route(c);
            // The ends lie on the borders of elements; the bends between them may lie outside every element.
            for (int i = 1; i < route.size() - 1; i++) {
                Point p = route.get(i);
                minX = Math.min(minX, p.x() - ROUTE_HALF_WIDTH);
                minY = Math.min(minY, p.y() - ROUTE_HALF_WIDTH);
                maxX = Math.max(maxX, p.x() + ROUTE_HALF_WIDTH);
                maxY = Math.max(maxY, p.y() + ROUTE_HALF_WIDTH);
            }
        }
        extent = new Rect(minX, minY, maxX - minX, maxY - minY);
        for (Shape.Text label : labels.all()) {
            extent = extent.union(LabelPlaces.box(label));
        }
        return new Rect(Math.floor(extent.x() - MARGIN), Math.floor(extent.y() - MARGIN),
                Math.ceil(extent.width() + 2 * MARGIN), Math.ceil(extent.height() + 2 * MARGIN));
    }

    /** What the picture shows, for its description; notes and groups are counted apart from the design. */
    static String description(Diagram whole) {
        Diagram d = whole.withoutAnnotations();
        long networks = d.elements().stream().filter(e -> Catalog.of(e.kind()).container()).count();
        int annotations = whole.elements().size() - d.elements().size();
        return "Hybrid network diagram" + d.reference().map(r -> " following the " + r.title() + " reference")
                .orElse("") + ": " + Counted.of(d.elements().size(), "element") + " (" + Counted.of(networks,
                "network or subnet", "networks and subnets") + "), " + Counted.of(d.connections().size(), "connection")
                + (annotations == 0 ? "" : ", " + Counted.of(annotations, "annotation")) + ".";
    }
}
