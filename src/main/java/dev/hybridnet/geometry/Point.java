package dev.hybridnet.geometry;

/** A point in canvas units (1 unit = 1 px at 100 % zoom); both coordinates are finite. */
public record Point(double x, double y) {

    public Point {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("point coordinates must be finite: " + x + ", " + y);
        }
        x += 0.0;
        y += 0.0;
    }

    // equals and hashCode written out, with the values and the formula a record's own would have (components compared
    // as Double.compare does, hash 31 * h + component's hash): the record's own are linked through a method handle
    // bootstrap at first use, which in a command's first fraction of a second cost more than all the comparisons.
    @Override
    public boolean equals(Object o) {
        return o instanceof Point p && Double.compare(x, p.x) == 0 && Double.compare(y, p.y) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * Double.hashCode(x) + Double.hashCode(y);
    }

    public Point plus(double dx, double dy) {
        return new Point(x + dx, y + dy);
    }
}
