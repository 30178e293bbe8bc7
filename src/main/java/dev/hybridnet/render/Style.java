package dev.hybridnet.render;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** How a shape is filled and outlined; an empty fill or stroke is not painted. */
public record Style(Optional<Color> fill, Optional<Color> stroke, double strokeWidth, List<Double> dash) {

    public Style {
        Objects.requireNonNull(fill, "fill");
        Objects.requireNonNull(stroke, "stroke");
        if (!(strokeWidth >= 0) || !Double.isFinite(strokeWidth)) {
            throw new IllegalArgumentException("stroke width must be finite and not negative");
        }
        dash = List.copyOf(dash);
    }

    public static Style fill(Color fill) {
        return new Style(Optional.of(fill), Optional.empty(), 0, List.of());
    }

    public static Style stroke(Color stroke, double width) {
        return new Style(Optional.empty(), Optional.of(stroke), width, List.of());
    }

    public static Style fillAndStroke(Color fill, Color stroke, double width) {
        return new Style(Optional.of(fill), Optional.of(stroke), width, List.of());
    }

    public Style dashed(double... pattern) {
        List<Double> values = new java.util.ArrayList<>();
        for (double v : pattern) {
            values.add(v);
        }
        return new Style(fill, stroke, strokeWidth, values);
    }
}
