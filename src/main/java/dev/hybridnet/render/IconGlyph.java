package dev.hybridnet.render;

import dev.hybridnet.geometry.Rect;
import java.util.List;
import java.util.Objects;

/**
 * One icon of the set: filled paths on a 48 x 48 grid, and where on the grid the drawing lies (measured once, when
 * the icon is read).
 */
public record IconGlyph(String name, List<IconPath> paths, Rect contentBounds) {

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
        Objects.requireNonNull(contentBounds, "contentBounds");
    }

    /** An icon of these paths, its content measured from their outlines (the whole grid for an empty icon). */
    static IconGlyph of(String name, List<IconPath> paths) {
        return new IconGlyph(name, paths, PathBounds.of(paths.stream().map(IconPath::data).toList())
                .orElse(new Rect(0, 0, GRID, GRID)));
    }

    /**
     * The box to draw the whole 48 x 48 icon in so that its drawn content fills {@code content} as closely as the
     * icon's own proportions allow (centred): how cards place glyphs at measured sizes.
     */
    public Rect boxFitting(Rect content) {
        Rect c = contentBounds();
        double scale = Math.min(content.width() / c.width(), content.height() / c.height());
        double ox = content.center().x() - (c.x() + c.width() / 2) * scale;
        double oy = content.center().y() - (c.y() + c.height() / 2) * scale;
        return new Rect(ox, oy, GRID * scale, GRID * scale);
    }
}
