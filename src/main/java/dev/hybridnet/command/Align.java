package dev.hybridnet.command;

import dev.hybridnet.geometry.Rect;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Lines up elements, or spaces them evenly, as one undo step: each element moves (with its contents, as in a
 * {@link Move}) so that its left edges, centres, right edges, tops, middles or bottoms meet those of the group's
 * outermost box, or so that the gaps between neighbours are equal from the first to the last (which stay put).
 * Refused with the reason when an element would leave its container or land on a sibling it did not overlap
 * before: aligning never stacks networks or hides a connection under one.
 */
public record Align(Set<String> ids, How how) implements Command {

    /** What to line up. */
    public enum How {
        LEFT("Align left", 2), CENTRES("Align centres", 2), RIGHT("Align right", 2),
        TOP("Align top", 2), MIDDLES("Align middles", 2), BOTTOM("Align bottom", 2),
        DISTRIBUTE_HORIZONTALLY("Distribute horizontally", 3), DISTRIBUTE_VERTICALLY("Distribute vertically", 3);

        private final String label;
        private final int least;

        How(String label, int least) {
            this.label = label;
            this.least = least;
        }

        public String label() {
            return label;
        }

        /** How many elements it needs: two to align, three to distribute. */
        public int least() {
            return least;
        }
    }

    public Align {
        ids = Set.copyOf(ids);
        Objects.requireNonNull(how, "how");
    }

    @Override
    public Diagram apply(Diagram before) {
        Contents.requireAll(before, ids);
        Set<String> outer = Contents.outermost(before, ids);
        if (outer.size() < how.least()) {
            throw new CommandRefusedException(how.label() + " needs at least " + how.least()
                    + " elements, of which none holds another; " + outer.size() + " selected.");
        }
        List<Element> elements = outer.stream().map(id -> Contents.element(before, id))
                .sorted(Comparator.comparing(Element::id)).toList();
        Map<String, Rect> wanted = switch (how) {
            case DISTRIBUTE_HORIZONTALLY -> distribute(elements, true);
            case DISTRIBUTE_VERTICALLY -> distribute(elements, false);
            default -> aligned(elements);
        };
        Diagram d = before;
        for (Element e : elements) {
            Rect to = wanted.get(e.id());
            double dx = to.x() - e.bounds().x();
            double dy = to.y() - e.bounds().y();
            if (dx != 0 || dy != 0) {
                d = Contents.moved(d, Contents.withDescendants(d, Set.of(e.id())), dx, dy);
            }
        }
        check(before, d, elements);
        return d;
    }

    private Map<String, Rect> aligned(List<Element> elements) {
        Rect all = elements.stream().map(Element::bounds).reduce(Rect::union).orElseThrow();
        Map<String, Rect> wanted = new HashMap<>();
        for (Element e : elements) {
            Rect b = e.bounds();
            wanted.put(e.id(), switch (how) {
                case LEFT -> b.movedTo(all.x(), b.y());
                case CENTRES -> b.movedTo(whole(all.center().x() - b.width() / 2), b.y());
                case RIGHT -> b.movedTo(all.maxX() - b.width(), b.y());
                case TOP -> b.movedTo(b.x(), all.y());
                case MIDDLES -> b.movedTo(b.x(), whole(all.center().y() - b.height() / 2));
                case BOTTOM -> b.movedTo(b.x(), all.maxY() - b.height());
                default -> throw new IllegalStateException(how.name());
            });
        }
        return wanted;
    }

    /** Equal gaps along one axis, in the order of the elements' near edges; the first and the last stay. */
    private static Map<String, Rect> distribute(List<Element> elements, boolean horizontally) {
        List<Element> order = new ArrayList<>(elements);
        order.sort(Comparator.comparingDouble((Element e) -> near(e.bounds(), horizontally))
                .thenComparingDouble(e -> far(e.bounds(), horizontally)));
        double start = near(order.get(0).bounds(), horizontally);
        double end = order.stream().mapToDouble(e -> far(e.bounds(), horizontally)).max().orElseThrow();
        double sizes = order.stream().mapToDouble(e -> far(e.bounds(), horizontally) - near(e.bounds(), horizontally))
                .sum();
        double gap = (end - start - sizes) / (order.size() - 1);
        if (gap < 0) {
            throw new CommandRefusedException("The " + order.size() + " elements are " + (horizontally ? "wider"
                    : "taller") + " together than the space they span, so they cannot be spaced evenly without "
                    + "overlapping. Spread them out first.");
        }
        Map<String, Rect> wanted = new HashMap<>();
        double at = start;
        for (Element e : order) {
            Rect b = e.bounds();
            double place = whole(at);
            wanted.put(e.id(), horizontally ? b.movedTo(place, b.y()) : b.movedTo(b.x(), place));
            at += (horizontally ? b.width() : b.height()) + gap;
        }
        return wanted;
    }

    private static double near(Rect r, boolean horizontally) {
        return horizontally ? r.x() : r.y();
    }

    private static double far(Rect r, boolean horizontally) {
        return horizontally ? r.maxX() : r.maxY();
    }

    /** Whole canvas units, as drags make, so that files stay tidy; exact when already whole. */
    private static double whole(double v) {
        return Math.round(v);
    }

    /** Refuses when a moved element left its container, or now overlaps a sibling it did not overlap before. */
    private void check(Diagram before, Diagram after, List<Element> elements) {
        for (Element e : elements) {
            Element now = Contents.element(after, e.id());
            if (now.bounds().equals(e.bounds())) {
                continue;
            }
            Optional<Element> parent = after.parentOf(e.id());
            if (parent.isPresent() && parent.get().bounds().contains(e.bounds())
                    && !parent.get().bounds().contains(now.bounds())) {
                throw new CommandRefusedException(how.label() + " would take " + Wording.label(e) + " out of "
                        + Wording.label(parent.get()) + ". Line up elements of one container, or make "
                        + Wording.label(parent.get()) + " larger.");
            }
            for (Element sibling : e.parent().map(after::childrenOf).orElseGet(after::roots)) {
                if (sibling.id().equals(e.id())) {
                    continue;
                }
                Rect was = Contents.element(before, sibling.id()).bounds();
                if (now.bounds().intersects(sibling.bounds()) && !e.bounds().intersects(was)) {
                    throw new CommandRefusedException(how.label() + " would put " + Wording.label(e) + " on top of "
                            + Wording.label(sibling) + ". Move them apart first, or line up fewer elements.");
                }
            }
        }
    }

    /** "Align left", "Distribute horizontally". */
    @Override
    public String label(Diagram before) {
        return how.label();
    }
}
