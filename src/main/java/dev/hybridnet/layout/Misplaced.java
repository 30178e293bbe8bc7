package dev.hybridnet.layout;

import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The elements that have no proper place yet: those that stick out of their container, and those that overlap a
 * sibling listed before them (the earlier one keeps its place). What Place New Elements places; an element the
 * user placed by hand, clear of its siblings and inside its container, is never among them.
 */
public final class Misplaced {

    private Misplaced() {
    }

    public static Set<String> of(Diagram d) {
        Set<String> result = new LinkedHashSet<>();
        collect(d, Optional.empty(), d.roots(), result);
        return result;
    }

    private static void collect(Diagram d, Optional<Element> parent, List<Element> siblings, Set<String> into) {
        for (int i = 0; i < siblings.size(); i++) {
            Element e = siblings.get(i);
            if (e.kind().isAnnotation()) {
                // Notes and frames may lie over or beside the design: they are never out of place.
                continue;
            }
            boolean outside = parent.isPresent() && !parent.get().bounds().contains(e.bounds());
            boolean overlaps = false;
            for (int j = 0; j < i && !overlaps; j++) {
                overlaps = !into.contains(siblings.get(j).id()) && !siblings.get(j).kind().isAnnotation()
                        && siblings.get(j).bounds().intersects(e.bounds());
            }
            if (outside || overlaps) {
                into.add(e.id());
            }
            collect(d, Optional.of(e), d.childrenOf(e.id()), into);
        }
    }
}
