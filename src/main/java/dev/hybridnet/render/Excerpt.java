package dev.hybridnet.render;

import dev.hybridnet.geometry.Rect;
import dev.hybridnet.model.Connection;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Part of a diagram's picture, for exporting a selection: the chosen elements with everything inside them, and the
 * connections whose two ends are both in it, cut from the full picture (so each keeps the place, route and label
 * it has on the canvas) and cropped to them with the renderer's margin.
 */
public final class Excerpt {

    private Excerpt() {
    }

    /**
     * The ids an excerpt of {@code chosen} holds: each chosen element and its descendants, then every connection
     * whose ends are both among them. Chosen connections count only through their ends; unknown ids are ignored.
     */
    public static Set<String> ids(Diagram diagram, Collection<String> chosen) {
        Set<String> ids = new LinkedHashSet<>();
        for (String id : chosen) {
            Optional<Element> element = diagram.element(id);
            if (element.isPresent() && ids.add(id)) {
                diagram.descendantsOf(id).forEach(e -> ids.add(e.id()));
            }
        }
        for (Connection c : diagram.connections()) {
            if (ids.contains(c.from()) && ids.contains(c.to())) {
                ids.add(c.id());
            }
        }
        return ids;
    }

    /**
     * The full-style picture of {@code diagram} with only the excerpt of {@code chosen}, in paint order, cropped to
     * what is left plus {@link DiagramRenderer#MARGIN}; findings badges stay on their elements. Refused when no
     * element is chosen.
     */
    public static Drawing of(Diagram diagram, Collection<String> chosen, Decorations decorations) {
        Set<String> ids = ids(diagram, chosen);
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("nothing to export: no element of the diagram is selected");
        }
        Drawing full = new DiagramRenderer().render(diagram, decorations);
        List<Shape> kept = new ArrayList<>();
        for (Shape shape : full.shapes()) {
            if (shape instanceof Shape.Group group && (ids.contains(group.id())
                    || group.role().startsWith("badge") && ids.contains(group.id().substring("badge-".length())))) {
                kept.add(shape);
            }
        }
        Rect extent = ShapeBounds.union(kept).orElse(full.viewBox());
        Rect box = new Rect(Math.floor(extent.x() - DiagramRenderer.MARGIN),
                Math.floor(extent.y() - DiagramRenderer.MARGIN), Math.ceil(extent.width() + 2 * DiagramRenderer.MARGIN),
                Math.ceil(extent.height() + 2 * DiagramRenderer.MARGIN));
        long elements = ids.stream().filter(id -> diagram.element(id).isPresent()).count();
        String what = dev.hybridnet.model.Counted.of(elements, "element") + " and "
                + dev.hybridnet.model.Counted.of(ids.size() - elements, "connection");
        return new Drawing(box, kept, diagram.title(), "Part of " + lowerFirst(DiagramRenderer.description(diagram))
                + " Shown: " + what + ".");
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
