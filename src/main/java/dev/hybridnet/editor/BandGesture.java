package dev.hybridnet.editor;

import dev.hybridnet.geometry.Point;
import dev.hybridnet.geometry.Rect;
import dev.hybridnet.render.GestureMarks;
import java.util.Optional;
import java.util.Set;

/**
 * A rubber band dragged from empty canvas: the release selects the elements wholly inside it (outermost only),
 * added to the selection {@code before} when Shift was held at the press.
 */
record BandGesture(Point press, Point at, boolean additive, Selection before) implements Gesture {

    @Override
    public Gesture to(Point world, double threshold, boolean free) {
        return new BandGesture(press, world, additive, before);
    }

    Optional<Rect> band() {
        double w = Math.abs(at.x() - press.x());
        double h = Math.abs(at.y() - press.y());
        if (w <= 0 || h <= 0) {
            return Optional.empty();
        }
        return Optional.of(new Rect(Math.min(at.x(), press.x()), Math.min(at.y(), press.y()), w, h));
    }

    @Override
    public Preview preview(ToolContext ctx) {
        return new Preview(Optional.empty(), new GestureMarks(band(), Optional.empty(), Optional.empty()),
                Optional.empty(), Cursor.CROSSHAIR);
    }

    @Override
    public void finish(ToolContext ctx) {
        band().ifPresent(r -> {
            Set<String> inside = Hits.inside(ctx.diagram(), r);
            ctx.select(additive ? before.with(inside) : Selection.of(inside));
        });
    }
}
