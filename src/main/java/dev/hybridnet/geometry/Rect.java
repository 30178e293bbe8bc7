package dev.hybridnet.geometry;

/**
 * An axis-aligned rectangle in canvas units: top-left corner plus a positive size. All values are finite.
 */
public record Rect(double x, double y, double width, double height) {

    public Rect {
        if (!Double.isFinite(x) || !Double.isFinite(y) || !Double.isFinite(width) || !Double.isFinite(height)) {
            throw new IllegalArgumentException("rectangle values must be finite");
        }
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("rectangle size must be positive: " + width + " x " + height);
        }
        // -0.0 and 0.0 are the same place; keep one of them so equal rectangles are equal records.
        x += 0.0;
        y += 0.0;
    }

    // equals and hashCode written out, with the values and the formula a record's own would have (components compared
    // as Double.compare does, hash 31 * h + component's hash): the record's own are linked through a method handle
    // bootstrap at first use, which in a command's first fraction of a second cost more than all the comparisons.
    @Override
    public boolean equals(Object o) {
        return o instanceof Rect r && Double.compare(x, r.x) == 0 && Double.compare(y, r.y) == 0
                && Double.compare(width, r.width) == 0 && Double.compare(height, r.height) == 0;
    }

    @Override
    public int hashCode() {
        return ((31 * Double.hashCode(x) + Double.hashCode(y)) * 31 + Double.hashCode(width)) * 31
                + Double.hashCode(height);
    }

    public double maxX() {
        return x + width;
    }

    public double maxY() {
        return y + height;
    }

    public Point center() {
        return new Point(x + width / 2, y + height / 2);
    }

    public Rect movedBy(double dx, double dy) {
        return new Rect(x + dx, y + dy, width, height);
    }

    public Rect movedTo(double newX, double newY) {
        return new Rect(newX, newY, width, height);
    }

    public Rect resized(double newWidth, double newHeight) {
        return new Rect(x, y, newWidth, newHeight);
    }

    public boolean contains(Point p) {
        return p.x() >= x && p.x() <= maxX() && p.y() >= y && p.y() <= maxY();
    }

    /** True when {@code other} lies entirely inside this rectangle (edges may touch). */
    public boolean contains(Rect other) {
        return other.x >= x && other.y >= y && other.maxX() <= maxX() && other.maxY() <= maxY();
    }

    /** True when the interiors overlap; rectangles that only share an edge do not intersect. */
    public boolean intersects(Rect other) {
        return other.x < maxX() && other.maxX() > x && other.y < maxY() && other.maxY() > y;
    }

    /** The smallest rectangle holding both. */
    public Rect union(Rect other) {
        double minX = Math.min(x, other.x);
        double minY = Math.min(y, other.y);
        return new Rect(minX, minY, Math.max(maxX(), other.maxX()) - minX, Math.max(maxY(), other.maxY()) - minY);
    }
}
