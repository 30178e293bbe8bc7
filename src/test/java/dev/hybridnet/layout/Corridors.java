package dev.hybridnet.layout;

import dev.hybridnet.geometry.Rect;
import dev.hybridnet.model.Connection;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether the layout leaves every connection room for a route, whatever router draws it: on a grid of square cells
 * over the picture, a connection is routable when a path of free cells, moving across and down only (an orthogonal
 * route), joins a cell touching one end to a cell touching the other. A cell is free when it touches no element that
 * the route may not cross: neither an end, nor around an end (its networks), nor inside one of those (icons with
 * the strip of their name).
 */
final class Corridors {

    private final Diagram diagram;
    private final double cell;
    private final Rect area;
    private final int columns;
    private final int rows;

    Corridors(Diagram diagram, double cell) {
        this.diagram = diagram;
        this.cell = cell;
        Rect all = null;
        for (Element e : diagram.elements()) {
            Rect f = LayoutProperties.footprint(diagram, e);
            all = all == null ? f : all.union(f);
        }
        this.area = new Rect(all.x() - 4 * cell, all.y() - 4 * cell, all.width() + 8 * cell, all.height() + 8 * cell);
        this.columns = (int) Math.ceil(area.width() / cell);
        this.rows = (int) Math.ceil(area.height() / cell);
    }

    /** The connections (every {@code every}-th one) that have no orthogonal way through free space. */
    List<String> unroutable(int every) {
        List<String> result = new ArrayList<>();
        List<Connection> connections = diagram.connections();
        for (int i = 0; i < connections.size(); i += every) {
            if (!routable(connections.get(i))) {
                result.add(connections.get(i).id());
            }
        }
        return result;
    }

    boolean routable(Connection c) {
        Set<String> free = new HashSet<>();
        for (String end : List.of(c.from(), c.to())) {
            free.add(end);
            for (Element a : diagram.ancestorsOf(end)) {
                free.add(a.id());
                diagram.descendantsOf(a.id()).forEach(x -> free.add(x.id()));
            }
        }
        BitSet blocked = new BitSet(columns * rows);
        for (Element e : diagram.elements()) {
            boolean outermost = e.parent().map(free::contains).orElse(true);
            if (!free.contains(e.id()) && outermost) {
                mark(blocked, LayoutProperties.footprint(diagram, e));
            }
        }
        BitSet start = touching(diagram.element(c.from()).orElseThrow().bounds(), blocked);
        BitSet goal = touching(diagram.element(c.to()).orElseThrow().bounds(), blocked);
        return search(start, goal, blocked);
    }

    private void mark(BitSet blocked, Rect r) {
        int x0 = Math.max(0, (int) Math.floor((r.x() - area.x()) / cell));
        int x1 = Math.min(columns - 1, (int) Math.floor((r.maxX() - area.x()) / cell));
        int y0 = Math.max(0, (int) Math.floor((r.y() - area.y()) / cell));
        int y1 = Math.min(rows - 1, (int) Math.floor((r.maxY() - area.y()) / cell));
        for (int y = y0; y <= y1; y++) {
            blocked.set(y * columns + x0, y * columns + x1 + 1);
        }
    }

    /** The free cells in the ring just around a box. */
    private BitSet touching(Rect r, BitSet blocked) {
        BitSet ring = new BitSet(columns * rows);
        mark(ring, new Rect(r.x() - cell, r.y() - cell, r.width() + 2 * cell, r.height() + 2 * cell));
        BitSet inside = new BitSet(columns * rows);
        mark(inside, r);
        ring.andNot(inside);
        ring.andNot(blocked);
        return ring;
    }

    private boolean search(BitSet start, BitSet goal, BitSet blocked) {
        int[] queue = new int[columns * rows];
        BitSet seen = new BitSet(columns * rows);
        int head = 0;
        int tail = 0;
        for (int i = start.nextSetBit(0); i >= 0; i = start.nextSetBit(i + 1)) {
            queue[tail++] = i;
            seen.set(i);
        }
        while (head < tail) {
            int at = queue[head++];
            if (goal.get(at)) {
                return true;
            }
            int x = at % columns;
            int[] next = {x > 0 ? at - 1 : -1, x < columns - 1 ? at + 1 : -1, at - columns, at + columns};
            for (int n : next) {
                if (n >= 0 && n < columns * rows && !seen.get(n) && !blocked.get(n)) {
                    seen.set(n);
                    queue[tail++] = n;
                }
            }
        }
        return false;
    }
}
