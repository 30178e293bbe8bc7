package dev.hybridnet.render;

import dev.hybridnet.model.Diagram;
import java.util.ArrayList;
import java.util.List;

/**
 * The shapes of {@link GestureMarks}: a translucent rubber band, a coloured outline, a dashed arrow, and the smart
 * guides as thin lines (a gap's mark has a short bar across each end).
 */
final class GesturePainter {

    private GesturePainter() {
    }

    static List<Shape> paint(Diagram d, GestureMarks marks) {
        List<Shape> shapes = new ArrayList<>(3);
        marks.target().flatMap(t -> d.element(t.id()).map(e -> new Shape.Group("target-" + e.id(), "drop-target",
                List.of(new Shape.Box(DecorationPainter.grow(e.bounds(), 4), 4,
                        Style.stroke(color(t.tone()), 3)))))).ifPresent(shapes::add);
        marks.line().ifPresent(line -> shapes.add(new Shape.Group("connect-preview", "connect-preview",
                Arrow.of(List.of(line.from(), line.to()), Style.stroke(color(line.tone()), 2).dashed(6, 4),
                        Arrow.Heads.END, 10, 9))));
        marks.rubberBand().ifPresent(band -> shapes.add(new Shape.Group("rubber-band", "rubber-band",
                List.of(new Shape.Box(band, 0, Style.fillAndStroke(Palette.SELECTION.withAlpha(0.08),
                        Palette.SELECTION, 1).dashed(4, 3))))));
        if (!marks.guides().isEmpty()) {
            List<Shape> lines = new ArrayList<>(marks.guides().size());
            for (GestureMarks.Guide g : marks.guides()) {
                lines.add(guide(g));
            }
            shapes.add(new Shape.Group("smart-guides", "smart-guides", lines));
        }
        return shapes;
    }

    private static Shape guide(GestureMarks.Guide g) {
        Style style = Style.stroke(Palette.GUIDE, g.pixel());
        List<PathSegment> path = new ArrayList<>(6);
        path.add(new PathSegment.MoveTo(g.from()));
        path.add(new PathSegment.LineTo(g.to()));
        if (g.kind() == GestureMarks.Guide.Kind.GAP) {
            double bar = 4 * g.pixel();
            boolean horizontal = Math.abs(g.to().x() - g.from().x()) >= Math.abs(g.to().y() - g.from().y());
            for (var end : List.of(g.from(), g.to())) {
                path.add(new PathSegment.MoveTo(horizontal ? end.plus(0, -bar) : end.plus(-bar, 0)));
                path.add(new PathSegment.LineTo(horizontal ? end.plus(0, bar) : end.plus(bar, 0)));
            }
        }
        return new Shape.Path(path, style, false);
    }

    static Color color(GestureMarks.Tone tone) {
        return switch (tone) {
            case NEUTRAL -> Palette.SELECTION;
            case LEGAL -> Palette.LEGAL;
            case ILLEGAL -> Palette.ILLEGAL;
        };
    }
}
