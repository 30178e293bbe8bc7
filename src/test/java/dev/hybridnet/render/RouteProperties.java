package dev.hybridnet.render;

import dev.hybridnet.catalog.Catalog;
import dev.hybridnet.geometry.Obstacles;
import dev.hybridnet.geometry.Point;
import dev.hybridnet.geometry.Rect;
import dev.hybridnet.model.Connection;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What every drawn diagram must satisfy, as checks that describe each violation in a sentence, for any test to
 * call on any diagram (the samples, the real designs, generated and laid-out hubs): no connection crosses an
 * element that is not one of its ends, and no label covers a box, an icon, an icon's name or another label.
 *
 * <p>The checks read what the renderer drew ({@link DiagramRenderer#scene}), not how it decided, and take the
 * elements from the model: an element is its box, and an icon also the strip its name takes below it. A
 * connection may cross the networks and subnets around either end (it has to leave them) and what lies inside
 * an end, and so may a label; a label may not cover its own ends.
 */
public final class RouteProperties {

    private RouteProperties() {
    }

    /**
     * Every place where a connection's route passes through the inside of an element that is not one of its ends,
     * nor around or inside one: one sentence each, naming the connection, the segment and the element. Running
     * along an element's border does not count.
     */
    public static List<String> crossings(Diagram d) {
        Scene scene = new DiagramRenderer().scene(d);
        List<String> found = new ArrayList<>();
        for (Connection c : d.connections()) {
            List<Point> route = scene.route(c);
            Set<String> allowed = allowed(d, c);
            for (Element e : d.elements()) {
                if (allowed.contains(e.id())) {
                    continue;
                }
                for (int i = 1; i < route.size(); i++) {
                    Point a = route.get(i - 1);
                    Point b = route.get(i);
                    if (crosses(e.bounds(), a, b)) {
                        found.add(describe(c, i, a, b) + " crosses " + e.kind().id() + " '" + e.id() + "'");
                    } else if (!Catalog.of(e.kind()).container() && crosses(nameStrip(e), a, b)) {
                        found.add(describe(c, i, a, b) + " crosses the name of " + e.kind().id() + " '" + e.id()
                                + "'");
                    }
                }
            }
        }
        return found;
    }

    /**
     * Every connection label that covers an element (its box, or an icon's name), a container's heading or another
     * label: one sentence each. Networks and subnets around either end of the label's connection do not count,
     * beyond their headings; the ends themselves do.
     */
    public static List<String> labelOverlaps(Diagram d) {
        Scene scene = new DiagramRenderer().scene(d);
        List<String> found = new ArrayList<>();
        List<Rect> placed = new ArrayList<>();
        List<String> owners = new ArrayList<>();
        for (Shape.Group g : scene.groups()) {
            if (!g.role().equals("connection")) {
                continue;
            }
            Connection c = d.connection(g.id()).orElseThrow();
            for (Shape s : g.children()) {
                if (s instanceof Shape.Text t) {
                    Rect box = LabelPlaces.box(t);
                    overlaps(d, c, box).forEach(what -> found.add("the label '" + t.text() + "' of " + c.id()
                            + " covers " + what));
                    for (int i = 0; i < placed.size(); i++) {
                        if (placed.get(i).intersects(box)) {
                            found.add("the label '" + t.text() + "' of " + c.id() + " covers the label of "
                                    + owners.get(i));
                        }
                    }
                    placed.add(box);
                    owners.add(c.id());
                }
            }
        }
        return found;
    }

    private static List<String> overlaps(Diagram d, Connection c, Rect label) {
        List<String> found = new ArrayList<>();
        Rect from = d.element(c.from()).orElseThrow().bounds();
        Rect to = d.element(c.to()).orElseThrow().bounds();
        for (Element e : d.elements()) {
            boolean container = Catalog.of(e.kind()).container();
            boolean around = !e.id().equals(c.from()) && !e.id().equals(c.to())
                    && (e.bounds().contains(from) || e.bounds().contains(to));
            if (!around && e.bounds().intersects(label)) {
                found.add(e.kind().id() + " '" + e.id() + "'");
            } else if (container && LabelPlaces.heading(e).intersects(label)) {
                found.add("the heading of " + e.kind().id() + " '" + e.id() + "'");
            }
            if (!container && nameStrip(e).intersects(label)) {
                found.add("the name of " + e.kind().id() + " '" + e.id() + "'");
            }
        }
        return found;
    }

    /** The ends, what contains them and what lies inside them, by the model and by the boxes. */
    private static Set<String> allowed(Diagram d, Connection c) {
        Set<String> allowed = new HashSet<>();
        Rect from = d.element(c.from()).orElseThrow().bounds();
        Rect to = d.element(c.to()).orElseThrow().bounds();
        for (String end : List.of(c.from(), c.to())) {
            allowed.add(end);
            d.ancestorsOf(end).forEach(e -> allowed.add(e.id()));
            d.descendantsOf(end).forEach(e -> allowed.add(e.id()));
        }
        for (Element e : d.elements()) {
            Rect b = e.bounds();
            if (b.contains(from) || b.contains(to) || from.contains(b) || to.contains(b)) {
                allowed.add(e.id());
            }
        }
        return allowed;
    }

    private static String describe(Connection c, int segment, Point a, Point b) {
        return c.kind().id() + " '" + c.id() + "' (" + c.from() + " to " + c.to() + "), segment " + segment + " ("
                + point(a) + " to " + point(b) + "),";
    }

    private static String point(Point p) {
        return String.format(java.util.Locale.ROOT, "%.1f, %.1f", p.x(), p.y());
    }

    /** True when the segment a–b, in any direction, passes through the inside of {@code box}. */
    static boolean crosses(Rect box, Point a, Point b) {
        if (a.x() == b.x() || a.y() == b.y()) {
            return Obstacles.crosses(box, a, b);
        }
        // A slanted segment (the fallback): clip it to the box (Liang-Barsky) and see whether any length is left
        // strictly inside.
        double t0 = 0;
        double t1 = 1;
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {a.x() - box.x(), box.maxX() - a.x(), a.y() - box.y(), box.maxY() - a.y()};
        for (int i = 0; i < 4; i++) {
            double r = q[i] / p[i];
            if (p[i] < 0) {
                t0 = Math.max(t0, r);
            } else {
                t1 = Math.min(t1, r);
            }
        }
        if (t1 - t0 <= 1e-9) {
            return false;
        }
        Point mid = new Point(a.x() + dx * (t0 + t1) / 2, a.y() + dy * (t0 + t1) / 2);
        return mid.x() > box.x() && mid.x() < box.maxX() && mid.y() > box.y() && mid.y() < box.maxY();
    }

    /** Where an icon's name is drawn: centred under it, as wide as the measured name. */
    static Rect nameStrip(Element icon) {
        return Labels.iconNameStrip(icon);
    }
}
