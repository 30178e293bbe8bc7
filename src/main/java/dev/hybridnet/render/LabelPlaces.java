package dev.hybridnet.render;

import dev.hybridnet.catalog.Catalog;
import dev.hybridnet.geometry.Obstacles;
import dev.hybridnet.geometry.Point;
import dev.hybridnet.geometry.Rect;
import dev.hybridnet.geometry.Segments;
import dev.hybridnet.model.Connection;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the label of each connection goes ("VPN Connection", "ExpressRoute", a link's name): the first of a list
 * of places along its route that covers no box, icon, icon name, container heading or label placed before it.
 * The first place is above the middle of the route's longest segment (beside it, reading away, when it is
 * vertical); then below it (on its other side), then further from its middle in eighths, then along the other
 * segments, longest first. A label should not cover the lines of other connections either. When no place is
 * clear, the place that covers fewest things is taken (a box or a label counting twice as much as a line), the
 * earliest of equals. The networks and subnets around either end do not count, beyond their headings; the ends
 * themselves do. Labels are placed in the order of the connections.
 */
final class LabelPlaces {

    /** How far a label sits above a horizontal segment, or beside a vertical one. */
    static final double GAP = ConnectionPainter.LABEL_GAP;
    /** How far below a horizontal segment the baseline of a label under it sits. */
    static final double BELOW = GAP + 7;
    /** Where along a segment a label may sit, in order of preference: the middle first, then further out. */
    private static final double[] ALONG = {0.5, 0.375, 0.625, 0.25, 0.75, 0.125, 0.875};

    private final Map<String, Shape.Text> labels;

    private LabelPlaces(Map<String, Shape.Text> labels) {
        this.labels = labels;
    }

    /** The labels of the connections of {@code d} drawn along {@code routes}. */
    static LabelPlaces of(Diagram d, ConnectionRoutes routes) {
        Map<String, Shape.Text> labels = new HashMap<>();
        List<Rect> placed = new ArrayList<>();
        Lines lines = null;
        for (Connection c : d.connections()) {
            String text = ConnectionPainter.text(c);
            if (text.isEmpty()) {
                continue;
            }
            if (lines == null) {
                lines = lines(d, routes);
            }
            Rect from = ConnectionRoutes.box(d, c.from());
            Rect to = ConnectionRoutes.box(d, c.to());
            Shape.Text chosen = null;
            int fewest = Integer.MAX_VALUE;
            for (Shape.Text place : places(routes.route(c), text)) {
                Rect box = box(place);
                int covered = 2 * (covered(box, from, to, routes) + covered(box, placed)) + lines.crossed(box, c);
                if (covered < fewest) {
                    chosen = place;
                    fewest = covered;
                    if (covered == 0) {
                        break;
                    }
                }
            }
            labels.put(c.id(), chosen);
            placed.add(box(chosen));
        }
        return new LabelPlaces(labels);
    }

    /** The straight stretches of every route, as boxes as wide as the widest line, and whose each is. */
    private record Lines(Obstacles boxes, List<String> connections) {

        /** How many lines of routes other than {@code c}'s {@code label} covers. */
        int crossed(Rect label, Connection c) {
            int crossed = 0;
            for (int i : boxes.near(label)) {
                if (boxes.box(i).intersects(label) && !connections.get(i).equals(c.id())) {
                    crossed++;
                }
            }
            return crossed;
        }
    }

    /** The lines of the routes that come near a route with a label, where a label might cover them. */
    private static Lines lines(Diagram d, ConnectionRoutes routes) {
        double reach = 0;
        Rect near = null;
        for (Connection c : d.connections()) {
            String text = ConnectionPainter.text(c);
            if (!text.isEmpty()) {
                reach = Math.max(reach, ConnectionPainter.LABEL.estimateWidth(text) + BELOW + GAP);
                for (Point p : routes.route(c)) {
                    Rect r = new Rect(p.x(), p.y(), 1e-3, 1e-3);
                    near = near == null ? r : near.union(r);
                }
            }
        }
        List<Rect> lines = new ArrayList<>();
        List<String> connections = new ArrayList<>();
        double w = DiagramRenderer.ROUTE_HALF_WIDTH;
        for (Connection c : d.connections()) {
            List<Point> route = routes.route(c);
            for (int i = 1; i < route.size(); i++) {
                Point a = route.get(i - 1);
                Point b = route.get(i);
                double x = Math.min(a.x(), b.x());
                double y = Math.min(a.y(), b.y());
                double maxX = Math.max(a.x(), b.x());
                double maxY = Math.max(a.y(), b.y());
                if (near != null && maxX >= near.x() - reach && x <= near.maxX() + reach && maxY >= near.y() - reach
                        && y <= near.maxY() + reach) {
                    lines.add(new Rect(x - w, y - w, maxX - x + 2 * w, maxY - y + 2 * w));
                    connections.add(c.id());
                }
            }
        }
        return new Lines(Obstacles.of(lines), connections);
    }

    /** The label of {@code c}; empty when its kind has none. */
    Optional<Shape.Text> label(Connection c) {
        return Optional.ofNullable(labels.get(c.id()));
    }

    /** Every label placed. */
    Iterable<Shape.Text> all() {
        return labels.values();
    }

    /** The places along {@code route} a label may take, in order of preference. */
    static List<Shape.Text> places(List<Point> route, String text) {
        List<Integer> segments = new ArrayList<>();
        for (int i = 1; i < route.size(); i++) {
            segments.add(i);
        }
        segments.sort(Comparator.comparingDouble((Integer i) -> -Segments.length(route.get(i - 1), route.get(i))));
        List<Shape.Text> places = new ArrayList<>(segments.size() * 2 * ALONG.length);
        for (int i : segments) {
            Point a = route.get(i - 1);
            Point b = route.get(i);
            boolean vertical = a.x() == b.x() && a.y() != b.y();
            for (double t : ALONG) {
                Point p = t == 0.5 ? Segments.midpoint(a, b)
                        : new Point(a.x() + (b.x() - a.x()) * t, a.y() + (b.y() - a.y()) * t);
                if (vertical) {
                    places.add(text(p.plus(GAP, 4), text, Shape.Anchor.START));
                    places.add(text(p.plus(-GAP, 4), text, Shape.Anchor.END));
                } else {
                    places.add(text(p.plus(0, -GAP), text, Shape.Anchor.MIDDLE));
                    places.add(text(p.plus(0, BELOW), text, Shape.Anchor.MIDDLE));
                }
            }
        }
        return places;
    }

    private static Shape.Text text(Point at, String text, Shape.Anchor anchor) {
        return new Shape.Text(at, text, ConnectionPainter.LABEL, Palette.VPN_LABEL, anchor);
    }

    /** The box a text takes: its estimated width, from above its capitals to below its descenders. */
    static Rect box(Shape.Text t) {
        double w = Math.max(t.font().estimateWidth(t.text()), 1e-3);
        double x = switch (t.anchor()) {
            case START -> t.at().x();
            case MIDDLE -> t.at().x() - w / 2;
            case END -> t.at().x() - w;
        };
        double size = t.font().size();
        return new Rect(x, t.at().y() - 0.95 * size, w, 1.2 * size);
    }

    /** The heading of a network or subnet: its symbol, name and address, across the top of its box. */
    static Rect heading(Element e) {
        Rect b = e.bounds();
        Labels.Header header = Labels.header(e);
        return new Rect(b.x(), b.y(), Math.max(1e-3, Math.min(b.maxX(), header.end()) - b.x()),
                Math.min(b.height(), header.bottom() - b.y()));
    }

    /**
     * How many boxes the routes go around (the elements and the names of icons) {@code label} covers, but those
     * around an end, which it may cover beyond their headings; it may not cover the ends themselves.
     */
    private static int covered(Rect label, Rect from, Rect to, ConnectionRoutes routes) {
        int covered = 0;
        Obstacles obstacles = routes.obstacles();
        for (int i : obstacles.near(label)) {
            Rect box = obstacles.box(i);
            if (!box.intersects(label)) {
                continue;
            }
            Element owner = routes.owner(i);
            boolean around = box.contains(from) && !box.equals(from) || box.contains(to) && !box.equals(to);
            if (!around || Catalog.of(owner.kind()).container() && heading(owner).intersects(label)) {
                covered++;
            }
        }
        return covered;
    }

    /** How many of the labels placed before it {@code label} covers. */
    private static int covered(Rect label, List<Rect> placed) {
        int covered = 0;
        for (Rect other : placed) {
            if (other.intersects(label)) {
                covered++;
            }
        }
        return covered;
    }

}
