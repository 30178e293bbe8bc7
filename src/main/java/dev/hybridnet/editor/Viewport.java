package dev.hybridnet.editor;

import dev.hybridnet.geometry.Point;
import dev.hybridnet.geometry.Rect;
import dev.hybridnet.geometry.Size;

/**
 * How the canvas shows the world: {@code screen = world * scale + offset}. Zoom stays between
 * {@link #MIN_SCALE} and {@link #MAX_SCALE}; every operation returns a new viewport.
 */
public record Viewport(double scale, double offsetX, double offsetY) {

    public static final double MIN_SCALE = 0.1;
    public static final double MAX_SCALE = 8;
    /** One zoom-in or zoom-out step of the keyboard and the toolbar. */
    public static final double STEP = 1.25;

    public Viewport {
        if (!Double.isFinite(scale) || !Double.isFinite(offsetX) || !Double.isFinite(offsetY)) {
            throw new IllegalArgumentException("viewport values must be finite");
        }
        if (scale < MIN_SCALE || scale > MAX_SCALE) {
            throw new IllegalArgumentException("scale " + scale + " is outside " + MIN_SCALE + " to " + MAX_SCALE);
        }
    }

    // equals and hashCode written out, as a record's own would be (see geometry.Point): the record's own are linked
    // through a method handle bootstrap at first use, which costs more than every comparison of a window's start.
    @Override
    public boolean equals(Object o) {
        return o instanceof Viewport v && Double.compare(scale, v.scale) == 0
                && Double.compare(offsetX, v.offsetX) == 0 && Double.compare(offsetY, v.offsetY) == 0;
    }

    @Override
    public int hashCode() {
        return (31 * Double.hashCode(scale) + Double.hashCode(offsetX)) * 31 + Double.hashCode(offsetY);
    }

    /** 100 %, world origin at the top-left corner of the view. */
    public static Viewport identity() {
        return new Viewport(1, 0, 0);
    }

    public Point toScreen(Point world) {
        return new Point(world.x() * scale + offsetX, world.y() * scale + offsetY);
    }

    public Point toWorld(Point screen) {
        return new Point((screen.x() - offsetX) / scale, (screen.y() - offsetY) / scale);
    }

    public Rect toScreen(Rect world) {
        Point p = toScreen(new Point(world.x(), world.y()));
        return new Rect(p.x(), p.y(), world.width() * scale, world.height() * scale);
    }

    public Rect toWorld(Rect screen) {
        Point p = toWorld(new Point(screen.x(), screen.y()));
        return new Rect(p.x(), p.y(), screen.width() / scale, screen.height() / scale);
    }

    /** A length on screen (a pick tolerance in pixels) in world units. */
    public double toWorld(double screenLength) {
        return screenLength / scale;
    }

    /** The part of the world a view of this size shows. */
    public Rect visible(Size view) {
        return toWorld(new Rect(0, 0, view.width(), view.height()));
    }

    /** The zoom as a whole percentage, for the status bar. */
    public long percent() {
        return Math.round(scale * 100);
    }

    /** Zoomed by {@code factor} (clamped) so that the world point under {@code anchor} stays under it. */
    public Viewport zoomedAt(Point anchor, double factor) {
        return withScaleAt(anchor, scale * factor);
    }

    /** At {@code newScale} (clamped), keeping the world point under the screen point {@code anchor} in place. */
    public Viewport withScaleAt(Point anchor, double newScale) {
        double s = clamp(newScale);
        Point world = toWorld(anchor);
        return new Viewport(s, anchor.x() - world.x() * s, anchor.y() - world.y() * s);
    }

    /** Moved by a distance in screen pixels: the content follows the pointer. */
    public Viewport pannedBy(double dx, double dy) {
        return new Viewport(scale, offsetX + dx, offsetY + dy);
    }

    /** The same zoom, with the world point {@code world} in the middle of the view. */
    public Viewport centredOn(Point world, Size view) {
        return new Viewport(scale, view.width() / 2 - world.x() * scale, view.height() / 2 - world.y() * scale);
    }

    /**
     * The viewport that shows all of {@code world} in a view of size {@code view}, centred, with at least
     * {@code margin} screen pixels around it (less only when the zoom limit forbids).
     */
    public static Viewport fitting(Rect world, Size view, double margin) {
        double width = Math.max(1, view.width() - 2 * margin);
        double height = Math.max(1, view.height() - 2 * margin);
        double s = clamp(Math.min(width / world.width(), height / world.height()));
        Viewport centred = new Viewport(s, 0, 0).centredOn(world.center(), view);
        // Where even the smallest zoom cannot fit the world, its top and left edges show rather than its middle:
        // the top of a design (its title row, the on-premises site) is never cut off.
        double offsetX = world.width() * s > width ? margin - world.x() * s : centred.offsetX();
        double offsetY = world.height() * s > height ? margin - world.y() * s : centred.offsetY();
        return new Viewport(s, offsetX, offsetY);
    }

    static double clamp(double s) {
        return Math.max(MIN_SCALE, Math.min(MAX_SCALE, s));
    }
}
