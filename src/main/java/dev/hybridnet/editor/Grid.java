package dev.hybridnet.editor;

import dev.hybridnet.geometry.Point;

/**
 * The canvas grid: its spacing in canvas units, whether the canvas shows it, and whether moves, resizes and
 * placements snap to it.
 */
public record Grid(double spacing, boolean visible, boolean snap) {

    /** Hidden and not snapping, 20 units apart: the samples are laid out on multiples of ten. */
    public static final Grid DEFAULT = new Grid(20, false, false);

    public Grid {
        if (!(spacing > 0) || !Double.isFinite(spacing)) {
            throw new IllegalArgumentException("grid spacing must be positive and finite");
        }
    }

    public Grid withSnap(boolean on) {
        return new Grid(spacing, visible, on);
    }

    public Grid withVisible(boolean on) {
        return new Grid(spacing, on, snap);
    }

    /**
     * Where a dragged or placed coordinate lands: on the nearest grid line when snapping, else on the nearest whole
     * canvas unit, so that dragging at any zoom keeps the file's coordinates round.
     */
    public double align(double value) {
        return snap ? Math.round(value / spacing) * spacing : Math.round(value);
    }

    public Point align(Point p) {
        return new Point(align(p.x()), align(p.y()));
    }

    /** How far the arrow keys move: one grid step when snapping, else one unit. */
    public double nudgeStep() {
        return snap ? spacing : 1;
    }
}
