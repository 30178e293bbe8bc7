package dev.hybridnet.render;

import dev.hybridnet.geometry.Point;
import dev.hybridnet.geometry.Rect;
import java.util.ArrayList;
import java.util.List;

/**
 * The eight resize handles of a selected network or subnet: where they sit on its box and how large they are. The
 * renderer draws them from here and the editor hit-tests them from here, so the two cannot drift apart.
 */
public final class ResizeHandles {

    /** The side of a handle's square, in canvas units. */
    public static final double SIZE = 7;
    /** How many handles a box has. */
    public static final int COUNT = 8;

    /** Each handle's place as fractions of the box's width and height: corners and edge middles, clockwise. */
    private static final double[] FX = {0, 0.5, 1, 1, 1, 0.5, 0, 0};
    private static final double[] FY = {0, 0, 0, 0.5, 1, 1, 1, 0.5};

    private ResizeHandles() {
    }

    /** Handle {@code index}'s place across the box: 0 on the left edge, 0.5 in the middle, 1 on the right. */
    public static double fx(int index) {
        return FX[index];
    }

    /** Handle {@code index}'s place down the box: 0 on the top edge, 0.5 in the middle, 1 on the bottom. */
    public static double fy(int index) {
        return FY[index];
    }

    /** The centre of handle {@code index} on {@code box}. */
    public static Point at(Rect box, int index) {
        return new Point(box.x() + box.width() * FX[index], box.y() + box.height() * FY[index]);
    }

    /** The centres of all handles of {@code box}, clockwise from the top-left. */
    public static List<Point> of(Rect box) {
        List<Point> points = new ArrayList<>(COUNT);
        for (int i = 0; i < COUNT; i++) {
            points.add(at(box, i));
        }
        return points;
    }
}
