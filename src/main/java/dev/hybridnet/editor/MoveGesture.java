package dev.hybridnet.editor;

import dev.hybridnet.command.Command;
import dev.hybridnet.command.Move;
import dev.hybridnet.command.Landed;
import dev.hybridnet.command.Reparent;
import dev.hybridnet.geometry.Point;
import dev.hybridnet.geometry.Rect;
import dev.hybridnet.geometry.Segments;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import dev.hybridnet.render.GestureMarks;
import dev.hybridnet.render.Scene;
import java.util.Optional;
import java.util.Set;

/**
 * Dragging the selection. While it moves, the canvas shows the moved elements and marks the container they would
 * land in; the release makes one {@link Move}, or one {@link Reparent} when they land in another container, or
 * nothing and a reason when that container may not hold them.
 *
 * @param movers       the outermost selected elements, which move with their contents
 * @param unit         the mover that was grabbed; where it lands decides the drop, and it snaps to the grid
 * @param clickSelects the element to select alone if the press ends without a drag
 */
record MoveGesture(Set<String> movers, String unit, Point press, Point at, boolean dragging,
        Optional<String> clickSelects) implements Gesture {

    MoveGesture {
        movers = Set.copyOf(movers);
    }

    @Override
    public Gesture to(Point world, double threshold) {
        boolean started = dragging || Segments.length(press, world) > threshold;
        return new MoveGesture(movers, unit, press, world, started, clickSelects);
    }

    @Override
    public Preview preview(ToolContext ctx) {
        Diagram d = ctx.diagram();
        if (!dragging || !alive(d)) {
            return Preview.idle(Cursor.MOVE);
        }
        Point delta = delta(d, ctx.grid());
        Move move = new Move(movers, delta.x(), delta.y());
        Drop drop = drop(ctx.scene());
        if (drop instanceof Drop.Into into) {
            Command reparent = new Reparent(movers, into.parent(), delta.x(), delta.y());
            return new Preview(Optional.of(reparent), mark(into.parent(), GestureMarks.Tone.LEGAL),
                    Optional.of(reparent.label(d)), Cursor.MOVE);
        }
        if (drop instanceof Drop.Refused refused) {
            return new Preview(Optional.of(move), mark(refused.at(), GestureMarks.Tone.ILLEGAL),
                    Optional.of(refused.reason()), Cursor.NOT_ALLOWED);
        }
        return new Preview(Optional.of(move), GestureMarks.none(), Optional.empty(), Cursor.MOVE);
    }

    @Override
    public void finish(ToolContext ctx) {
        Diagram d = ctx.diagram();
        if (!alive(d)) {
            return;
        }
        if (!dragging) {
            clickSelects.ifPresent(id -> ctx.select(Selection.of(id)));
            return;
        }
        Point delta = delta(d, ctx.grid());
        Drop drop = drop(ctx.scene());
        if (drop instanceof Drop.Into into) {
            ctx.execute(new Landed(new Reparent(movers, into.parent(), delta.x(), delta.y()), movers));
        } else if (drop instanceof Drop.Refused refused) {
            ctx.status(refused.reason());
        } else if (delta.x() != 0 || delta.y() != 0) {
            ctx.execute(new Landed(new Move(movers, delta.x(), delta.y()), movers));
        }
    }

    /** The pointer's travel, adjusted so that the grabbed element's top-left corner lands on the grid. */
    Point delta(Diagram d, Grid grid) {
        Rect b = d.element(unit).orElseThrow().bounds();
        double x = grid.align(b.x() + at.x() - press.x()) - b.x();
        double y = grid.align(b.y() + at.y() - press.y()) - b.y();
        return new Point(x, y);
    }

    Drop drop(Scene scene) {
        return Drop.forMove(scene, movers, scene.diagram().element(unit).flatMap(Element::parent), at);
    }

    private boolean alive(Diagram d) {
        return d.element(unit).isPresent() && movers.stream().allMatch(id -> d.element(id).isPresent());
    }

    static GestureMarks mark(Optional<String> id, GestureMarks.Tone tone) {
        return new GestureMarks(Optional.empty(), id.map(x -> new GestureMarks.Target(x, tone)), Optional.empty());
    }
}
