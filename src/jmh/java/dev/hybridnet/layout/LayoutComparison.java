package dev.hybridnet.layout;

import dev.hybridnet.geometry.Point;
import dev.hybridnet.model.Connection;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.render.DiagramRenderer;
import dev.hybridnet.render.Scene;
import dev.hybridnet.samples.HubSpokeGenerator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Prints the quality table of decision 0016: our grammar layout and ELK layered on the same designs, measured with
 * the layout tests' properties, with the median time of repeated runs (a plain timer; the JMH figures come from
 * {@code LayoutBenchmark}). Not a benchmark: run its main with the bench profile's class path (docs/benchmarks.md).
 */
public final class LayoutComparison {

    private LayoutComparison() {
    }

    public static void main(String[] args) {
        Map<String, Diagram> designs = new LinkedHashMap<>();
        Designs.all().forEach((name, d) -> {
            if (!name.startsWith("generated")) {
                designs.put(name, d);
            }
        });
        for (int spokes : new int[] {1, 5, 12, 50, 100, 500, 1000}) {
            designs.put(Designs.generatedName(spokes), HubSpokeGenerator.generate(spokes));
        }
        System.out.println("| design | layout | elements | overlaps | outside parent / header | aspect | "
                + "routes crossing elements | route crossings | no corridor | time, median ms |");
        System.out.println("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        Totals[] real = {new Totals(), new Totals()};
        for (Map.Entry<String, Diagram> e : designs.entrySet()) {
            boolean isReal = e.getKey().endsWith(".hybridnet.json");
            Row ours = measure(e.getValue(), Layout::tidy);
            Row elk = measure(e.getValue(), ElkLayout::layOut);
            if (isReal) {
                real[0].add(ours);
                real[1].add(elk);
            } else {
                print(e.getKey(), "grammar", e.getValue(), ours);
                print(e.getKey(), "ELK", e.getValue(), elk);
            }
        }
        System.out.println("real designs (32): grammar " + real[0] + "; ELK " + real[1]);
    }

    record Row(int overlaps, int outside, double aspect, int blocked, int crossings, int unroutable, double ms) {
    }

    private static final class Totals {
        int overlaps;
        int outside;
        int blocked;
        int crossings;
        int unroutable;
        int outOfRange;
        double ms;

        void add(Row r) {
            overlaps += r.overlaps();
            outside += r.outside();
            blocked += r.blocked();
            crossings += r.crossings();
            unroutable += r.unroutable();
            outOfRange += r.aspect() < 0.75 || r.aspect() > 16.0 / 9 ? 1 : 0;
            ms += r.ms();
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "overlaps %d, outside parent or header %d, aspect outside 3:4..16:9 "
                    + "%d, routes crossing elements %d, route crossings %d, no corridor %d, total time %.1f ms",
                    overlaps, outside, outOfRange, blocked, crossings, unroutable, ms);
        }
    }

    private static void print(String name, String engine, Diagram d, Row r) {
        System.out.printf(Locale.ROOT, "| %s | %s | %d | %d | %d | %.2f | %d | %d | %d | %.2f |%n", name, engine,
                d.elements().size(), r.overlaps(), r.outside(), r.aspect(), r.blocked(), r.crossings(),
                r.unroutable(), r.ms());
    }

    private static Row measure(Diagram d, UnaryOperator<Diagram> layout) {
        Diagram laid = layout.apply(d);
        int runs = d.elements().size() > 2000 ? 5 : 15;
        double[] times = new double[runs];
        for (int i = 0; i < runs + 3; i++) {
            long t = System.nanoTime();
            layout.apply(d);
            if (i >= 3) {
                times[i - 3] = (System.nanoTime() - t) / 1e6;
            }
        }
        Arrays.sort(times);
        int overlaps = LayoutProperties.siblingProblems(laid, 0).size();
        int outside = LayoutProperties.problems(laid).size() - overlaps;
        boolean big = d.elements().size() > 2000;
        int blocked = big ? -1 : LayoutProperties.blockedRoutes(laid).size();
        int unroutable = new Corridors(laid, 8).unroutable(big ? 10 : 1).size();
        return new Row(overlaps, outside, LayoutProperties.aspectRatio(laid), blocked, big ? -1 : crossings(laid),
                unroutable, times[runs / 2]);
    }

    /** Pairs of segments of different routes that cross. */
    static int crossings(Diagram d) {
        Scene scene = new DiagramRenderer().scene(d);
        List<List<Point>> routes = new ArrayList<>();
        for (Connection c : d.connections()) {
            routes.add(scene.route(c));
        }
        int count = 0;
        for (int i = 0; i < routes.size(); i++) {
            for (int j = i + 1; j < routes.size(); j++) {
                count += crossings(routes.get(i), routes.get(j));
            }
        }
        return count;
    }

    private static int crossings(List<Point> a, List<Point> b) {
        int count = 0;
        for (int i = 0; i + 1 < a.size(); i++) {
            for (int j = 0; j + 1 < b.size(); j++) {
                if (properlyCross(a.get(i), a.get(i + 1), b.get(j), b.get(j + 1))) {
                    count++;
                }
            }
        }
        return count;
    }

    private static boolean properlyCross(Point p, Point q, Point r, Point s) {
        double d1 = cross(r, s, p);
        double d2 = cross(r, s, q);
        double d3 = cross(p, q, r);
        double d4 = cross(p, q, s);
        return d1 * d2 < 0 && d3 * d4 < 0;
    }

    private static double cross(Point a, Point b, Point c) {
        return (b.x() - a.x()) * (c.y() - a.y()) - (b.y() - a.y()) * (c.x() - a.x());
    }
}
