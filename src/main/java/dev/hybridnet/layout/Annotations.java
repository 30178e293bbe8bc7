package dev.hybridnet.layout;

import dev.hybridnet.geometry.Rect;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How the layouts treat notes and group frames: they lay out the design without them, then put them back. An
 * annotation that overlaps nothing of the laid-out design stays where it was; the others go, in document order,
 * into a column beside the drawing (right of it, top-aligned), keeping their sizes and their parents, so that none
 * covers the design and laying out again changes nothing. A note that stood in a container may so stand outside
 * its box: it belongs to no network.
 */
final class Annotations {

    private Annotations() {
    }

    /** {@code layout} applied to the design of {@code whole}, with the annotations of {@code whole} put back. */
    static Diagram around(Diagram whole, java.util.function.UnaryOperator<Diagram> layout, boolean keepAll) {
        if (!whole.hasAnnotations()) {
            return layout.apply(whole);
        }
        Diagram laid = layout.apply(whole.withoutAnnotations());
        Map<String, Rect> bounds = new HashMap<>();
        Rect extent = null;
        for (Element e : laid.elements()) {
            bounds.put(e.id(), e.bounds());
            extent = extent == null ? e.bounds() : extent.union(e.bounds());
        }
        double x = extent == null ? Spacing.ORIGIN : extent.maxX() + Spacing.COLUMN_GAP;
        double y = extent == null ? Spacing.ORIGIN : extent.y();
        for (Element e : whole.elements()) {
            if (!e.kind().isAnnotation()) {
                continue;
            }
            boolean clear = laid.elements().stream().noneMatch(d -> d.bounds().intersects(e.bounds()));
            if (keepAll || clear) {
                bounds.put(e.id(), e.bounds());
            } else {
                bounds.put(e.id(), new Rect(x, y, e.bounds().width(), e.bounds().height()));
                y += e.bounds().height() + Spacing.STACK_GAP;
            }
        }
        List<Element> elements = new ArrayList<>(whole.elements().size());
        for (Element e : whole.elements()) {
            elements.add(e.withBounds(bounds.get(e.id())));
        }
        return whole.withContent(elements, whole.connections());
    }
}
