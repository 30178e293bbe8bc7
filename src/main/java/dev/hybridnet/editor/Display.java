package dev.hybridnet.editor;

import dev.hybridnet.command.CommandRefusedException;
import dev.hybridnet.geometry.Rect;
import dev.hybridnet.model.Connection;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import dev.hybridnet.render.Decorations;
import dev.hybridnet.render.DiagramRenderer;
import dev.hybridnet.render.Color;
import dev.hybridnet.render.Drawing;
import dev.hybridnet.render.Palette;
import dev.hybridnet.render.PathSegment;
import dev.hybridnet.render.Scene;
import dev.hybridnet.render.Shape;
import dev.hybridnet.render.Style;
import dev.hybridnet.validation.Finding;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * What the canvas shows, as a function of the committed diagram and the editor state: the diagram with the
 * gesture's preview applied, the renderer's scene of it, and the drawing of that scene with every decoration.
 * Each is remembered until its inputs change, because the canvas asks on every repaint and the tools hit-test on
 * every pointer move: a new hover or selection draws only the decorations again.
 */
final class Display {

    private final DiagramRenderer renderer = new DiagramRenderer();
    private Optional<Diagram> base = Optional.empty();
    private Optional<Preview> preview = Optional.empty();
    private Optional<Diagram> displayed = Optional.empty();
    /** The last two scenes asked for, the latest first: during a drag, the committed diagram's and its preview's. */
    private Optional<Scene> latest = Optional.empty();
    private Optional<Scene> earlier = Optional.empty();
    private Optional<Scene> drawn = Optional.empty();
    private Optional<Decorations> decorations = Optional.empty();
    private Optional<Drawing> drawing = Optional.empty();

    /** The committed diagram with the previewed change applied, or as it is when the change does not apply. */
    Diagram displayed(Diagram committed, Preview current) {
        if (base.filter(b -> b == committed).isEmpty() || preview.filter(p -> p.equals(current)).isEmpty()) {
            base = Optional.of(committed);
            preview = Optional.of(current);
            displayed = Optional.of(current.change().flatMap(c -> {
                try {
                    return Optional.of(c.apply(committed));
                } catch (CommandRefusedException e) {
                    return Optional.empty();
                }
            }).orElse(committed));
        }
        return displayed.orElseThrow();
    }

    /** The diagram {@code d} as the renderer draws it, without decorations. */
    Scene scene(Diagram d) {
        if (latest.filter(s -> s.diagram() == d).isEmpty()) {
            Optional<Scene> found = earlier.filter(s -> s.diagram() == d);
            earlier = latest;
            latest = Optional.of(found.orElseGet(() -> renderer.scene(d)));
        }
        return latest.orElseThrow();
    }

    /** The drawing of {@code shown} with the badges of {@code findings}, those of the committed diagram's check. */
    Drawing drawing(Diagram shown, EditorState state, Preview current, List<Finding> findings) {
        Scene scene = scene(shown);
        Decorations wanted = new Decorations(state.selection.retainedIn(shown).ids(),
                state.hover.filter(shown::hasId), findings, handles(shown, state, current), current.marks());
        if (drawn.filter(s -> s == scene).isEmpty() || !decorations.equals(Optional.of(wanted))) {
            drawn = Optional.of(scene);
            decorations = Optional.of(wanted);
            drawing = Optional.of(renderer.render(scene, wanted));
        }
        return drawing.orElseThrow();
    }

    /** The connection handle of the component under the pointer, while the select tool is idle. */
    private static List<Shape> handles(Diagram shown, EditorState state, Preview current) {
        if (!(state.tool instanceof SelectTool) || state.tool.busy() || current.change().isPresent()) {
            return List.of();
        }
        Optional<Element> hovered = state.hover.flatMap(shown::element);
        if (hovered.isEmpty()) {
            return List.of();
        }
        return ConnectionHandle.of(hovered.get(), state.viewport).map(c -> {
            double r = state.viewport.toWorld(ConnectionHandle.RADIUS);
            List<PathSegment> plus = List.of(new PathSegment.Circle(c, r), new PathSegment.MoveTo(c.plus(-r / 2, 0)),
                    new PathSegment.LineTo(c.plus(r / 2, 0)), new PathSegment.MoveTo(c.plus(0, -r / 2)),
                    new PathSegment.LineTo(c.plus(0, r / 2)));
            Style style = Style.fillAndStroke(Color.WHITE, Palette.ACCENT, state.viewport.toWorld(1.5));
            return List.<Shape>of(new Shape.Group(hovered.get().id() + "-connect", "connection-handle",
                    List.of(new Shape.Path(plus, style, false))));
        }).orElse(List.of());
    }

    /** The region a zoom-to-fit shows: the diagram with the labels under its icons, as exports frame it. */
    Rect extent(Diagram d) {
        return scene(d).viewBox();
    }

    /** The smallest rectangle around the given elements and the ends of the given connections. */
    Optional<Rect> bounds(Diagram d, Collection<String> ids) {
        List<Rect> boxes = new ArrayList<>();
        for (String id : ids) {
            d.element(id).map(Element::bounds).ifPresent(boxes::add);
            d.connection(id).map(Connection::from).flatMap(d::element).map(Element::bounds).ifPresent(boxes::add);
            d.connection(id).map(Connection::to).flatMap(d::element).map(Element::bounds).ifPresent(boxes::add);
        }
        return boxes.stream().reduce(Rect::union);
    }
}
