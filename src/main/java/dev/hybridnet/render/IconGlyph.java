package dev.hybridnet.render;

import java.util.List;
import java.util.Objects;

/** One icon of the set: filled paths on a 48 x 48 grid. */
public record IconGlyph(String name, List<IconPath> paths) {

    /** The side of the square grid icons are drawn on. */
    public static final double GRID = 48;

    /** A filled outline of an icon; holes come from even-odd filling. */
    public record IconPath(String data, Color fill, boolean evenOdd) {
        public IconPath {
            Objects.requireNonNull(data, "data");
            Objects.requireNonNull(fill, "fill");
        }
    }

    public IconGlyph {
        Objects.requireNonNull(name, "name");
        paths = List.copyOf(paths);
    }
}
