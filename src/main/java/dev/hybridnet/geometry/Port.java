package dev.hybridnet.geometry;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a searched route leaves or enters a box: the middle of a side ({@code at}), facing direction {@code dir}
 * (0 right, 1 down, 2 left, 3 up). The route runs straight out of it to the first line of the grid at least
 * {@link OrthogonalRouter#MIN_STUB} away, so that an arrowhead fits before the first bend.
 */
record Port(Point at, int dir) {

    /** A port and the node of the grid its stub reaches. */
    record Entry(Port port, int node) {
    }

    /** The four ports of {@code box}: right, bottom, left, top. */
    static List<Port> of(Rect box) {
        Point c = box.center();
        return List.of(new Port(new Point(box.maxX(), c.y()), 0), new Port(new Point(c.x(), box.maxY()), 1),
                new Port(new Point(box.x(), c.y()), 2), new Port(new Point(c.x(), box.y()), 3));
    }

    /**
     * A port wherever a line of {@code grid} meets a side of {@code box} inside its ends (the middles included),
     * right side first, then bottom, left and top.
     */
    static List<Port> along(Rect box, SearchGrid grid) {
        List<Port> ports = new ArrayList<>();
        double[][] lines = {grid.ys.at(), grid.xs.at(), grid.ys.at(), grid.xs.at()};
        for (int dir = 0; dir < 4; dir++) {
            double min = dir % 2 == 0 ? box.y() : box.x();
            double max = dir % 2 == 0 ? box.maxY() : box.maxX();
            for (double v : lines[dir]) {
                if (v > min && v < max) {
                    ports.add(new Port(switch (dir) {
                        case 0 -> new Point(box.maxX(), v);
                        case 1 -> new Point(v, box.maxY());
                        case 2 -> new Point(box.x(), v);
                        default -> new Point(v, box.y());
                    }, dir));
                }
            }
        }
        return ports;
    }

    /** True for a port on the left or right side, whose stub is horizontal. */
    boolean horizontal() {
        return dir % 2 == 0;
    }

    /**
     * The node where the stub of this port meets the grid, or -1 when there is no line far enough out or the stub
     * crosses an obstacle of a route between {@code a} and {@code b}, or either of them.
     */
    int entry(SearchGrid grid, Rect a, Rect b, Obstacles obstacles) {
        int sign = dir < 2 ? 1 : -1;
        int column = horizontal() ? grid.xs.beyond(at.x(), OrthogonalRouter.MIN_STUB, sign) : grid.xs.index(at.x());
        int row = horizontal() ? grid.ys.index(at.y()) : grid.ys.beyond(at.y(), OrthogonalRouter.MIN_STUB, sign);
        if (column < 0 || row < 0) {
            return -1;
        }
        int node = row * grid.columns + column;
        Point end = grid.point(node);
        boolean clear = !obstacles.blocks(at, end, a, b) && !Obstacles.crosses(a, at, end)
                && !Obstacles.crosses(b, at, end);
        return clear ? node : -1;
    }
}
