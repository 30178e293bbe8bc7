package dev.hybridnet.command;

import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Moves elements into another container, or to the top level when {@code parent} is empty, shifting them (and
 * everything inside them) by a delta: what a drop does. Refused when an element may not go there
 * ({@link Placement}) or a container would go inside itself.
 */
public record Reparent(Set<String> ids, Optional<String> parent, double dx, double dy) implements Command {

    public Reparent {
        ids = Set.copyOf(ids);
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("nothing to move");
        }
        Objects.requireNonNull(parent, "parent");
        Contents.requireFinite(dx, dy);
    }

    @Override
    public Diagram apply(Diagram before) {
        ids.forEach(id -> Contents.element(before, id));
        Set<String> movers = Contents.outermost(before, ids);
        Set<String> moving = Contents.withDescendants(before, movers);
        if (parent.isPresent()) {
            Element target = Contents.element(before, parent.get());
            if (moving.contains(target.id())) {
                Element mover = movers.contains(target.id()) ? target : before.ancestorsOf(target.id()).stream()
                        .filter(a -> movers.contains(a.id())).findFirst().orElseThrow();
                throw new CommandRefusedException(Wording.capitalized(Wording.describe(mover))
                        + " cannot go inside itself.");
            }
        }
        for (String id : movers) {
            Element e = before.element(id).orElseThrow();
            Placement.whyNot(before, e.kind(), parent).ifPresent(reason -> {
                throw new CommandRefusedException(reason);
            });
        }
        return Contents.withWaypointsMoved(Contents.mapElements(before, e -> {
            Element moved = moving.contains(e.id()) ? e.withBounds(e.bounds().movedBy(dx, dy)) : e;
            return movers.contains(e.id()) ? moved.withParent(parent) : moved;
        }), moving, dx, dy);
    }

    /** "Move into GatewaySubnet", "Move to the top level". */
    @Override
    public String label(Diagram before) {
        return parent.map(p -> "Move into " + before.element(p).map(Wording::label).orElse(p))
                .orElse("Move to the top level");
    }
}
