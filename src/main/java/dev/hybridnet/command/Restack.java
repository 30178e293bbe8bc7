package dev.hybridnet.command;

import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Brings elements to the front of their siblings or sends them to the back. Siblings are drawn in the order of the
 * diagram's elements (the order of the file), so this moves the elements to the end (front) or the start (back) of
 * that order, keeping their order among themselves; what they contain comes with them, drawn inside as before.
 * Nothing else about the diagram changes.
 */
public record Restack(Set<String> ids, boolean toFront) implements Command {

    public Restack {
        ids = Set.copyOf(ids);
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("nothing to restack");
        }
    }

    @Override
    public Diagram apply(Diagram before) {
        ids.forEach(id -> Contents.element(before, id));
        List<Element> moved = new ArrayList<>();
        List<Element> others = new ArrayList<>();
        for (Element e : before.elements()) {
            (ids.contains(e.id()) ? moved : others).add(e);
        }
        List<Element> elements = new ArrayList<>(before.elements().size());
        if (toFront) {
            elements.addAll(others);
            elements.addAll(moved);
        } else {
            elements.addAll(moved);
            elements.addAll(others);
        }
        return elements.equals(before.elements()) ? before : before.withContent(elements, before.connections());
    }

    /** "Bring vpngw to Front", "Send 3 elements to Back". */
    @Override
    public String label(Diagram before) {
        String verb = toFront ? "Bring" : "Send";
        return Contents.label(before, verb, List.copyOf(Objects.requireNonNull(ids))) + (toFront ? " to Front"
                : " to Back");
    }
}
