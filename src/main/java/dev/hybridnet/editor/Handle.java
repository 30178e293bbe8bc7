package dev.hybridnet.editor;

import dev.hybridnet.geometry.Point;
import dev.hybridnet.geometry.Rect;
import dev.hybridnet.render.ResizeHandles;

/**
 * The eight resize handles of a selected container, clockwise from the top-left, in the order and at the places
 * {@link ResizeHandles} gives the renderer: on the corners and the middles of the edges. Each knows which edges it
 * drags and which cursor shows it.
 */
public enum Handle {
    NORTH_WEST(Cursor.RESIZE_NW),
    NORTH(Cursor.RESIZE_N),
    NORTH_EAST(Cursor.RESIZE_NE),
    EAST(Cursor.RESIZE_E),
    SOUTH_EAST(Cursor.RESIZE_SE),
    SOUTH(Cursor.RESIZE_S),
    SOUTH_WEST(Cursor.RESIZE_SW),
    WEST(Cursor.RESIZE_W);

    /** The side of a handle's square, in canvas units, as the renderer paints it. */
    public static final double SIZE = ResizeHandles.SIZE;

    private final Cursor cursor;

    Handle(Cursor cursor) {
        this.cursor = cursor;
    }

    /** Where this handle sits on a box. */
    public Point at(Rect box) {
        return ResizeHandles.at(box, ordinal());
    }

    public Cursor cursor() {
        return cursor;
    }

    public boolean movesLeft() {
        return ResizeHandles.fx(ordinal()) == 0;
    }

    public boolean movesRight() {
        return ResizeHandles.fx(ordinal()) == 1;
    }

    public boolean movesTop() {
        return ResizeHandles.fy(ordinal()) == 0;
    }

    public boolean movesBottom() {
        return ResizeHandles.fy(ordinal()) == 1;
    }
}
