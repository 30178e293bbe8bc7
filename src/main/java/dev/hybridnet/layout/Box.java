package dev.hybridnet.layout;

/**
 * The room one element takes while a layout is computed: a container's bounds, or an icon with the strip of its name
 * under it (as wide as the icon or the name, whichever is wider). {@code x} and {@code y} are relative to the box of
 * the parent until {@link Frames} makes them absolute. Mutable, and private to one layout run.
 */
final class Box {

    final String id;
    final boolean container;
    /** The icon's own size; for a container the box is its bounds. */
    final double iconWidth;
    final double iconHeight;
    double x;
    double y;
    double width;
    double height;

    private Box(String id, boolean container, double iconWidth, double iconHeight) {
        this.id = id;
        this.container = container;
        this.iconWidth = iconWidth;
        this.iconHeight = iconHeight;
    }

    /** An icon of the given size in a box of the given size (its name under it). */
    static Box icon(String id, double iconWidth, double iconHeight, double width, double height) {
        Box b = new Box(id, false, iconWidth, iconHeight);
        b.resize(width, height);
        return b;
    }

    /** A container, whose box is its bounds. */
    static Box container(String id, double width, double height) {
        Box b = new Box(id, true, width, height);
        b.resize(width, height);
        return b;
    }

    void resize(double newWidth, double newHeight) {
        width = newWidth;
        height = newHeight;
    }

    double maxX() {
        return x + width;
    }

    double maxY() {
        return y + height;
    }

    void moveTo(double newX, double newY) {
        x = newX;
        y = newY;
    }
}
