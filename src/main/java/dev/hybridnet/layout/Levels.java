package dev.hybridnet.layout;

import dev.hybridnet.model.Connection;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Puts the boxes of a column (links, or sites) at the height of what they connect to, which is placed already, so
 * that their connections run level: each box goes where its connected elements stand level with the ends they join,
 * on average, and boxes that would overlap are pushed down in turn. Boxes with nothing placed to align to wait for a
 * later call, then stack below.
 */
final class Levels {

    private final Diagram diagram;
    private final Ranks ranks;
    private final Frames frames;
    private final Set<String> placed = new HashSet<>();
    private final List<double[]> taken = new ArrayList<>();

    Levels(Diagram diagram, Ranks ranks, Frames frames) {
        this.diagram = diagram;
        this.ranks = ranks;
        this.frames = frames;
        ranks.bands.forEach((hub, spokes) -> {
            placed.add(hub.id());
            spokes.forEach(s -> placed.add(s.id()));
        });
    }

    /** Places the boxes of {@code column} that have something placed to align to. */
    void stack(List<Box> column, double x, double width) {
        List<Wanted> wanted = new ArrayList<>();
        for (Box b : column) {
            if (!placed.contains(b.id)) {
                desiredY(b).ifPresent(y -> wanted.add(new Wanted(b, y)));
            }
        }
        wanted.sort(Comparator.comparingDouble(Wanted::y));
        taken.clear();
        for (Box b : column) {
            if (placed.contains(b.id)) {
                taken.add(new double[] {b.y, b.maxY()});
            }
        }
        for (Wanted w : wanted) {
            w.box().moveTo(x + (width - w.box().width) / 2, free(w.y(), w.box().height));
            placed.add(w.box().id);
        }
    }

    private record Wanted(Box box, double y) {
    }

    /** Places the boxes of {@code column} still without a place, below the others. */
    void stackLeftovers(List<Box> column, double x, double width) {
        stack(column, x, width);
        double y = 0;
        for (Box b : column) {
            if (placed.contains(b.id)) {
                y = Math.max(y, b.maxY() + Spacing.STACK_GAP);
            }
        }
        for (Box b : column) {
            if (!placed.contains(b.id)) {
                b.moveTo(x + (width - b.width) / 2, y);
                y += b.height + Spacing.STACK_GAP;
                placed.add(b.id);
            }
        }
    }

    /** The first y at or below {@code y} where a box this tall overlaps nothing taken in the column. */
    private double free(double y, double height) {
        boolean moved = true;
        while (moved) {
            moved = false;
            for (double[] t : taken) {
                if (y < t[1] + Spacing.STACK_GAP && y + height + Spacing.STACK_GAP > t[0]) {
                    y = t[1] + Spacing.STACK_GAP;
                    moved = true;
                }
            }
        }
        taken.add(new double[] {y, y + height});
        return y;
    }

    /** Where the box's top would put its connected elements level with their placed ends, on average. */
    private Optional<Double> desiredY(Box b) {
        double sum = 0;
        int count = 0;
        List<Element> inside = new ArrayList<>(diagram.descendantsOf(b.id));
        inside.add(diagram.element(b.id).orElseThrow());
        for (Element e : inside) {
            for (Connection c : diagram.connectionsOf(e.id())) {
                String other = c.from().equals(e.id()) ? c.to() : c.from();
                if (placed.contains(ranks.rootOf(other))) {
                    sum += frames.centerY(other) - (frames.centerY(e.id()) - b.y);
                    count++;
                }
            }
        }
        return count == 0 ? Optional.empty() : Optional.of(sum / count);
    }
}
