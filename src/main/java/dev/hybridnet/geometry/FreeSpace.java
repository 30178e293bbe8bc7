package dev.hybridnet.geometry;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The nearest free place for a box among boxes already placed: where a dropped or pasted element goes when the
 * spot it was let go at is taken. Candidates are the wanted spot and the positions flush against the nearby boxes
 * (a gap apart) and against the edges of the area; the nearest that overlaps nothing and stays inside the area wins.
 * The search looks at the boxes near the wanted spot first and widens only when nothing there is free, so a crowded
 * top level of thousands of networks costs no more than a small subnet.
 */
public final class FreeSpace {

    /** How many times the search window doubles before giving up. */
    private static final int WIDENINGS = 12;

    private FreeSpace() {
    }

    /**
     * The top-left corner for a box the size of {@code wanted}, as near to it as can be, that keeps {@code gap} from
     * every box of {@code taken} and lies inside {@code area} (anywhere when empty); {@code wanted}'s own corner when
     * it overlaps none of them already (touching is not overlapping), empty when there is no room.
     */
    public static Optional<Point> nearest(Rect wanted, List<Rect> taken, Optional<Rect> area, double gap) {
        if (fits(wanted, taken, Optional.empty(), 0)) {
            return Optional.of(new Point(wanted.x(), wanted.y()));
        }
        double reach = Math.max(wanted.width(), wanted.height()) * 2 + 2 * gap;
        for (int i = 0; i <= WIDENINGS; i++) {
            Rect window = grow(wanted, reach);
            Rect neighbourhood = grow(window, gap);
            List<Rect> near = new ArrayList<>();
            for (Rect r : taken) {
                if (r.intersects(neighbourhood)) {
                    near.add(r);
                }
            }
            Optional<Point> found = search(wanted, near, area, gap, window);
            if (found.isPresent() || (area.isPresent() && window.contains(area.get()))) {
                return found;
            }
            reach *= 2;
        }
        return Optional.empty();
    }

    /** The nearest free corner whose box lies in {@code window}; {@code near} holds every box that could block one. */
    private static Optional<Point> search(Rect wanted, List<Rect> near, Optional<Rect> area, double gap,
            Rect window) {
        TreeSet<Double> xs = new TreeSet<>();
        TreeSet<Double> ys = new TreeSet<>();
        xs.add(wanted.x());
        ys.add(wanted.y());
        for (Rect r : near) {
            xs.add(r.maxX() + gap);
            xs.add(r.x() - gap - wanted.width());
            ys.add(r.maxY() + gap);
            ys.add(r.y() - gap - wanted.height());
        }
        area.ifPresent(a -> {
            xs.add(a.x());
            xs.add(a.maxX() - wanted.width());
            ys.add(a.y());
            ys.add(a.maxY() - wanted.height());
        });
        Point best = null;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (double x : xs) {
            for (double y : ys) {
                double distance = Math.hypot(x - wanted.x(), y - wanted.y());
                if (distance >= bestDistance) {
                    continue;
                }
                Rect candidate = wanted.movedTo(x, y);
                if (window.contains(candidate) && fits(candidate, near, area, gap)) {
                    best = new Point(x, y);
                    bestDistance = distance;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean fits(Rect candidate, List<Rect> taken, Optional<Rect> area, double gap) {
        if (area.isPresent() && !area.get().contains(candidate)) {
            return false;
        }
        Rect spaced = grow(candidate, gap / 2 - 1e-9);
        for (Rect r : taken) {
            if (grow(r, gap / 2).intersects(spaced)) {
                return false;
            }
        }
        return true;
    }

    private static Rect grow(Rect r, double by) {
        return new Rect(r.x() - by, r.y() - by, r.width() + 2 * by, r.height() + 2 * by);
    }
}
