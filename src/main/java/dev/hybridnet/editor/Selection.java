package dev.hybridnet.editor;

import dev.hybridnet.model.Diagram;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The selected element and connection ids, in the order they were selected. Immutable; clicks, shift-clicks and
 * rubber bands make new selections.
 */
public record Selection(Set<String> ids) {

    public Selection {
        ids = Collections.unmodifiableSet(new LinkedHashSet<>(ids));
    }

    public static Selection empty() {
        return new Selection(Set.of());
    }

    public static Selection of(String id) {
        return new Selection(Set.of(id));
    }

    public static Selection of(Collection<String> ids) {
        return new Selection(new LinkedHashSet<>(ids));
    }

    /** Every element and connection of the diagram. */
    public static Selection all(Diagram d) {
        Set<String> ids = new LinkedHashSet<>();
        d.elements().forEach(e -> ids.add(e.id()));
        d.connections().forEach(c -> ids.add(c.id()));
        return new Selection(ids);
    }

    public boolean isEmpty() {
        return ids.isEmpty();
    }

    public int size() {
        return ids.size();
    }

    public boolean contains(String id) {
        return ids.contains(id);
    }

    /** The only selected id, when exactly one is selected. */
    public Optional<String> single() {
        return ids.size() == 1 ? Optional.of(ids.iterator().next()) : Optional.empty();
    }

    /** Shift-click: the id added when it was not selected, removed when it was. */
    public Selection toggled(String id) {
        Set<String> next = new LinkedHashSet<>(ids);
        if (!next.remove(id)) {
            next.add(id);
        }
        return new Selection(next);
    }

    /** This selection with more ids added (shift with a rubber band). */
    public Selection with(Collection<String> more) {
        Set<String> next = new LinkedHashSet<>(ids);
        next.addAll(more);
        return new Selection(next);
    }

    /** Without the ids the diagram no longer has, e.g. after an undo. */
    public Selection retainedIn(Diagram d) {
        return ids.stream().allMatch(d::hasId) ? this : Selection.of(ids.stream().filter(d::hasId).toList());
    }

    /** The selected elements, without connections. */
    public Set<String> elements(Diagram d) {
        Set<String> result = new LinkedHashSet<>();
        ids.stream().filter(id -> d.element(id).isPresent()).forEach(result::add);
        return result;
    }

    /** The selected elements none of whose containers is selected too: what moves as a unit. */
    public Set<String> outermostElements(Diagram d) {
        Set<String> result = new LinkedHashSet<>();
        for (String id : elements(d)) {
            if (d.ancestorsOf(id).stream().noneMatch(a -> ids.contains(a.id()))) {
                result.add(id);
            }
        }
        return result;
    }
}
