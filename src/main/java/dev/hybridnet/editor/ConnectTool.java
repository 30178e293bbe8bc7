package dev.hybridnet.editor;

import dev.hybridnet.catalog.Catalog;
import dev.hybridnet.command.AddConnection;
import dev.hybridnet.command.Wording;
import dev.hybridnet.geometry.Point;
import dev.hybridnet.geometry.Segments;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import dev.hybridnet.render.GestureMarks;
import dev.hybridnet.render.Scene;
import dev.hybridnet.validation.ConnectionOption;
import dev.hybridnet.validation.ConnectionPolicy;
import java.util.List;
import java.util.Optional;

/**
 * Draws a connection: press on a component, drag, release on another. While dragging, the line and the component
 * under the pointer turn green when the connection policy allows a connection and red when it does not, with the
 * policy's reason next to the pointer. The release adds the one legal connection, asks the user to choose when
 * several kinds fit, and otherwise refuses with the reason. The tool stays active until Escape.
 */
public final class ConnectTool extends Tool {

    /** Who a connection would go to from the source, at the pointer. */
    private record Target(Optional<Element> element, Optional<String> refusal) {
    }

    private Optional<String> source = Optional.empty();
    private Optional<Point> pointer = Optional.empty();
    /** Started from a connection handle: after the release (or Escape) the select tool comes back. */
    private final boolean oneShot;

    public ConnectTool() {
        this.oneShot = false;
    }

    /** A connect gesture already started from {@code source}'s connection handle, at {@code at}. */
    ConnectTool(String source, Point at) {
        this.oneShot = true;
        this.source = Optional.of(source);
        this.pointer = Optional.of(at);
    }

    @Override
    public ToolKind kind() {
        return ToolKind.CONNECT;
    }

    @Override
    void pointer(PointerEvent e, ToolContext ctx) {
        Point world = ctx.viewport().toWorld(e.screen());
        pointer = Optional.of(world);
        Scene scene = ctx.scene();
        Diagram d = scene.diagram();
        switch (e.type()) {
            case MOVE -> ctx.hover(sourceAt(scene, world).map(Element::id));
            case PRESS -> {
                if (e.button() == PointerEvent.Button.PRIMARY) {
                    source = sourceAt(scene, world).map(Element::id);
                }
            }
            case DRAG -> {
            }
            case RELEASE -> {
                Optional<String> from = source;
                source = Optional.empty();
                from.filter(id -> d.element(id).isPresent()).ifPresent(id -> finish(scene, id, world, ctx));
                if (oneShot) {
                    ctx.done();
                }
            }
        }
    }

    private static void finish(Scene scene, String from, Point world, ToolContext ctx) {
        Diagram d = scene.diagram();
        Target target = target(scene, from, world);
        if (target.element().isEmpty()) {
            return;
        }
        if (target.refusal().isPresent()) {
            ctx.status(target.refusal().get());
            return;
        }
        List<ConnectionOption> options = ConnectionPolicy.options(d, from, target.element().get().id());
        if (options.size() == 1) {
            ConnectionOption only = options.get(0);
            ctx.execute(dev.hybridnet.command.Connecting.of(d, only.kind(), only.from(), only.to()));
        } else {
            ctx.choose(options);
        }
    }

    /**
     * Where a connection starts when pressing at the point: the topmost element, except that a subnet (which
     * takes part in no connection) stands for its virtual network, so that a press anywhere in a VNet can start a
     * peering. Any other element starts a gesture too, and the policy explains the refusal at the release.
     */
    private static Optional<Element> sourceAt(Scene scene, Point p) {
        List<Element> under = Hits.elementsAt(scene, p);
        Optional<Element> top = under.stream().findFirst();
        if (top.isPresent() && Hits.isContainer(top.get()) && !Catalog.isConnectable(top.get().kind())) {
            return under.stream().filter(e -> Catalog.isConnectable(e.kind())).findFirst().or(() -> top);
        }
        return top;
    }

    /** The topmost element at the point that the source may connect to, else the topmost one and its refusal. */
    private static Target target(Scene scene, String from, Point p) {
        Diagram d = scene.diagram();
        List<Element> under = Hits.elementsAt(scene, p).stream().filter(e -> !e.id().equals(from)).toList();
        for (Element e : under) {
            if (ConnectionPolicy.whyNot(d, from, e.id()).isEmpty()) {
                return new Target(Optional.of(e), Optional.empty());
            }
        }
        return under.stream().findFirst().map(e -> new Target(Optional.of(e), ConnectionPolicy.whyNot(d, from,
                e.id()))).orElse(new Target(Optional.empty(), Optional.empty()));
    }

    @Override
    Preview preview(ToolContext ctx) {
        Scene scene = ctx.scene();
        Optional<Element> from = source.flatMap(scene.diagram()::element);
        if (from.isEmpty() || pointer.isEmpty()) {
            return Preview.idle(Cursor.CROSSHAIR);
        }
        Point at = pointer.get();
        Target target = target(scene, from.get().id(), at);
        GestureMarks.Tone tone = target.element().isEmpty() ? GestureMarks.Tone.NEUTRAL
                : target.refusal().isPresent() ? GestureMarks.Tone.ILLEGAL : GestureMarks.Tone.LEGAL;
        GestureMarks marks = new GestureMarks(Optional.empty(),
                target.element().map(e -> new GestureMarks.Target(e.id(), tone)),
                Optional.of(new GestureMarks.Line(Segments.exitPoint(from.get().bounds(), at), at, tone)));
        Optional<String> hint = target.refusal().or(() -> target.element().map(e -> "Connect "
                + Wording.label(from.get()) + " to " + Wording.label(e)));
        return new Preview(Optional.empty(), marks, hint,
                tone == GestureMarks.Tone.ILLEGAL ? Cursor.NOT_ALLOWED : Cursor.CROSSHAIR);
    }

    @Override
    boolean cancel() {
        boolean had = source.isPresent();
        source = Optional.empty();
        return had;
    }

    @Override
    boolean busy() {
        return source.isPresent();
    }
}
