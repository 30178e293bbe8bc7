package dev.hybridnet.layout;

import dev.hybridnet.geometry.Rect;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the boxes of a layout run into the bounds of elements: a box's position is relative to its parent's box
 * until here, where it becomes absolute (whole units, rounded down); an icon stands centred at the top of its box,
 * above its name.
 */
record Frames(Diagram diagram, Arranger arranger) {

    /** The vertical centre of an element's icon or box, with its root's box where it is now. */
    double centerY(String id) {
        Box b = arranger.boxes.get(id);
        double y = b.y + (b.container ? b.height : b.iconHeight) / 2;
        for (Element p : diagram.ancestorsOf(id)) {
            y += arranger.boxes.get(p.id()).y;
        }
        return y;
    }

    /** The diagram with the roots' boxes (absolute) moved so that the picture starts at the origin. */
    Diagram apply(List<Element> roots) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        for (Element r : roots) {
            Box b = arranger.boxes.get(r.id());
            minX = Math.min(minX, b.x);
            minY = Math.min(minY, b.y);
        }
        Map<String, Rect> bounds = new HashMap<>(diagram.elements().size() * 2);
        for (Element r : roots) {
            Box b = arranger.boxes.get(r.id());
            place(b, b.x - minX + Spacing.ORIGIN, b.y - minY + Spacing.ORIGIN, bounds);
        }
        return with(diagram, bounds);
    }

    /** Sets the absolute bounds of the box (at {@code x}, {@code y}) and of everything inside it. */
    void place(Box b, double x, double y, Map<String, Rect> into) {
        double ax = Math.floor(x);
        double ay = Math.floor(y);
        if (b.container) {
            into.put(b.id, new Rect(ax, ay, b.width, b.height));
            for (Box child : arranger.children.getOrDefault(b.id, List.of())) {
                place(child, ax + child.x, ay + child.y, into);
            }
        } else {
            into.put(b.id, new Rect(Math.floor(ax + (b.width - b.iconWidth) / 2), ay, b.iconWidth, b.iconHeight));
        }
    }

    /** The diagram with the given elements' bounds replaced, everything else as it was. */
    static Diagram with(Diagram d, Map<String, Rect> bounds) {
        List<Element> elements = new ArrayList<>(d.elements().size());
        for (Element e : d.elements()) {
            Rect r = bounds.get(e.id());
            elements.add(r == null || r.equals(e.bounds()) ? e : e.withBounds(r));
        }
        return d.withContent(elements, d.connections());
    }
}
