package dev.hybridnet.editor;

import dev.hybridnet.command.AddElement;
import dev.hybridnet.command.Blueprint;
import dev.hybridnet.command.Landed;
import dev.hybridnet.geometry.Point;
import dev.hybridnet.geometry.Rect;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import dev.hybridnet.render.GestureMarks;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Places one new element from the palette. As the pointer moves, the canvas shows where it would go and marks
 * the container that would hold it, or marks the spot red and says why not; the release adds it (one
 * {@link AddElement}) into the innermost container there that may hold it, selects it, and hands back to the
 * select tool. A refused release leaves the tool active, so the user can try another spot or press Escape.
 */
public final class PlaceTool extends Tool {

    /** Room kept between a new element and the edges of its container, and under the container's header. */
    static final double PADDING = 10;
    static final double HEADER = 30;

    private final Blueprint blueprint;
    private Optional<Point> pointer = Optional.empty();

    PlaceTool(Blueprint blueprint) {
        this.blueprint = Objects.requireNonNull(blueprint, "blueprint");
    }

    @Override
    public ToolKind kind() {
        return ToolKind.PLACE;
    }

    public Blueprint blueprint() {
        return blueprint;
    }

    @Override
    void pointer(PointerEvent e, ToolContext ctx) {
        Point world = ctx.viewport().toWorld(e.screen());
        pointer = Optional.of(world);
        if (e.type() == PointerEvent.Type.RELEASE && e.button() == PointerEvent.Button.PRIMARY) {
            Diagram d = ctx.diagram();
            Drop drop = Drop.forPlace(ctx.scene(), blueprint.kind(), world);
            if (drop instanceof Drop.Into into) {
                Element element = element(d, into.parent(), ctx.grid().align(world), ctx.visible());
                if (ctx.execute(new Landed(new AddElement(element), Set.of(element.id())))) {
                    ctx.select(Selection.of(element.id()));
                    ctx.done();
                }
            } else if (drop instanceof Drop.Refused refused) {
                ctx.status(refused.reason());
            }
        }
    }

    @Override
    Preview preview(ToolContext ctx) {
        if (pointer.isEmpty()) {
            return Preview.idle(Cursor.CROSSHAIR);
        }
        Diagram d = ctx.diagram();
        Drop drop = Drop.forPlace(ctx.scene(), blueprint.kind(), pointer.get());
        if (drop instanceof Drop.Into into) {
            AddElement add = new AddElement(element(d, into.parent(), ctx.grid().align(pointer.get()),
                    ctx.visible()));
            String where = into.parent().flatMap(d::element).map(p -> " to " + p.name()).orElse("");
            return new Preview(Optional.of(add), MoveGesture.mark(into.parent(), GestureMarks.Tone.LEGAL),
                    Optional.of(add.label(d) + where), Cursor.CROSSHAIR);
        }
        Drop.Refused refused = (Drop.Refused) drop;
        return new Preview(Optional.empty(), MoveGesture.mark(refused.at(), GestureMarks.Tone.ILLEGAL),
                Optional.of(refused.reason()), Cursor.NOT_ALLOWED);
    }

    /**
     * The new element centred on the point, pulled inside its container when it fits there; at the top level,
     * pulled inside the part of the canvas on screen, so that a drop near the edge is not half out of sight.
     */
    private Element element(Diagram d, Optional<String> parent, Point center, Rect visible) {
        Element e = blueprint.create(d, parent, center);
        Optional<Rect> outer = parent.flatMap(d::element).map(Element::bounds);
        if (outer.isPresent()) {
            return e.withBounds(inside(e.bounds(), outer.get()));
        }
        Rect r = e.bounds();
        double x = Math.max(visible.x() + PADDING, Math.min(visible.maxX() - PADDING - r.width(), r.x()));
        double y = Math.max(visible.y() + PADDING, Math.min(visible.maxY() - PADDING - r.height(), r.y()));
        boolean fits = r.width() + 2 * PADDING <= visible.width() && r.height() + 2 * PADDING <= visible.height();
        return fits ? e.withBounds(r.movedTo(Math.round(x), Math.round(y))) : e;
    }

    static Rect inside(Rect r, Rect outer) {
        double minX = outer.x() + PADDING;
        double maxX = outer.maxX() - PADDING - r.width();
        double minY = outer.y() + HEADER;
        double maxY = outer.maxY() - PADDING - r.height();
        double x = minX <= maxX ? Math.max(minX, Math.min(maxX, r.x())) : r.x();
        double y = minY <= maxY ? Math.max(minY, Math.min(maxY, r.y())) : r.y();
        return r.movedTo(x, y);
    }

    @Override
    boolean cancel() {
        return false;
    }

    @Override
    boolean busy() {
        return false;
    }
}
