package dev.hybridnet.samples;

import dev.hybridnet.catalog.Catalog;
import dev.hybridnet.geometry.Rect;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import java.util.ArrayList;
import java.util.List;

/**
 * The layout promises of the bundled and generated diagrams: each element lies inside its container, below the
 * container's label strip, and siblings (with the labels under icons) do not overlap.
 */
final class LayoutCheck {

    /** Height of the label strip at the top of a container. */
    static final double HEADER = 28;
    /** Icons carry their name in a strip this tall and wide, centred under them. */
    static final double LABEL_HEIGHT = 24;
    static final double LABEL_WIDTH = 130;

    private LayoutCheck() {
    }

    /** The area an element occupies on the canvas, including the name under an icon. */
    static Rect footprint(Element e) {
        Rect b = e.bounds();
        if (Catalog.of(e.kind()).container()) {
            return b;
        }
        double width = Math.max(b.width(), LABEL_WIDTH);
        return new Rect(b.center().x() - width / 2, b.y(), width, b.height() + LABEL_HEIGHT);
    }

    static List<String> problems(Diagram diagram) {
        List<String> problems = new ArrayList<>();
        for (Element e : diagram.elements()) {
            diagram.parentOf(e.id()).ifPresent(parent -> {
                Rect inner = new Rect(parent.bounds().x(), parent.bounds().y() + HEADER, parent.bounds().width(),
                        parent.bounds().height() - HEADER);
                if (!inner.contains(footprint(e))) {
                    problems.add(e.id() + " sticks out of " + parent.id() + " or into its label");
                }
            });
        }
        List<List<Element>> families = new ArrayList<>();
        families.add(diagram.roots());
        diagram.elements().forEach(e -> families.add(diagram.childrenOf(e.id())));
        for (List<Element> siblings : families) {
            for (int i = 0; i < siblings.size(); i++) {
                for (int j = i + 1; j < siblings.size(); j++) {
                    if (footprint(siblings.get(i)).intersects(footprint(siblings.get(j)))) {
                        problems.add(siblings.get(i).id() + " overlaps " + siblings.get(j).id());
                    }
                }
            }
        }
        return problems;
    }
}
