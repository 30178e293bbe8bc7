package dev.hybridnet.editor;

import dev.hybridnet.command.RouteEdits;
import dev.hybridnet.geometry.Point;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import java.util.Optional;
import java.util.Set;

/**
 * The default tool. A click selects what is under the pointer (Shift toggles it); a drag from an element moves
 * the selection, a drag from a handle resizes a network or subnet, a drag from a selected connection's handle
 * moves or adds a waypoint (a double click on a waypoint removes it), and a drag from empty canvas draws a rubber
 * band. Each gesture previews on the canvas and commits at most one command at the release.
 */
public final class SelectTool extends Tool {

    /** How far, in screen pixels, a press must move before it is a drag rather than a click. */
    static final double DRAG_THRESHOLD = 3;

    private Optional<Gesture> gesture = Optional.empty();
    private Optional<Point> pointer = Optional.empty();

    @Override
    public ToolKind kind() {
        return ToolKind.SELECT;
    }

    @Override
    void pointer(PointerEvent e, ToolContext ctx) {
        Point world = ctx.viewport().toWorld(e.screen());
        pointer = Optional.of(world);
        switch (e.type()) {
            case MOVE -> {
                // Keep the hover on a component while the pointer is over its connection handle, just outside it.
                boolean onHandle = ConnectionHandle.at(ctx.diagram(), ctx.hovered(), world, ctx.viewport()).isPresent();
                if (!onHandle) {
                    ctx.hover(Hits.elementAt(ctx.scene(), world).map(Element::id));
                }
            }
            case PRESS -> {
                if (e.button() == PointerEvent.Button.PRIMARY) {
                    gesture = press(world, e.shift(), ctx);
                }
            }
            case DRAG -> gesture = gesture.map(g -> g.to(world, ctx.viewport().toWorld(DRAG_THRESHOLD),
                    e.modifiers().contains(Modifier.ALT)));
            case RELEASE -> {
                Optional<Gesture> ending = gesture;
                gesture = Optional.empty();
                ending.ifPresent(g -> g.finish(ctx));
            }
            case DOUBLE_CLICK -> {
                if (e.button() == PointerEvent.Button.PRIMARY && gesture.isEmpty()) {
                    Hits.waypointAt(ctx.scene(), world, ctx.selection().ids(), ctx.tolerance()).filter(h -> !h.add())
                            .ifPresent(h -> ctx.execute(RouteEdits.remove(ctx.diagram(), h.id(), h.index())));
                }
            }
        }
    }

    private Optional<Gesture> press(Point world, boolean shift, ToolContext ctx) {
        Diagram d = ctx.diagram();
        Selection selection = ctx.selection();
        Optional<String> handleOf = ConnectionHandle.at(d, ctx.hovered(), world, ctx.viewport());
        if (handleOf.isPresent() && !shift) {
            ctx.use(new ConnectTool(handleOf.get(), world));
            return Optional.empty();
        }
        Hit hit = Hits.at(ctx.scene(), world, shift ? Set.of() : selection.ids(), ctx.tolerance());
        if (hit instanceof Hit.OnHandle h) {
            Element e = d.element(h.id()).orElseThrow();
            Optional<Guides> guides = ctx.smartGuides() ? Optional.of(Guides.among(d, e.parent(), Set.of(e.id())))
                    : Optional.empty();
            return Optional.of(new ResizeGesture(h.id(), h.handle(), e.bounds(), world, world, guides, false));
        }
        if (hit instanceof Hit.OnWaypoint w) {
            return Optional.of(new WaypointGesture(w, world, world, false));
        }
        if (hit instanceof Hit.OnElement on) {
            return grab(d, on.id(), world, shift, ctx);
        }
        if (hit instanceof Hit.OnConnection on) {
            ctx.select(shift ? selection.toggled(on.id()) : Selection.of(on.id()));
            return Optional.empty();
        }
        if (!shift) {
            ctx.select(Selection.empty());
        }
        return Optional.of(new BandGesture(world, world, shift, ctx.selection()));
    }

    private static Optional<Gesture> grab(Diagram d, String id, Point world, boolean shift, ToolContext ctx) {
        Selection selection = ctx.selection();
        Optional<String> clickSelects = Optional.empty();
        if (shift) {
            selection = selection.toggled(id);
            ctx.select(selection);
            if (!selection.contains(id)) {
                return Optional.empty();
            }
        } else if (!selection.contains(id)) {
            selection = Selection.of(id);
            ctx.select(selection);
        } else if (selection.size() > 1) {
            clickSelects = Optional.of(id);
        }
        Set<String> movers = selection.outermostElements(d);
        String unit = movers.contains(id) ? id : d.ancestorsOf(id).stream().map(Element::id)
                .filter(movers::contains).findFirst().orElse(id);
        Optional<Guides> guides = ctx.smartGuides()
                ? Optional.of(Guides.among(d, d.element(unit).flatMap(Element::parent), movers)) : Optional.empty();
        return Optional.of(new MoveGesture(movers, unit, world, world, false, clickSelects, guides, false));
    }

    @Override
    Preview preview(ToolContext ctx) {
        if (gesture.isPresent()) {
            return gesture.get().preview(ctx);
        }
        Optional<Hit.OnHandle> handle = pointer.flatMap(p -> Hits.handleAt(ctx.diagram(), p, ctx.selection().ids(),
                ctx.tolerance()));
        if (handle.isPresent()) {
            return Preview.idle(handle.get().handle().cursor());
        }
        boolean onWaypoint = pointer.flatMap(p -> Hits.waypointAt(ctx.scene(), p, ctx.selection().ids(),
                ctx.tolerance())).isPresent();
        return Preview.idle(onWaypoint ? Cursor.MOVE : Cursor.DEFAULT);
    }

    @Override
    boolean cancel() {
        boolean had = gesture.isPresent();
        gesture = Optional.empty();
        return had;
    }

    @Override
    boolean busy() {
        return gesture.isPresent();
    }
}
