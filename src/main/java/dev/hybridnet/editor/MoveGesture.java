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
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Dragging the selection. While it moves, the canvas shows the moved elements and marks the container they would
 * land in; the release makes one {@link Move}, or one {@link Reparent} when they land in another container, or
 * nothing and a reason when that container may not hold them. A plain move snaps to the smart {@link Guides} of
 * the grabbed element's container when they are on and Alt is not held; otherwise to the grid.
 *
 * @param movers       the outermost selected elements, which move with their contents
 * @param unit         the mover that was grabbed; where it lands decides the drop, and it snaps to the grid
 * @param clickSelects the element to select alone if the press ends without a drag
 * @param guides       the grabbed element's siblings, to snap to; empty when smart guides are off
 * @param free         Alt is held: no guides for now
 */
record MoveGesture(Set<String> movers, String unit, Point press, Point at, boolean dragging,
        Optional<String> clickSelects, Optional<Guides> guides, boolean free) implements Gesture {

    MoveGesture {
        movers = Set.copyOf(movers);
    }

    @Override
    public Gesture to(Point world, double threshold, boolean alt) {
        boolean started = dragging || Segments.length(press, world) > threshold;
        return new MoveGesture(movers, unit, press, world, started, clickSelects, guides, alt);
    }

    @Override
    public Preview preview(ToolContext ctx) {
        Diagram d = ctx.diagram();
        if (!dragging || !alive(d)) {
            return Preview.idle(Cursor.MOVE);
        }
        Drop drop = drop(ctx.scene());
        Point delta = delta(d, ctx.grid());
        if (drop instanceof Drop.Stay) {
            Guides.Snap snap = snap(d, ctx.viewport());
            Point snapped = snapped(delta, snap);
            return new Preview(Optional.of(new Move(movers, snapped.x(), snapped.y())),
                    GestureMarks.none().withGuides(snap.guides()), Optional.empty(), Cursor.MOVE);
        }
        Move move = new Move(movers, delta.x(), delta.y());
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
        Drop drop = drop(ctx.scene());
        Point delta = delta(d, ctx.grid());
        if (drop instanceof Drop.Stay) {
            delta = snapped(delta, snap(d, ctx.viewport()));
        }
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

    /** Where the guides would pull the moved elements' bounding box, for a plain move; nothing when off. */
    Guides.Snap snap(Diagram d, Viewport viewport) {
        if (free || guides.isEmpty()) {
            return new Guides.Snap(OptionalDouble.empty(), OptionalDouble.empty(), List.of());
        }
        Rect box = movers.stream().map(id -> d.element(id).orElseThrow().bounds()).reduce(Rect::union).orElseThrow()
                .movedBy(at.x() - press.x(), at.y() - press.y());
        return guides.get().snap(box, viewport.toWorld(Guides.SNAP_PIXELS), viewport.toWorld(1));
    }

    /** The travel on each axis: to the guide where one snapped (guides win), else {@code grid}'s. */
    private Point snapped(Point grid, Guides.Snap snap) {
        double x = snap.dx().isPresent() ? exact(at.x() - press.x() + snap.dx().getAsDouble()) : grid.x();
        double y = snap.dy().isPresent() ? exact(at.y() - press.y() + snap.dy().getAsDouble()) : grid.y();
        return new Point(x, y);
    }

    /** Drops the rounding noise of adding and taking away the pointer's travel (a 1/1024 unit keeps halves). */
    private static double exact(double v) {
        return Math.rint(v * 1024) / 1024;
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
