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

    /**
     * Adds the lines of one paragraph, one more than {@code maxLines} at most, so the caller sees the overflow. Widths
     * are summed as the words come, so the work grows with the text, never with its square.
     */
    private static void wrap(String paragraph, Font font, double width, int maxLines, List<String> into) {
        if (paragraph.isBlank()) {
            into.add("");
            return;
        }
        double space = font.estimateWidth(" ");
        StringBuilder line = new StringBuilder();
        double used = 0;
        for (String word : paragraph.strip().split(" +")) {
            if (into.size() > maxLines) {
                return;
            }
            double w = font.estimateWidth(word);
            if (line.length() > 0 && used + space + w <= width) {
                line.append(' ').append(word);
                used += space + w;
                continue;
            }
            if (line.length() > 0) {
                into.add(line.toString());
                line.setLength(0);
                used = 0;
            }
            int from = 0;
            while (w > width && into.size() <= maxLines) {
                // A word wider than the line is cut where it stops fitting.
                int cut = fitting(word, from, font, width);
                into.add(word.substring(from, cut));
                w -= font.estimateWidth(word.substring(from, cut));
                from = cut;
            }
            line.append(word, from, word.length());
            used = w;
        }
        if (line.length() > 0) {
            into.add(line.toString());
        }
    }

    /** Where a line that starts at {@code from} in {@code word} ends; at least one character on, so wrapping moves. */
    private static int fitting(String word, int from, Font font, double width) {
        double used = 0;
        int i = from;
        while (i < word.length()) {
            int cp = word.codePointAt(i);
            double w = Advances.em(cp, font.bold()) * font.size();
            if (used + w > width && i > from) {
                break;
            }
            used += w;
            i += Character.charCount(cp);
        }
        return i;
    }

    /** The text cut short so that it fits, keeping its last character (the ellipsis). */
    private static String fit(String text, Font font, double width) {
        String tail = text.substring(text.length() - 1);
        String head = text.substring(0, text.length() - 1).stripTrailing();
        double room = width - font.estimateWidth(tail);
        double used = font.estimateWidth(head);
        int end = head.length();
        while (end > 0 && used > room) {
            int cp = head.codePointBefore(end);
            used -= Advances.em(cp, font.bold()) * font.size();
            end -= Character.charCount(cp);
        }
        return head.substring(0, end) + tail;
    }
}
