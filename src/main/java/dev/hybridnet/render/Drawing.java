package dev.hybridnet.render;

import dev.hybridnet.geometry.Rect;
import java.util.List;
import java.util.Objects;

/**
 * A picture as an ordered display list, painted first to last, over the region {@code viewBox} of canvas
 * coordinates. {@code title} and {@code description} go into exported files for accessibility and search.
 */
public record Drawing(Rect viewBox, List<Shape> shapes, String title, String description) {

    public Drawing {
        Objects.requireNonNull(viewBox, "viewBox");
        shapes = List.copyOf(shapes);
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
    }
}
