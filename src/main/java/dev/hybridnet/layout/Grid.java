package dev.hybridnet.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Boxes in columns whose rows line up: each column as wide as its widest box, each row as tall as its tallest box,
 * with fixed gaps between them (the corridors). Containers in a cell are stretched to fill it, their contents kept
 * centred across; icons sit at the top of their cell, centred across.
 */
final class Grid {

    private Grid() {
    }

    /** Puts the boxes of {@code columns} (left to right, each top to bottom) at (0, 0) onwards; returns the size. */
    static double[] place(List<List<Box>> columns, double gapX, double gapY, Map<String, List<Box>> children) {
        int rows = 0;
        for (List<Box> column : columns) {
            rows = Math.max(rows, column.size());
        }
        double[] widths = new double[columns.size()];
        double[] heights = new double[rows];
        for (int c = 0; c < columns.size(); c++) {
            List<Box> column = columns.get(c);
            for (int r = 0; r < column.size(); r++) {
                widths[c] = Math.max(widths[c], column.get(r).width);
                heights[r] = Math.max(heights[r], column.get(r).height);
            }
        }
        double x = 0;
        double height = 0;
        for (int c = 0; c < columns.size(); c++) {
            double y = 0;
            List<Box> column = columns.get(c);
            for (int r = 0; r < column.size(); r++) {
                Box b = column.get(r);
                if (b.container) {
                    stretch(b, widths[c], heights[r], children);
                    b.moveTo(x, y);
                } else {
                    b.moveTo(x + (widths[c] - b.width) / 2, y);
                }
                y += heights[r] + gapY;
            }
            height = Math.max(height, y - gapY);
            x += widths[c] + gapX;
        }
        return new double[] {Math.max(0, x - gapX), height};
    }

    /** Columns of at most {@code perColumn} boxes each, filled top to bottom, then left to right. */
    static List<List<Box>> byColumns(List<Box> boxes, int perColumn) {
        List<List<Box>> columns = new ArrayList<>();
        for (int i = 0; i < boxes.size(); i++) {
            if (i % perColumn == 0) {
                columns.add(new ArrayList<>());
            }
            columns.get(columns.size() - 1).add(boxes.get(i));
        }
        return columns;
    }

    /** Rows of at most {@code perRow} boxes each, filled left to right, then top to bottom; given as columns. */
    static List<List<Box>> byRows(List<Box> boxes, int perRow) {
        List<List<Box>> columns = new ArrayList<>();
        for (int i = 0; i < boxes.size(); i++) {
            if (i < perRow) {
                columns.add(new ArrayList<>());
            }
            columns.get(i % perRow).add(boxes.get(i));
        }
        return columns;
    }

    /** Makes a container's box larger, keeping its contents centred across it. */
    static void stretch(Box b, double width, double height, Map<String, List<Box>> children) {
        double dx = (width - b.width) / 2;
        if (dx > 0) {
            for (Box child : children.getOrDefault(b.id, List.of())) {
                child.x += dx;
            }
        }
        b.resize(Math.max(b.width, width), Math.max(b.height, height));
    }

    /** Moves boxes by an offset. */
    static void shift(List<Box> boxes, double dx, double dy) {
        for (Box b : boxes) {
            b.x += dx;
            b.y += dy;
        }
    }
}
