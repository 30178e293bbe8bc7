package dev.hybridnet.render;

import dev.hybridnet.geometry.Point;
import dev.hybridnet.geometry.Rect;
import dev.hybridnet.geometry.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The bubble that shows the editor's sentence for a gesture next to the pointer, such as the Connect tool's reason
 * for refusing a connection. It is measured with the renderer's font advances, wrapped onto several lines when a
 * line would be wider than {@link #MAX_WIDTH} or the view, and moved so that all of it stays inside the view:
 * a refusal is never cut off at the canvas's edge.
 *
 * @param box the bubble, in view coordinates
 * @param lines the text's lines, in order
 * @param baselines where each line starts, on its baseline
 */
public record HintBubble(Rect box, List<String> lines, List<Point> baselines) {

    public static final Font FONT = Font.sans(12);
    /** The widest a bubble grows before its text wraps. */
    public static final double MAX_WIDTH = 420;
    static final double PAD = 6;
    static final double LINE = 16;
    /** From the pointer to the bubble's corner, so that the bubble does not hide what is under the pointer. */
    static final double OFFSET_X = 14;
    static final double OFFSET_Y = 18;
    static final double EDGE = 4;

    public HintBubble {
        Objects.requireNonNull(box, "box");
        lines = List.copyOf(lines);
        baselines = List.copyOf(baselines);
    }

    /** The bubble for {@code text} with the pointer at {@code pointer} in a view of {@code view}'s size. */
    public static HintBubble place(String text, Point pointer, Size view) {
        double widest = Math.max(40, Math.min(MAX_WIDTH, view.width() - 2 * EDGE) - 2 * PAD);
        List<String> lines = wrap(text.strip(), widest);
        double textWidth = lines.stream().mapToDouble(FONT::estimateWidth).max().orElse(0);
        double w = textWidth + 2 * PAD;
        double h = lines.size() * LINE + 2 * PAD - 4;
        double x = Math.max(EDGE, Math.min(pointer.x() + OFFSET_X, view.width() - EDGE - w));
        double y = pointer.y() + OFFSET_Y;
        if (y + h > view.height() - EDGE) {
            y = Math.max(EDGE, pointer.y() - OFFSET_Y - h);
        }
        Rect box = new Rect(x, y, w, h);
        List<Point> baselines = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            baselines.add(new Point(x + PAD, y + PAD + 12 + i * LINE - 2));
        }
        return new HintBubble(box, lines, baselines);
    }

    /** {@code text} broken at spaces into lines no wider than {@code width}; a word wider than that is cut. */
    static List<String> wrap(String text, double width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (FONT.estimateWidth(candidate) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
            }
            line.setLength(0);
            line.append(FONT.estimateWidth(word) <= width ? word : Labels.elide(word, FONT, width));
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
