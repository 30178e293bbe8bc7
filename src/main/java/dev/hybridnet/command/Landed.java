package dev.hybridnet.command;

import dev.hybridnet.geometry.FreeSpace;
import dev.hybridnet.geometry.Point;
import dev.hybridnet.geometry.Rect;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A placement, drop or paste that never leaves its elements on top of a sibling: {@code inner} runs, and the
 * elements {@code landed} (ids in the diagram after it) that then overlap another element of the same container are
 * moved, together, to the nearest free place inside that container. When the container has no such place the whole
 * change is refused with the reason. Elements that overlap nothing stay exactly where they were let go.
 */
public record Landed(Command inner, Set<String> landed) implements Command {

    /** The space kept between a moved element and its new neighbours, in canvas units. */
    public static final double GAP = 16;
    /** Room kept inside a container's border: its header at the top, a margin elsewhere. */
    static final double HEADER = 28;
    static final double MARGIN = 8;

    public Landed {
        Objects.requireNonNull(inner, "inner");
        landed = Set.copyOf(landed);
    }

    @Override
    public Diagram apply(Diagram before) {
        Diagram after = inner.apply(before);
        Map<Optional<String>, List<Element>> byParent = new LinkedHashMap<>();
        // Annotations lie over the design or behind it: they stay where they are let go, and nothing avoids them.
        List<String> design = landed.stream().filter(id -> after.element(id)
                .filter(e -> !e.kind().isAnnotation()).isPresent()).toList();
        for (String id : Contents.outermost(after, design)) {
            after.element(id).ifPresent(e -> byParent.computeIfAbsent(e.parent(), p -> new ArrayList<>()).add(e));
        }
        Diagram result = after;
        for (Map.Entry<Optional<String>, List<Element>> group : byParent.entrySet()) {
            result = settle(result, group.getKey(), group.getValue());
        }
        return result;
    }

    /** Moves one container's landed elements off their siblings, or refuses. */
    private Diagram settle(Diagram d, Optional<String> parent, List<Element> group) {
        Set<String> ids = new java.util.HashSet<>();
        group.forEach(e -> ids.add(e.id()));
        List<Rect> taken = new ArrayList<>();
        for (Element sibling : parent.map(d::childrenOf).orElseGet(d::roots)) {
            if (!ids.contains(sibling.id()) && !sibling.kind().isAnnotation()) {
                taken.add(sibling.bounds());
            }
        }
        Rect box = group.stream().map(Element::bounds).reduce(Rect::union).orElseThrow();
        Optional<Rect> area = parent.flatMap(d::element).map(p -> inside(p.bounds()));
        Optional<Point> free = FreeSpace.nearest(box, taken, area, GAP);
        if (free.isEmpty()) {
            String what = group.size() == 1 ? Wording.label(group.get(0)) : Wording.count(group.size(), "element");
            String where = parent.flatMap(d::element).map(Wording::label).orElse("the diagram");
            throw new CommandRefusedException("There is no free room for " + what + " in " + where + ": every "
                    + "place there overlaps another element. Make " + where + " larger, or move something aside.");
        }
        double dx = free.get().x() - box.x();
        double dy = free.get().y() - box.y();
        return dx == 0 && dy == 0 ? d : Contents.moved(d, Contents.withDescendants(d, ids), dx, dy);
    }

    private static Rect inside(Rect container) {
        double w = Math.max(0, container.width() - 2 * MARGIN);
        double h = Math.max(0, container.height() - HEADER - MARGIN);
        return new Rect(container.x() + MARGIN, container.y() + HEADER, w, h);
    }

    @Override
    public String label(Diagram before) {
        return inner.label(before);
    }
}
