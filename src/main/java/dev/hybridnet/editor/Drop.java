package dev.hybridnet.editor;

import dev.hybridnet.command.Placement;
import dev.hybridnet.geometry.Point;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import dev.hybridnet.model.ElementKind;
import dev.hybridnet.render.Scene;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a drag or a placement at a point would put elements: the innermost container there that may hold them
 * (trying outer containers, then the top level), or a refusal with the reason the innermost one gave.
 */
sealed interface Drop permits Drop.Stay, Drop.Into, Drop.Refused {

    /** The elements stay in the container they are in: a plain move. */
    record Stay() implements Drop {
    }

    /** The elements go into {@code parent}, or to the top level when it is empty. */
    record Into(Optional<String> parent) implements Drop {
        public Into {
            Objects.requireNonNull(parent, "parent");
        }
    }

    /** Nowhere at this point may hold them; {@code at} is the innermost container there, to mark red. */
    record Refused(String reason, Optional<String> at) implements Drop {
        public Refused {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(at, "at");
        }
    }

    /** Dropping the elements {@code movers}, now in {@code currentParent}, at world point {@code p}. */
    static Drop forMove(Scene scene, Collection<String> movers, Optional<String> currentParent, Point p) {
        Diagram d = scene.diagram();
        List<ElementKind> kinds = movers.stream().map(id -> d.element(id).orElseThrow().kind()).toList();
        return find(d, kinds, Optional.of(currentParent), Hits.containersAt(scene, p, movers));
    }

    /** Placing a new element of {@code kind} at world point {@code p}. */
    static Drop forPlace(Scene scene, ElementKind kind, Point p) {
        return find(scene.diagram(), List.of(kind), Optional.empty(), Hits.containersAt(scene, p, List.of()));
    }

    private static Drop find(Diagram d, List<ElementKind> kinds, Optional<Optional<String>> stayIn,
            List<Element> containers) {
        List<Optional<String>> candidates = new ArrayList<>();
        containers.forEach(c -> candidates.add(Optional.of(c.id())));
        candidates.add(Optional.empty());
        Optional<String> firstReason = Optional.empty();
        for (Optional<String> candidate : candidates) {
            if (stayIn.isPresent() && stayIn.get().equals(candidate)) {
                return new Stay();
            }
            Optional<String> reason = kinds.stream().map(k -> Placement.whyNot(d, k, candidate))
                    .flatMap(Optional::stream).findFirst();
            if (reason.isEmpty()) {
                return new Into(candidate);
            }
            firstReason = firstReason.or(() -> reason);
        }
        return new Refused(firstReason.orElseThrow(), candidates.get(0));
    }
}
