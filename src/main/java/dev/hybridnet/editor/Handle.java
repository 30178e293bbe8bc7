package dev.hybridnet.editor;

import dev.hybridnet.geometry.Point;
import dev.hybridnet.geometry.Rect;

/**
 * The eight resize handles of a selected container, clockwise from the top-left, where the renderer draws them:
 * on the corners and the middles of the edges. Each knows which edges it drags.
 */
public enum Handle {
    NORTH_WEST(0, 0, Cursor.RESIZE_NW),
    NORTH(0.5, 0, Cursor.RESIZE_N),
    NORTH_EAST(1, 0, Cursor.RESIZE_NE),
    EAST(1, 0.5, Cursor.RESIZE_E),
    SOUTH_EAST(1, 1, Cursor.RESIZE_SE),
    SOUTH(0.5, 1, Cursor.RESIZE_S),
    SOUTH_WEST(0, 1, Cursor.RESIZE_SW),
    WEST(0, 0.5, Cursor.RESIZE_W);

    /** The side of a handle's square, in canvas units, as the renderer paints it. */
    public static final double SIZE = 7;

    private final double fx;
    private final double fy;
    private final Cursor cursor;

    Handle(double fx, double fy, Cursor cursor) {
        this.fx = fx;
        this.fy = fy;
        this.cursor = cursor;
    }

    /** Where this handle sits on a box. */
    public Point at(Rect box) {
        return new Point(box.x() + box.width() * fx, box.y() + box.height() * fy);
    }

    public Cursor cursor() {
        return cursor;
    }

    public boolean movesLeft() {
        return fx == 0;
    }

    public boolean movesRight() {
        return fx == 1;
    }

    public boolean movesTop() {
        return fy == 0;
    }

    public boolean movesBottom() {
        return fy == 1;
    }
}
