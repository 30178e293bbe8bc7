package dev.hybridnet.layout;

import dev.hybridnet.model.Diagram;
import java.util.Collection;
import java.util.Set;

/**
 * The layout's entry points. Each returns a diagram that differs from its argument only in the bounds of elements;
 * ids, names, properties, parents and connections are kept as they are. Notes and group frames are left out of the
 * layout ({@link Annotations}): Tidy Up of the whole moves those that would cover the design beside it, the partial
 * layouts leave them where they are. Pure and thread-safe.
 */
public final class Layout {

    private Layout() {
    }

    /** Every element placed and every container sized anew (the CLI's {@code layout}, the editor's Tidy Up). */
    public static Diagram tidy(Diagram diagram) {
        return Annotations.around(diagram, d -> new Grammar(d).layOut(), false);
    }

    /**
     * The contents of the given networks and subnets laid out anew, each container sized to its contents (growing
     * its own containers where needed); everything else stays where it is (Tidy Up on a selection).
     *
     * <p>Each tidied container keeps its top-left corner; one inside another given one is tidied with it; ids that
     * name no container are ignored. A container that grows into a sibling moves, with its contents, to the nearest
     * free place beside its siblings.
     */
    public static Diagram tidy(Diagram diagram, Collection<String> containers) {
        return Annotations.around(diagram, d -> new Partial(d).tidy(containers), true);
    }

    /**
     * Places the elements {@code unplaced} (new ones: imported, generated or pasted without a place) around what is
     * already placed, which stays where it is; containers grow where their new contents need room (Place New
     * Elements).
     *
     * <p>What is inside an unplaced container is placed with it, in the arrangement {@link #tidy(Diagram)} gives;
     * unknown ids are ignored.
     */
    public static Diagram placeNew(Diagram diagram, Set<String> unplaced) {
        return Annotations.around(diagram, d -> new Partial(d).placeNew(unplaced), true);
    }
}
