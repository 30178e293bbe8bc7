package dev.hybridnet.editor;

import dev.hybridnet.command.Resize;
import dev.hybridnet.geometry.Point;
import dev.hybridnet.geometry.Rect;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import dev.hybridnet.render.GestureMarks;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Dragging a resize handle of a network or subnet. The dragged edges follow the pointer, snapped to a sibling's
 * edge or centre line when one is near (smart guides, unless Alt is held or they are off) and else to the grid, but
 * stop where a child would stick out, where the container would leave its own container, where it would run into
 * a sibling it did not overlap (a network never grows over another network and its peering), and at a minimum
 * size, so the release always makes a {@link Resize} that applies.
 *
 * @param guides the container's siblings, to snap the dragged edges to; empty when smart guides are off
 * @param free   Alt is held: no guides for now
 */
record ResizeGesture(String id, Handle handle, Rect start, Point press, Point at, Optional<Guides> guides,
        boolean free) implements Gesture {

    /** The smallest a container gets by dragging: room for its header and a little more. */
    static final double MIN_SIZE = 40;

    /** The new bounds, and the guides of the edges that snapped to a sibling's line. */
    record Sized(Rect bounds, List<GestureMarks.Guide> guides) {
    }

    @Override
    public Gesture to(Point world, double threshold, boolean alt) {
        return new ResizeGesture(id, handle, start, press, world, guides, alt);
    }

    @Override
    public Preview preview(ToolContext ctx) {
        Diagram d = ctx.diagram();
        if (d.element(id).isEmpty()) {
            return Preview.idle(Cursor.DEFAULT);
        }
        Sized sized = sized(d, ctx.grid(), ctx.viewport());
        return new Preview(sized.bounds().equals(start) ? Optional.empty() : Optional.of(new Resize(id,
                sized.bounds())), GestureMarks.none().withGuides(sized.guides()), Optional.empty(), handle.cursor());
    }

    @Override
    public void finish(ToolContext ctx) {
        Diagram d = ctx.diagram();
        if (d.element(id).isPresent()) {
            Rect bounds = sized(d, ctx.grid(), ctx.viewport()).bounds();
            if (!bounds.equals(start)) {
                ctx.execute(new Resize(id, bounds));
            }
        }
    }

    Sized sized(Diagram d, Grid grid, Viewport viewport) {
        Optional<Guides> snapping = free ? Optional.empty() : guides;
        double tolerance = viewport.toWorld(Guides.SNAP_PIXELS);
        Optional<Rect> children = d.childrenOf(id).stream().map(Element::bounds).filter(start::contains)
                .reduce(Rect::union);
        Optional<Rect> outer = d.parentOf(id).map(Element::bounds).filter(p -> p.contains(start));
        double minW = Math.min(MIN_SIZE, start.width());
        double minH = Math.min(MIN_SIZE, start.height());
        double dx = at.x() - press.x();
        double dy = at.y() - press.y();
        double left = start.x();
        double top = start.y();
        double right = start.maxX();
        double bottom = start.maxY();
        if (handle.movesLeft()) {
            left = clamp(edge(snapping, true, left + dx, grid, tolerance), outer.map(Rect::x)
                    .orElse(Double.NEGATIVE_INFINITY), Math.min(children.map(Rect::x).orElse(right), right - minW));
        }
        if (handle.movesRight()) {
            right = clamp(edge(snapping, true, right + dx, grid, tolerance), Math.max(children.map(Rect::maxX)
                    .orElse(left), left + minW), outer.map(Rect::maxX).orElse(Double.POSITIVE_INFINITY));
        }
        List<Rect> others = others(d);
        double wantTop = handle.movesTop() ? Math.min(top, top + dy) : top;
        double wantBottom = handle.movesBottom() ? Math.max(bottom, bottom + dy) : bottom;
        for (Rect o : others) {
            if (o.y() < wantBottom && o.maxY() > wantTop) {
                if (handle.movesRight() && o.x() >= start.maxX()) {
                    right = Math.min(right, o.x());
                }
                if (handle.movesLeft() && o.maxX() <= start.x()) {
                    left = Math.max(left, o.maxX());
                }
            }
        }
        if (handle.movesTop()) {
            top = clamp(edge(snapping, false, top + dy, grid, tolerance), outer.map(Rect::y)
                    .orElse(Double.NEGATIVE_INFINITY), Math.min(children.map(Rect::y).orElse(bottom), bottom - minH));
        }
        if (handle.movesBottom()) {
            bottom = clamp(edge(snapping, false, bottom + dy, grid, tolerance), Math.max(children.map(Rect::maxY)
                    .orElse(top), top + minH), outer.map(Rect::maxY).orElse(Double.POSITIVE_INFINITY));
        }
        for (Rect o : others) {
            if (o.x() < right && o.maxX() > left) {
                if (handle.movesBottom() && o.y() >= start.maxY()) {
                    bottom = Math.min(bottom, o.y());
                }
                if (handle.movesTop() && o.maxY() <= start.y()) {
                    top = Math.max(top, o.maxY());
                }
            }
        }
        Rect bounds = new Rect(left, top, right - left, bottom - top);
        List<GestureMarks.Guide> marks = new ArrayList<>();
        if (snapping.isPresent()) {
            double pixel = viewport.toWorld(1);
            Guides g = snapping.get();
            if (handle.movesLeft()) {
                marks.addAll(g.edgeGuide(true, left, bounds, pixel));
            }
            if (handle.movesRight()) {
                marks.addAll(g.edgeGuide(true, right, bounds, pixel));
            }
            if (handle.movesTop()) {
                marks.addAll(g.edgeGuide(false, top, bounds, pixel));
            }
            if (handle.movesBottom()) {
                marks.addAll(g.edgeGuide(false, bottom, bounds, pixel));
            }
        }
        return new Sized(bounds, marks);
    }

    /** The bounds the release would give. */
    Rect bounds(Diagram d, Grid grid, Viewport viewport) {
        return sized(d, grid, viewport).bounds();
    }

    /** The siblings the container does not overlap now: it stops at their edges rather than grow over them. */
    private List<Rect> others(Diagram d) {
        Optional<String> parent = d.element(id).flatMap(Element::parent);
        List<Rect> others = new ArrayList<>();
        for (Element e : parent.map(d::childrenOf).orElseGet(d::roots)) {
            if (!e.id().equals(id) && !e.bounds().intersects(start)) {
                others.add(e.bounds());
            }
        }
        return others;
    }

    /** A dragged edge: onto a sibling's line within reach (guides win), else onto the grid. */
    private static double edge(Optional<Guides> guides, boolean vertical, double value, Grid grid, double tolerance) {
        OptionalDouble snap = guides.map(g -> g.edge(vertical, value, tolerance)).orElse(OptionalDouble.empty());
        return snap.isPresent() ? Math.rint((value + snap.getAsDouble()) * 1024) / 1024 : grid.align(value);
    }

    private static double clamp(double value, double low, double high) {
        return Math.max(low, Math.min(high, value));
    }
}
