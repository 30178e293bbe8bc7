package dev.hybridnet.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks text into lines that fit a width, measured with {@link Font#estimateWidth}: at line breaks in the text,
 * then between words, and inside a word too long for a line. At most {@code maxLines} are made, the last one ending
 * in an ellipsis when text is left over; the work stops there, so a note holding a whole book costs no more than
 * the lines it shows.
 */
final class TextWrap {

    static final String ELLIPSIS = "\u2026";

    private TextWrap() {
    }

    static List<String> lines(String text, Font font, double width, int maxLines) {
        List<String> lines = new ArrayList<>();
        if (maxLines <= 0 || width <= 0) {
            return lines;
        }
        int start = 0;
        boolean more = true;
        while (more && lines.size() < maxLines) {
            int end = text.indexOf('\n', start);
            String paragraph = (end < 0 ? text.substring(start) : text.substring(start, end)).stripTrailing();
            more = end >= 0;
            start = end + 1;
            wrap(paragraph.replace('\t', ' ').replace('\r', ' '), font, width, maxLines, lines);
        }
        boolean cut = more || lines.size() > maxLines;
        while (lines.size() > maxLines) {
            lines.remove(lines.size() - 1);
        }
        if (cut && !lines.isEmpty()) {
            int last = lines.size() - 1;
            lines.set(last, fit(lines.get(last) + ELLIPSIS, font, width));
        }
        return lines;
    }

    /** Adds the lines of one paragraph, one more than {@code maxLines} at most, so the caller sees the overflow. */
    private static void wrap(String paragraph, Font font, double width, int maxLines, List<String> into) {
        if (paragraph.isBlank()) {
            into.add("");
            return;
        }
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.strip().split(" +")) {
            if (into.size() > maxLines) {
                return;
            }
            String tried = line.length() == 0 ? word : line + " " + word;
            if (font.estimateWidth(tried) <= width) {
                line.setLength(0);
                line.append(tried);
                continue;
            }
            if (line.length() > 0) {
                into.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (font.estimateWidth(rest) > width && into.size() <= maxLines) {
                int cut = fitting(rest, font, width);
                into.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (line.length() > 0) {
            into.add(line.toString());
        }
    }

    /** How many characters of {@code text} fit the width; at least one, so that wrapping always moves on. */
    private static int fitting(String text, Font font, double width) {
        int n = 1;
        while (n < text.length() && font.estimateWidth(text.substring(0, n + 1)) <= width) {
            n++;
        }
        return n;
    }

    /** The text cut short so that it fits, keeping its last character (the ellipsis). */
    private static String fit(String text, Font font, double width) {
        String tail = text.substring(text.length() - 1);
        String head = text.substring(0, text.length() - 1).stripTrailing();
        while (!head.isEmpty() && font.estimateWidth(head + tail) > width) {
            head = head.substring(0, head.length() - 1);
        }
        return head + tail;
    }
}
