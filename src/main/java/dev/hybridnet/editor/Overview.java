package dev.hybridnet.editor;

import dev.hybridnet.geometry.Point;
import dev.hybridnet.geometry.Rect;
import dev.hybridnet.geometry.Size;
import java.util.Objects;

/**
 * The minimap: the whole design and the part of it the view shows, drawn small in a box of its own. It maps the
 * world (the design's extent and the visible region together, so the view's frame is always in the box) into the
 * box, centred with a margin, and back: a click or drag in the box centres the view there.
 *
 * @param world what the box shows, in world units
 * @param scale box pixels per world unit
 * @param box the box's size in pixels
 * @param visible the view's frame in box pixels
 */
public record Overview(Rect world, double scale, Size box, Rect visible) {

    /** Room around the drawing inside the box, in pixels. */
    public static final double PAD = 6;
    /** The box's size in the window. */
    public static final Size SIZE = new Size(200, 140);

    public Overview {
        Objects.requireNonNull(world, "world");
        Objects.requireNonNull(box, "box");
        Objects.requireNonNull(visible, "visible");
    }

    /** The overview of a design of {@code extent} seen through {@code viewport} in a view of {@code view}. */
    public static Overview of(Rect extent, Viewport viewport, Size view, Size box) {
        Rect shown = viewport.visible(view);
        Rect world = extent.union(shown);
        double scale = Math.min((box.width() - 2 * PAD) / world.width(), (box.height() - 2 * PAD) / world.height());
        Overview placed = new Overview(world, scale, box, new Rect(0, 0, 1, 1));
        return new Overview(world, scale, box, placed.toBox(shown));
    }

    /** Where the world's top-left corner is drawn in the box: centred, inside the padding. */
    private Point origin() {
        return new Point((box.width() - world.width() * scale) / 2, (box.height() - world.height() * scale) / 2);
    }

    /** A world rectangle in box pixels. */
    public Rect toBox(Rect r) {
        Point o = origin();
        return new Rect(o.x() + (r.x() - world.x()) * scale, o.y() + (r.y() - world.y()) * scale,
                Math.max(r.width() * scale, 1e-6), Math.max(r.height() * scale, 1e-6));
    }

    /** A point of the box as a world point. */
    public Point toWorld(Point inBox) {
        Point o = origin();
        return new Point(world.x() + (inBox.x() - o.x()) / scale, world.y() + (inBox.y() - o.y()) / scale);
    }
}
