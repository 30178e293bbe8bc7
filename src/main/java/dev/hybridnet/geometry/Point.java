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

    public Point plus(double dx, double dy) {
        return new Point(x + dx, y + dy);
    }
}
