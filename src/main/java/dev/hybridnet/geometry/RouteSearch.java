package dev.hybridnet.geometry;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Finds routes where the few candidates of {@link OrthogonalRouter} are blocked: a shortest-path search over the
 * gaps between the boxes ({@link SearchGrid}), where a bend costs as much as {@value #BEND} units of length and a
 * line through the middle of a gap is preferred to one along an edge. The route from a box to many others is
 * searched at once, as a tree ({@link #tree}): the routes share their way from the root for as long as they can,
 * so a hub's peerings to its spokes read as a bus with a branch to each spoke.
 *
 * <p>Obstacles are those of the index, with its rule: a box around either end, or inside one, never blocks. A box
 * inside another box that blocks is left out of the grid. A route leaves and enters a box at the middle of a side
 * (where those are all blocked, at any other line of the grid), with a straight stub of at least
 * {@link OrthogonalRouter#MIN_STUB}, and runs through the middle of the channels between boxes.
 *
 * <p>Bounded: the search looks near the ends first and only then over the whole extent; a grid of more than
 * {@value #MAX_NODES} crossings is not searched, and all searches of one instance together stop after a budget
 * of work, after which routes are not found (the caller's fallback applies). Not thread-safe: one instance per
 * routing of a drawing.
 */
public final class RouteSearch {

    /** How far from a box a line along it runs. */
    public static final double CLEARANCE = 20;
    /** What a bend costs, in units of length. */
    static final double BEND = 50;
    /** The extra cost, per unit of length, of running along a line that is not through the middle of a gap. */
    static final double HUG = 0.05;
    static final int MAX_NODES = 250_000;
    /** The work (crossings built and search steps) all searches of one instance may do together. */
    public static final long BUDGET = 40_000_000;
    private static final double STUB = OrthogonalRouter.MIN_STUB;
    /** How far around its ends the first search looks. */
    private static final double PAD = 4 * CLEARANCE + STUB;

    private final Obstacles obstacles;
    private final long budget;
    private int[] covers;
    /** Per box, the number of the last pass over the boxes of a window that met it. */
    private int[] seen;
    private int passes;
    private long spent;

    public RouteSearch(Obstacles obstacles) {
        this(obstacles, BUDGET);
    }

    RouteSearch(Obstacles obstacles, long budget) {
        this.obstacles = obstacles;
        this.budget = budget;
    }

    /** The work done so far, in the units of {@link #BUDGET}. */
    public long spent() {
        return spent;
    }

    /**
     * A route from the border of {@code from} to the border of {@code to}, made of horizontal and vertical
     * segments, that crosses no obstacle, nor either end; empty when there is none, or none within the budget.
     */
    public Optional<List<Point>> route(Rect from, Rect to) {
        return routes(from, List.of(to), true).get(0);
    }

    /**
     * Routes from {@code root} to each of {@code targets}, in their order, as {@link #route} finds them but
     * sharing their way where they can. A target inside a box that is not around the root is routed alone.
     */
    public List<Optional<List<Point>>> tree(Rect root, List<Rect> targets) {
        List<Integer> together = new ArrayList<>();
        boolean[] alone = new boolean[targets.size()];
        for (int t = 0; t < targets.size(); t++) {
            alone[t] = !outsideAllButRootsContainers(root, targets.get(t));
            if (!alone[t]) {
                together.add(t);
            }
        }
        List<Optional<List<Point>>> result = new ArrayList<>(Collections.nCopies(targets.size(), Optional.empty()));
        if (together.size() > 1) {
            List<Optional<List<Point>>> found = routes(root, together.stream().map(targets::get).toList(), false);
            for (int i = 0; i < together.size(); i++) {
                result.set(together.get(i), found.get(i));
            }
        }
        for (int t = 0; t < targets.size(); t++) {
            if (together.size() <= 1 || alone[t]) {
                result.set(t, route(root, targets.get(t)));
            }
        }
        return result;
    }

    private boolean outsideAllButRootsContainers(Rect root, Rect target) {
        if (root.intersects(target)) {
            return false;
        }
        boolean[] inside = {false};
        obstacles.forEachNear(target, i -> {
            Rect b = obstacles.box(i);
            inside[0] |= b.contains(target) && !b.equals(target) && !b.contains(root);
        });
        return !inside[0];
    }

    /**
     * Searches near the ends, then over the whole extent for the targets not reached, then once more from every
     * point of the ends' sides where a line of the grid meets them, for those still not reached.
     */
    private List<Optional<List<Point>>> routes(Rect root, List<Rect> targets, boolean single) {
        Rect near = root;
        for (Rect t : targets) {
            near = near.union(t);
        }
        Rect all = padded(near.union(obstacles.extent()));
        near = padded(near);
        List<Optional<List<Point>>> found = new ArrayList<>(Collections.nCopies(targets.size(), Optional.empty()));
        attempt(found, root, targets, single, near, false);
        if (!all.equals(near)) {
            attempt(found, root, targets, single, all, false);
        }
        attempt(found, root, targets, single, all, true);
        return found;
    }

    /** Searches {@code window} for the targets without a route in {@code found}, and puts what it finds there. */
    private void attempt(List<Optional<List<Point>>> found, Rect root, List<Rect> targets, boolean single,
            Rect window, boolean everyPort) {
        List<Integer> missing = new ArrayList<>();
        for (int t = 0; t < targets.size(); t++) {
            if (found.get(t).isEmpty()) {
                missing.add(t);
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        List<Optional<List<Point>>> again = search(root, missing.stream().map(targets::get).toList(), single,
                window, everyPort);
        for (int i = 0; i < missing.size(); i++) {
            found.set(missing.get(i), again.get(i));
        }
    }

    private static Rect padded(Rect r) {
        return new Rect(r.x() - PAD, r.y() - PAD, r.width() + 2 * PAD, r.height() + 2 * PAD);
    }

    private List<Optional<List<Point>>> search(Rect root, List<Rect> targets, boolean single, Rect window,
            boolean everyPort) {
        List<Optional<List<Point>>> none = new ArrayList<>(Collections.nCopies(targets.size(), Optional.empty()));
        if (spent >= budget) {
            return none;
        }
        Rect other = single ? targets.get(0) : root;
        List<Rect> boxes = boxes(root, other, window);
        boxes.add(root);
        boxes.addAll(targets);
        List<Rect> ends = new ArrayList<>(targets);
        ends.add(root);
        SearchGrid grid = grid(window, boxes, ends);
        if (grid == null) {
            return none;
        }
        spent += grid.nodes();
        List<Port.Entry> starts = entries(root, grid, root, other, everyPort);
        List<List<Port.Entry>> goals = new ArrayList<>(targets.size());
        for (Rect t : targets) {
            goals.add(entries(t, grid, root, other, everyPort));
        }
        if (starts.isEmpty()) {
            return none;
        }
        GridPaths paths = new GridPaths(grid, single);
        spent += paths.run(starts, goals, budget - spent);
        for (int t = 0; t < targets.size(); t++) {
            none.set(t, paths.path(t));
        }
        return none;
    }

    private List<Port.Entry> entries(Rect box, SearchGrid grid, Rect a, Rect b, boolean everyPort) {
        List<Port.Entry> entries = new ArrayList<>(4);
        for (Port p : everyPort ? Port.along(box, grid) : Port.of(box)) {
            int node = p.entry(grid, a, b, obstacles);
            if (node >= 0) {
                entries.add(new Port.Entry(p, node));
            }
        }
        return entries;
    }

    /** The boxes that block a route between {@code a} and {@code b}, in the window, less those inside them. */
    private List<Rect> boxes(Rect a, Rect b, Rect window) {
        if (covers == null) {
            covers = obstacles.covers();
            seen = new int[obstacles.size()];
        }
        int pass = ++passes;
        List<Rect> boxes = new ArrayList<>();
        obstacles.forEachNear(window, i -> {
            if (seen[i] != pass) {
                seen[i] = pass;
                Rect box = obstacles.box(i);
                if (!exempt(box, a, b) && (covers[i] < 0 || exempt(obstacles.box(covers[i]), a, b))) {
                    boxes.add(box);
                }
            }
        });
        return boxes;
    }

    private static boolean exempt(Rect box, Rect a, Rect b) {
        return box.contains(a) || box.contains(b) || a.contains(box) || b.contains(box);
    }

    /**
     * The grid over the window, with the lines through the middles of the sides of {@code ends}, or null when it
     * would have too many crossings.
     */
    private static SearchGrid grid(Rect window, List<Rect> boxes, List<Rect> ends) {
        double[] xEdges = new double[2 * boxes.size()];
        double[] yEdges = new double[2 * boxes.size()];
        for (int i = 0; i < boxes.size(); i++) {
            Rect b = boxes.get(i);
            xEdges[2 * i] = b.x();
            xEdges[2 * i + 1] = b.maxX();
            yEdges[2 * i] = b.y();
            yEdges[2 * i + 1] = b.maxY();
        }
        double[] xPorts = new double[ends.size()];
        double[] yPorts = new double[ends.size()];
        for (int i = 0; i < ends.size(); i++) {
            xPorts[i] = ends.get(i).center().x();
            yPorts[i] = ends.get(i).center().y();
        }
        SearchGrid.Axis xs = SearchGrid.Axis.of(window.x(), window.maxX(), xEdges, xPorts, CLEARANCE);
        SearchGrid.Axis ys = SearchGrid.Axis.of(window.y(), window.maxY(), yEdges, yPorts, CLEARANCE);
        if ((long) xs.at().length * ys.at().length > MAX_NODES) {
            return null;
        }
        return new SearchGrid(xs, ys, boxes);
    }
}
