package dev.hybridnet.geometry;

/** A positive, finite width and height in canvas units. */
public record Size(double width, double height) {

    public Size {
        if (!(width > 0) || !(height > 0) || !Double.isFinite(width) || !Double.isFinite(height)) {
            throw new IllegalArgumentException("size must be positive and finite: " + width + " x " + height);
        }
    }
}
