package dev.hybridnet.layout;

import dev.hybridnet.catalog.Catalog;
import dev.hybridnet.geometry.Point;
import dev.hybridnet.geometry.Rect;
import dev.hybridnet.model.Connection;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import dev.hybridnet.render.DiagramRenderer;
import dev.hybridnet.render.Labels;
import dev.hybridnet.render.Scene;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The geometric promises of a laid-out diagram, as measures: siblings apart, children inside their parents with
 * padding and below the header, headers that fit their boxes, the picture's aspect ratio, and routes that cross
 * nothing but their ends. Shared by the layout tests and the layout comparison benchmark.
 */
public final class LayoutProperties {

    /** The least padding between a container's border and its contents (the layout keeps 20). */
    public static final double MIN_PADDING = 12;
    /** The least gap between siblings: a corridor a route with its arrowhead fits in. */
    public static final double MIN_CORRIDOR = 16;

    private LayoutProperties() {
    }

    /** The room an element takes: its bounds, and an icon's name strip under it. */
    public static Rect footprint(Diagram d, Element e) {
        if (Catalog.of(e.kind()).container() || !d.childrenOf(e.id()).isEmpty()) {
            return e.bounds();
        }
        return e.bounds().union(Labels.iconNameStrip(e));
    }

    /** Every broken promise, as a sentence naming the elements; empty when the layout keeps them all. */
    public static List<String> problems(Diagram d) {
        List<String> problems = new ArrayList<>();
        problems.addAll(siblingProblems(d, 0));
        for (Element e : d.elements()) {
            Rect f = footprint(d, e);
            d.parentOf(e.id()).ifPresent(p -> {
                Rect b = p.bounds();
                Rect inner = new Rect(b.x() + MIN_PADDING, b.y() + Labels.HEADER_HEIGHT, b.width() - 2 * MIN_PADDING,
                        b.height() - Labels.HEADER_HEIGHT - MIN_PADDING);
                if (!inner.contains(f)) {
                    problems.add(e.id() + " " + f + " is not inside " + p.id() + " " + b + " with padding");
                }
            });
            if (Catalog.of(e.kind()).container() && Labels.headerWidth(e) > e.bounds().width() + 1e-9) {
                problems.add("the header of " + e.id() + " is " + Labels.headerWidth(e) + " wide, its box "
                        + e.bounds().width());
            }
        }
        return problems;
    }

    /** Pairs of siblings that overlap or stand closer than {@code gap}. */
    public static List<String> siblingProblems(Diagram d, double gap) {
        List<String> problems = new ArrayList<>();
        List<List<Element>> families = new ArrayList<>();
        families.add(d.roots());
        for (Element e : d.elements()) {
            if (!d.childrenOf(e.id()).isEmpty()) {
                families.add(d.childrenOf(e.id()));
            }
        }
        for (List<Element> siblings : families) {
            List<Rect> rects = new ArrayList<>(siblings.size());
            siblings.forEach(s -> rects.add(footprint(d, s)));
            for (int i = 0; i < siblings.size(); i++) {
                Rect a = rects.get(i);
                Rect grown = new Rect(a.x() - gap + 1e-6, a.y() - gap + 1e-6, a.width() + 2 * gap - 2e-6,
                        a.height() + 2 * gap - 2e-6);
                for (int j = i + 1; j < siblings.size(); j++) {
                    if (grown.intersects(rects.get(j))) {
                        problems.add(siblings.get(i).id() + " and " + siblings.get(j).id()
                                + (gap > 0 ? " stand closer than " + gap : " overlap"));
                    }
                }
            }
        }
        return problems;
    }

    /** Width over height of the picture the renderer draws: its view box. */
    public static double aspectRatio(Diagram d) {
        Rect box = new DiagramRenderer().scene(d).viewBox();
        return box.width() / box.height();
    }

    /** The connections whose route crosses an element that is neither an end nor around or inside one. */
    public static List<String> blockedRoutes(Diagram d) {
        Scene scene = new DiagramRenderer().scene(d);
        List<String> blocked = new ArrayList<>();
        for (Connection c : d.connections()) {
            Set<String> free = new HashSet<>();
            for (String end : List.of(c.from(), c.to())) {
                free.add(end);
                d.ancestorsOf(end).forEach(a -> free.add(a.id()));
            }
            for (String end : List.of(c.from(), c.to())) {
                for (Element a : d.ancestorsOf(end)) {
                    d.descendantsOf(a.id()).forEach(x -> free.add(x.id()));
                }
            }
            List<Point> route = scene.route(c);
            for (Element e : d.elements()) {
                if (!free.contains(e.id()) && crosses(route, e.bounds())) {
                    blocked.add(c.id() + " crosses " + e.id());
                    break;
                }
            }
        }
        return blocked;
    }

    private static boolean crosses(List<Point> route, Rect r) {
        Rect inner = new Rect(r.x() + 1, r.y() + 1, Math.max(r.width() - 2, 1e-3), Math.max(r.height() - 2, 1e-3));
        for (int i = 0; i + 1 < route.size(); i++) {
            if (segmentHits(route.get(i), route.get(i + 1), inner)) {
                return true;
            }
        }
        return false;
    }

    /** Liang-Barsky clipping: true when the segment passes through the rectangle. */
    private static boolean segmentHits(Point a, Point b, Rect r) {
        double t0 = 0;
        double t1 = 1;
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {a.x() - r.x(), r.maxX() - a.x(), a.y() - r.y(), r.maxY() - a.y()};
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] < 0) {
                    return false;
                }
            } else {
                double t = q[i] / p[i];
                if (p[i] < 0) {
                    t0 = Math.max(t0, t);
                } else {
                    t1 = Math.min(t1, t);
                }
            }
        }
        return t0 < t1;
    }
}
