package dev.hybridnet.editor;

import dev.hybridnet.command.Command;
import dev.hybridnet.command.RouteEdits;
import dev.hybridnet.geometry.Point;
import dev.hybridnet.geometry.Segments;
import dev.hybridnet.render.GestureMarks;
import java.util.Optional;

/**
 * Dragging a handle of a selected connection's route: a waypoint follows the pointer (snapped), or the "add"
 * handle of a segment becomes a new waypoint there. The release makes one {@link RouteEdits} command; a press
 * that never moves past the drag threshold changes nothing.
 */
record WaypointGesture(Hit.OnWaypoint handle, Point press, Point at, boolean dragging) implements Gesture {

    @Override
    public Gesture to(Point world, double threshold, boolean free) {
        return new WaypointGesture(handle, press, world, dragging || Segments.length(press, world) > threshold);
    }

    @Override
    public Preview preview(ToolContext ctx) {
        return new Preview(command(ctx), GestureMarks.none(), Optional.empty(), Cursor.MOVE);
    }

    @Override
    public void finish(ToolContext ctx) {
        command(ctx).ifPresent(ctx::execute);
    }

    private Optional<Command> command(ToolContext ctx) {
        if (!dragging || ctx.diagram().connection(handle.id()).isEmpty()) {
            return Optional.empty();
        }
        Point to = ctx.grid().align(at);
        return Optional.of(handle.add() ? RouteEdits.add(ctx.diagram(), handle.id(), handle.index(), to)
                : RouteEdits.move(ctx.diagram(), handle.id(), handle.index(), to));
    }
}
