package dev.hybridnet.layout;

import dev.hybridnet.catalog.Catalog;
import dev.hybridnet.geometry.Rect;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import dev.hybridnet.render.Labels;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Makes room for an element that was placed or resized among elements placed by hand, which stay where they are: an
 * element that overlaps a sibling moves, with its contents, to the nearest free place beside its siblings, and each
 * container around it grows to hold it with padding (then the same for that container among its own siblings).
 */
final class Room {

    /** The clear distance kept from siblings by an element that had to move. */
    static final double CLEARANCE = 24;

    private final Diagram diagram;
    private final Map<String, Rect> bounds;

    /** {@code bounds}: the current bounds of every element, updated in place. */
    Room(Diagram diagram, Map<String, Rect> bounds) {
        this.diagram = diagram;
        this.bounds = bounds;
    }

    /**
     * Settles {@code id} among its siblings, then grows its containers outwards as needed; {@code clearance} is the
     * distance it must keep from its siblings where it stands (0: only overlaps count).
     */
    void settle(String id, double clearance) {
        String current = id;
        double keep = clearance;
        while (true) {
            Element e = diagram.element(current).orElseThrow();
            List<Element> siblings = e.parent().map(diagram::childrenOf).orElseGet(diagram::roots);
            if (blocked(footprint(current), current, siblings, keep)) {
                relocate(current, siblings);
            }
            if (e.parent().isEmpty()) {
                return;
            }
            String parent = e.parent().get();
            Rect p = bounds.get(parent);
            Rect f = footprint(current);
            Rect need = new Rect(f.x() - Spacing.PAD, f.y() - Spacing.TOP, f.width() + 2 * Spacing.PAD,
                    f.height() + Spacing.TOP + Spacing.PAD);
            Rect grown = p.union(need);
            if (grown.equals(p)) {
                return;
            }
            bounds.put(parent, grown);
            current = parent;
            keep = 0;
        }
    }

    /** The room an element takes: its bounds, and for an icon the strip of its name too. */
    Rect footprint(String id) {
        Rect b = bounds.get(id);
        Element e = diagram.element(id).orElseThrow();
        if (Catalog.of(e.kind()).container() || !diagram.childrenOf(id).isEmpty()) {
            return b;
        }
        double w = Math.max(b.width(), Labels.iconNameWidth(e));
        return new Rect(b.center().x() - w / 2, b.y(), w, b.height() + Labels.NAME_HEIGHT);
    }

    /** Moves an element and everything inside it. */
    void translate(String id, double dx, double dy) {
        bounds.computeIfPresent(id, (k, r) -> r.movedBy(dx, dy));
        for (Element inside : diagram.descendantsOf(id)) {
            bounds.computeIfPresent(inside.id(), (k, r) -> r.movedBy(dx, dy));
        }
    }

    private boolean blocked(Rect f, String self, List<Element> siblings, double clearance) {
        Rect grown = new Rect(f.x() - clearance, f.y() - clearance, f.width() + 2 * clearance,
                f.height() + 2 * clearance);
        for (Element s : siblings) {
            if (!s.id().equals(self) && grown.intersects(footprint(s.id()))) {
                return true;
            }
        }
        return false;
    }

    /** Moves the element to the free place beside its siblings nearest to where it is. */
    private void relocate(String id, List<Element> siblings) {
        Rect f = footprint(id);
        Optional<Rect> inner = diagram.parentOf(id).map(p -> bounds.get(p.id()))
                .map(p -> new Rect(p.x() + Spacing.PAD, p.y() + Spacing.TOP, p.width(), p.height()));
        double right = Double.NEGATIVE_INFINITY;
        double bottom = Double.NEGATIVE_INFINITY;
        List<double[]> candidates = new ArrayList<>();
        for (Element s : siblings) {
            if (s.id().equals(id)) {
                continue;
            }
            Rect o = footprint(s.id());
            right = Math.max(right, o.maxX());
            bottom = Math.max(bottom, o.maxY());
            candidates.add(new double[] {o.maxX() + CLEARANCE, f.y()});
            candidates.add(new double[] {f.x(), o.maxY() + CLEARANCE});
            candidates.add(new double[] {o.maxX() + CLEARANCE, o.y()});
            candidates.add(new double[] {o.x(), o.maxY() + CLEARANCE});
        }
        candidates.add(new double[] {right + CLEARANCE, f.y()});
        candidates.add(new double[] {f.x(), bottom + CLEARANCE});
        candidates.sort(Comparator.comparingDouble(c -> Math.abs(c[0] - f.x()) + Math.abs(c[1] - f.y())));
        for (double[] c : candidates) {
            boolean inside = inner.map(r -> c[0] >= r.x() && c[1] >= r.y()).orElse(true);
            if (inside && !blocked(f.movedTo(c[0], c[1]), id, siblings, CLEARANCE - 1)) {
                translate(id, c[0] - f.x(), c[1] - f.y());
                return;
            }
        }
        translate(id, 0, bottom + CLEARANCE - f.y());
    }
}
