package dev.hybridnet.command;

import dev.hybridnet.geometry.Rect;
import dev.hybridnet.model.Diagram;
import java.util.Map;
import java.util.Objects;

/**
 * New bounds for many elements at once, as one undo step: what an automatic layout (Tidy Up, Place New Elements)
 * produced. Nothing else changes; containment is as it was.
 */
public record Arrange(String name, Map<String, Rect> bounds) implements Command {

    public Arrange {
        Objects.requireNonNull(name, "name");
        bounds = Map.copyOf(bounds);
    }

    /** The bounds of every element whose place differs between {@code before} and {@code after}. */
    public static Arrange between(String name, Diagram before, Diagram after) {
        Map<String, Rect> changed = new java.util.LinkedHashMap<>();
        for (var e : after.elements()) {
            if (before.element(e.id()).filter(b -> !b.bounds().equals(e.bounds())).isPresent()) {
                changed.put(e.id(), e.bounds());
            }
        }
        return new Arrange(name, changed);
    }

    @Override
    public Diagram apply(Diagram before) {
        bounds.keySet().forEach(id -> Contents.element(before, id));
        return Contents.mapElements(before, e -> bounds.containsKey(e.id()) ? e.withBounds(bounds.get(e.id())) : e);
    }

    /** "Tidy up", "Place new elements". */
    @Override
    public String label(Diagram before) {
        return name;
    }
}
