package dev.hybridnet.render;

import dev.hybridnet.geometry.Rect;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bounding box of SVG path data, for fitting icons to the sizes measured on the cards: icons are artwork kept
 * as the path text of their files ({@link IconGlyph.IconPath}), which only this class reads. Curves are bounded by
 * their control points (a slight overestimate at most); arcs exactly, through their centre form.
 */
final class PathBounds {

    private static final Pattern TOKEN = Pattern.compile("[MmLlHhVvCcSsQqTtAaZz]|[-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?");

    private double minX = Double.POSITIVE_INFINITY;
    private double minY = Double.POSITIVE_INFINITY;
    private double maxX = Double.NEGATIVE_INFINITY;
    private double maxY = Double.NEGATIVE_INFINITY;

    private PathBounds() {
    }

    static Optional<Rect> of(List<String> paths) {
        PathBounds b = new PathBounds();
        for (String d : paths) {
            b.walk(d);
        }
        if (b.minX > b.maxX || b.minY > b.maxY) {
            return Optional.empty();
        }
        return Optional.of(new Rect(b.minX, b.minY, Math.max(b.maxX - b.minX, 1e-6), Math.max(b.maxY - b.minY, 1e-6)));
    }

    private void add(double x, double y) {
        minX = Math.min(minX, x);
        minY = Math.min(minY, y);
        maxX = Math.max(maxX, x);
        maxY = Math.max(maxY, y);
    }

    private void walk(String d) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(d);
        while (m.find()) {
            tokens.add(m.group());
        }
        double x = 0;
        double y = 0;
        double startX = 0;
        double startY = 0;
        char command = 'M';
        int i = 0;
        while (i < tokens.size()) {
            String t = tokens.get(i);
            if (Character.isLetter(t.charAt(0))) {
                command = t.charAt(0);
                i++;
                if (command == 'Z' || command == 'z') {
                    x = startX;
                    y = startY;
                }
                continue;
            }
            boolean rel = Character.isLowerCase(command);
            double ox = rel ? x : 0;
            double oy = rel ? y : 0;
            switch (Character.toUpperCase(command)) {
                case 'M', 'L', 'T' -> {
                    x = ox + num(tokens, i);
                    y = oy + num(tokens, i + 1);
                    i += 2;
                    if (Character.toUpperCase(command) == 'M') {
                        startX = x;
                        startY = y;
                        command = rel ? 'l' : 'L';
                    }
                    add(x, y);
                }
                case 'H' -> {
                    x = ox + num(tokens, i++);
                    add(x, y);
                }
                case 'V' -> {
                    y = oy + num(tokens, i++);
                    add(x, y);
                }
                case 'C', 'S', 'Q' -> {
                    int pairs = Character.toUpperCase(command) == 'C' ? 3 : 2;
                    for (int p = 0; p < pairs; p++) {
                        add(ox + num(tokens, i + 2 * p), oy + num(tokens, i + 2 * p + 1));
                    }
                    x = ox + num(tokens, i + 2 * pairs - 2);
                    y = oy + num(tokens, i + 2 * pairs - 1);
                    i += 2 * pairs;
                }
                case 'A' -> {
                    double ex = ox + num(tokens, i + 5);
                    double ey = oy + num(tokens, i + 6);
                    arc(x, y, num(tokens, i), num(tokens, i + 1), num(tokens, i + 3) != 0, num(tokens, i + 4) != 0,
                            ex, ey);
                    x = ex;
                    y = ey;
                    i += 7;
                }
                default -> i++;
            }
        }
    }

    private static double num(List<String> tokens, int i) {
        return i < tokens.size() && !Character.isLetter(tokens.get(i).charAt(0)) ? Double.parseDouble(tokens.get(i))
                : 0;
    }

    /** Arcs without rotation (icons use none): bound by the end points and the axis extremes the sweep passes. */
    private void arc(double x1, double y1, double rx, double ry, boolean large, boolean sweep, double x2, double y2) {
        add(x1, y1);
        add(x2, y2);
        rx = Math.abs(rx);
        ry = Math.abs(ry);
        if (rx == 0 || ry == 0) {
            return;
        }
        double dx = (x1 - x2) / 2;
        double dy = (y1 - y2) / 2;
        double lambda = (dx * dx) / (rx * rx) + (dy * dy) / (ry * ry);
        if (lambda > 1) {
            rx *= Math.sqrt(lambda);
            ry *= Math.sqrt(lambda);
        }
        double num = rx * rx * ry * ry - rx * rx * dy * dy - ry * ry * dx * dx;
        double den = rx * rx * dy * dy + ry * ry * dx * dx;
        double k = (large == sweep ? -1 : 1) * Math.sqrt(Math.max(0, num / den));
        double cx = k * rx * dy / ry + (x1 + x2) / 2;
        double cy = -k * ry * dx / rx + (y1 + y2) / 2;
        double start = Math.atan2((y1 - cy) / ry, (x1 - cx) / rx);
        double end = Math.atan2((y2 - cy) / ry, (x2 - cx) / rx);
        double delta = end - start;
        if (sweep && delta < 0) {
            delta += 2 * Math.PI;
        } else if (!sweep && delta > 0) {
            delta -= 2 * Math.PI;
        }
        for (int q = -4; q <= 4; q++) {
            double angle = q * Math.PI / 2;
            double rel = angle - start;
            if (sweep) {
                rel = ((rel % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI);
                if (rel <= delta) {
                    add(cx + rx * Math.cos(angle), cy + ry * Math.sin(angle));
                }
            } else {
                rel = ((-rel % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI);
                if (rel <= -delta) {
                    add(cx + rx * Math.cos(angle), cy + ry * Math.sin(angle));
                }
            }
        }
    }
}
