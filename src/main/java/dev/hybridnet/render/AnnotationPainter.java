package dev.hybridnet.render;

import dev.hybridnet.geometry.Point;
import dev.hybridnet.geometry.Rect;
import dev.hybridnet.model.Element;
import dev.hybridnet.model.ElementKind;
import dev.hybridnet.model.Keys;
import java.util.ArrayList;
import java.util.List;

/**
 * The shapes of the annotations in the full style: a note as a pale sticky note with a folded corner and its text
 * wrapped inside, a group as a rounded dashed frame with its title at the top left. Their colours are the
 * diagram's, like every other shape, so they read the same on the canvas in either theme and in every export.
 */
final class AnnotationPainter {

    static final Color NOTE_FILL = Color.rgb(0xFFF8D4);
    static final Color NOTE_BORDER = Color.rgb(0xD9C36A);
    static final Color NOTE_FOLD = Color.rgb(0xEFE0A0);
    static final Color GROUP_BORDER = Color.rgb(0x8A8A8A);
    static final Font NOTE_TEXT = Font.sans(11);
    static final Font GROUP_TITLE = Font.sansBold(12);
    static final double PADDING = 8;
    static final double LINE_HEIGHT = 14;
    static final double FOLD = 10;

    private AnnotationPainter() {
    }

    static Shape.Group paint(Element e) {
        List<Shape> shapes = e.kind() == ElementKind.NOTE ? note(e) : group(e);
        return new Shape.Group(e.id(), "annotation", shapes);
    }

    private static List<Shape> note(Element e) {
        Rect b = e.bounds();
        List<Shape> shapes = new ArrayList<>();
        double fold = Math.min(FOLD, Math.min(b.width(), b.height()) / 2);
        shapes.add(new Shape.Polygon(List.of(new Point(b.x(), b.y()), new Point(b.maxX(), b.y()),
                new Point(b.maxX(), b.maxY() - fold), new Point(b.maxX() - fold, b.maxY()),
                new Point(b.x(), b.maxY())), Style.fillAndStroke(NOTE_FILL, NOTE_BORDER, 1)));
        shapes.add(new Shape.Polygon(List.of(new Point(b.maxX(), b.maxY() - fold),
                new Point(b.maxX() - fold, b.maxY() - fold), new Point(b.maxX() - fold, b.maxY())),
                Style.fillAndStroke(NOTE_FOLD, NOTE_BORDER, 1)));
        String text = e.props().read(Keys.TEXT).toOptional().orElse("");
        int room = (int) Math.floor((b.height() - 2 * PADDING + LINE_HEIGHT - NOTE_TEXT.size()) / LINE_HEIGHT);
        List<String> lines = TextWrap.lines(text, NOTE_TEXT, b.width() - 2 * PADDING, room);
        double baseline = b.y() + PADDING + NOTE_TEXT.size();
        for (String line : lines) {
            if (line.isEmpty()) {
                baseline += LINE_HEIGHT;
                continue;
            }
            shapes.add(new Shape.Text(new Point(b.x() + PADDING, baseline), line, NOTE_TEXT, Palette.TEXT,
                    Shape.Anchor.START));
            baseline += LINE_HEIGHT;
        }
        return shapes;
    }

    private static List<Shape> group(Element e) {
        Rect b = e.bounds();
        List<Shape> shapes = new ArrayList<>();
        shapes.add(new Shape.Box(b, 8, Style.stroke(GROUP_BORDER, 1.2).dashed(6, 4)));
        List<String> title = TextWrap.lines(e.name(), GROUP_TITLE, b.width() - 2 * PADDING - 4, 1);
        if (!title.isEmpty()) {
            shapes.add(new Shape.Text(new Point(b.x() + PADDING + 2, b.y() + 19), title.get(0), GROUP_TITLE,
                    Palette.MUTED_TEXT, Shape.Anchor.START));
        }
        return shapes;
    }
}
