package dev.hybridnet.editor;

import dev.hybridnet.command.Resize;
import dev.hybridnet.geometry.Point;
import dev.hybridnet.geometry.Rect;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import dev.hybridnet.render.GestureMarks;
import java.util.Optional;

/**
 * Dragging a resize handle of a network or subnet. The dragged edges follow the pointer (snapped), but stop where
 * a child would stick out, where the container would leave its own container, and at a minimum size, so the
 * release always makes a {@link Resize} that applies.
 */
record ResizeGesture(String id, Handle handle, Rect start, Point press, Point at) implements Gesture {

    /** The smallest a container gets by dragging: room for its header and a little more. */
    static final double MIN_SIZE = 40;

    @Override
    public Gesture to(Point world, double threshold, boolean free) {
        return new ResizeGesture(id, handle, start, press, world);
    }

    @Override
    public Preview preview(ToolContext ctx) {
        Diagram d = ctx.diagram();
        if (d.element(id).isEmpty()) {
            return Preview.idle(Cursor.DEFAULT);
        }
        Rect bounds = bounds(d, ctx.grid());
        return new Preview(bounds.equals(start) ? Optional.empty() : Optional.of(new Resize(id, bounds)),
                GestureMarks.none(), Optional.empty(), handle.cursor());
    }

    @Override
    public void finish(ToolContext ctx) {
        Diagram d = ctx.diagram();
        if (d.element(id).isPresent()) {
            Rect bounds = bounds(d, ctx.grid());
            if (!bounds.equals(start)) {
                ctx.execute(new Resize(id, bounds));
            }
        }
    }

    Rect bounds(Diagram d, Grid grid) {
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
            left = clamp(grid.align(left + dx), outer.map(Rect::x).orElse(Double.NEGATIVE_INFINITY),
                    Math.min(children.map(Rect::x).orElse(right), right - minW));
        }
        if (handle.movesRight()) {
            right = clamp(grid.align(right + dx), Math.max(children.map(Rect::maxX).orElse(left), left + minW),
                    outer.map(Rect::maxX).orElse(Double.POSITIVE_INFINITY));
        }
        if (handle.movesTop()) {
            top = clamp(grid.align(top + dy), outer.map(Rect::y).orElse(Double.NEGATIVE_INFINITY),
                    Math.min(children.map(Rect::y).orElse(bottom), bottom - minH));
        }
        if (handle.movesBottom()) {
            bottom = clamp(grid.align(bottom + dy), Math.max(children.map(Rect::maxY).orElse(top), top + minH),
                    outer.map(Rect::maxY).orElse(Double.POSITIVE_INFINITY));
        }
        return new Rect(left, top, right - left, bottom - top);
    }

    private static double clamp(double value, double low, double high) {
        return Math.max(low, Math.min(high, value));
    }
}
