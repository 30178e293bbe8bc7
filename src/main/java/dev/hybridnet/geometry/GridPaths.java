package dev.hybridnet.geometry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The cheapest paths over a {@link SearchGrid} from the ports of one box to the ports of each target, each path
 * found once the search has gone as far as it costs. A state is
 * a node and the direction the path moves in there ({@code node * 4 + dir}), so that bends can be charged. One
 * target is searched with A* (the distance to its nearest entry as the estimate); several with Dijkstra's
 * algorithm, whose tree of cheapest paths makes their shared way.
 */
final class GridPaths {

    private final SearchGrid grid;
    private final boolean single;
    private final double[] cost;
    private final int[] previous;
    private final boolean[] done;
    /** Per node, the first goal entry there, or -1; entries are chained by {@link #nextGoal}. */
    private final int[] firstGoal;
    private final List<Port.Entry> starts = new ArrayList<>();
    private int[] nextGoal;
    private int[] goalTarget;
    private Port.Entry[] goal;
    private double[] best;
    private int[] bestState;
    private int[] bestGoal;
    private int reached;
    private double bound;
    private boolean boundStale;

    GridPaths(SearchGrid grid, boolean single) {
        this.grid = grid;
        this.single = single;
        int states = grid.nodes() * 4;
        cost = new double[states];
        Arrays.fill(cost, Double.POSITIVE_INFINITY);
        previous = new int[states];
        done = new boolean[states];
        firstGoal = new int[grid.nodes()];
        Arrays.fill(firstGoal, -1);
    }

    /**
     * Searches from the entries of the root's ports to those of every target's; returns the work done, at most
     * about {@code budget}.
     */
    long run(List<Port.Entry> from, List<List<Port.Entry>> targets, long budget) {
        goals(targets);
        Heap heap = new Heap();
        for (Port.Entry e : from) {
            int state = e.node() * 4 + e.port().dir();
            starts.add(e);
            cost[state] = stub(e);
            previous[state] = -1;
            heap.add(cost[state] + estimate(e.node()), state);
        }
        long steps = 0;
        while (!heap.isEmpty() && steps < budget && heap.peekCost() < bound()) {
            int state = heap.poll();
            if (done[state]) {
                continue;
            }
            done[state] = true;
            steps++;
            arrive(state);
            for (int dir = 0; dir < 4; dir++) {
                if (dir != (state % 4 + 2) % 4) {
                    relax(heap, state, dir);
                }
            }
        }
        return steps;
    }

    /**
     * The path found to target {@code t}, from the port of the root to the port of the target: the ports and the
     * bends between them.
     */
    Optional<List<Point>> path(int t) {
        if (bestState[t] < 0) {
            return Optional.empty();
        }
        List<Point> points = new ArrayList<>();
        Port.Entry last = goal[bestGoal[t]];
        points.add(last.port().at());
        points.add(grid.point(last.node()));
        int state = bestState[t];
        while (previous[state] >= 0) {
            if (previous[state] % 4 != state % 4) {
                points.add(grid.point(previous[state] / 4));
            }
            state = previous[state];
        }
        points.add(grid.point(state / 4));
        for (Port.Entry e : starts) {
            if (e.node() * 4 + e.port().dir() == state) {
                points.add(e.port().at());
                break;
            }
        }
        Collections.reverse(points);
        return Optional.of(OrthogonalRouter.path(points.toArray(new Point[0])));
    }

    /** The length of the stub from a port to its entry. */
    private double stub(Port.Entry e) {
        Point p = grid.point(e.node());
        return Math.abs(p.x() - e.port().at().x()) + Math.abs(p.y() - e.port().at().y());
    }

    /** No cheaper path to any target is left once the search has gone further than the dearest best path. */
    private double bound() {
        if (reached < best.length) {
            return Double.POSITIVE_INFINITY;
        }
        if (boundStale) {
            bound = 0;
            for (double b : best) {
                bound = Math.max(bound, b);
            }
            boundStale = false;
        }
        return bound;
    }

    private void goals(List<List<Port.Entry>> targets) {
        int entries = targets.stream().mapToInt(List::size).sum();
        nextGoal = new int[entries];
        goalTarget = new int[entries];
        goal = new Port.Entry[entries];
        best = new double[targets.size()];
        Arrays.fill(best, Double.POSITIVE_INFINITY);
        bestState = new int[targets.size()];
        Arrays.fill(bestState, -1);
        bestGoal = new int[targets.size()];
        int e = 0;
        for (int t = 0; t < targets.size(); t++) {
            for (Port.Entry entry : targets.get(t)) {
                goalTarget[e] = t;
                goal[e] = entry;
                nextGoal[e] = firstGoal[entry.node()];
                firstGoal[entry.node()] = e++;
            }
        }
    }

    /** Records the targets whose entries this state reaches, moving towards them, more cheaply than before. */
    private void arrive(int state) {
        int dir = state % 4;
        for (int e = firstGoal[state / 4]; e >= 0; e = nextGoal[e]) {
            int outward = goal[e].port().dir();
            if (dir == outward) {
                continue;
            }
            double total = cost[state] + (dir == (outward + 2) % 4 ? 0 : RouteSearch.BEND) + stub(goal[e]);
            int t = goalTarget[e];
            if (total < best[t]) {
                reached += bestState[t] < 0 ? 1 : 0;
                best[t] = total;
                bestState[t] = state;
                bestGoal[t] = e;
                boundStale = true;
            }
        }
    }

    private void relax(Heap heap, int state, int dir) {
        int node = state / 4;
        int column = node % grid.columns;
        int row = node / grid.columns;
        int next;
        double length;
        boolean hug;
        switch (dir) {
            case 0 -> {
                if (column + 1 >= grid.columns || grid.eastBlocked(node)) {
                    return;
                }
                next = node + 1;
                length = grid.xs.at()[column + 1] - grid.xs.at()[column];
                hug = grid.ys.hugs()[row];
            }
            case 2 -> {
                if (column == 0 || grid.eastBlocked(node - 1)) {
                    return;
                }
                next = node - 1;
                length = grid.xs.at()[column] - grid.xs.at()[column - 1];
                hug = grid.ys.hugs()[row];
            }
            case 1 -> {
                if (row + 1 >= grid.rows || grid.southBlocked(node)) {
                    return;
                }
                next = node + grid.columns;
                length = grid.ys.at()[row + 1] - grid.ys.at()[row];
                hug = grid.xs.hugs()[column];
            }
            default -> {
                if (row == 0 || grid.southBlocked(node - grid.columns)) {
                    return;
                }
                next = node - grid.columns;
                length = grid.ys.at()[row] - grid.ys.at()[row - 1];
                hug = grid.xs.hugs()[column];
            }
        }
        double c = cost[state] + length * (hug ? 1 + RouteSearch.HUG : 1)
                + (dir == state % 4 ? 0 : RouteSearch.BEND);
        int to = next * 4 + dir;
        if (c < cost[to]) {
            cost[to] = c;
            previous[to] = state;
            heap.add(c + estimate(next), to);
        }
    }

    /** For one target, the distance to its nearest stub, which no path can beat; nothing for several. */
    private double estimate(int node) {
        if (!single) {
            return 0;
        }
        Point p = grid.point(node);
        double min = Double.POSITIVE_INFINITY;
        for (Port.Entry e : goal) {
            Point q = grid.point(e.node());
            min = Math.min(min, Math.abs(q.x() - p.x()) + Math.abs(q.y() - p.y()));
        }
        return min;
    }

}
