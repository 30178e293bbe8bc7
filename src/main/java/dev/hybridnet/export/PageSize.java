package dev.hybridnet.export;

import dev.hybridnet.geometry.Size;

/**
 * The page a PDF is laid on: the picture's own size with a margin, or a paper size the picture is fitted into, in
 * landscape when the picture is wider than tall. Sizes are in points (1/72 inch), portrait.
 */
public enum PageSize {
    /** The picture at one point per canvas unit, with {@link #MARGIN} around it. */
    PICTURE("Picture size", new Size(1, 1)),
    /** ISO A4, 210 x 297 mm. */
    A4("A4", new Size(595.28, 841.89)),
    /** US Letter, 8.5 x 11 in. */
    LETTER("Letter", new Size(612, 792));

    /** The blank border around the picture on every page, in points: a quarter of an inch. */
    public static final double MARGIN = 18;

    private final String label;
    private final Size portrait;

    PageSize(String label, Size portrait) {
        this.label = label;
        this.portrait = portrait;
    }

    /** The name shown in the export dialog. */
    public String label() {
        return label;
    }

    /** Where {@code picture} (in canvas units) goes on this page, and the page's size in points. */
    public PageFit fit(Size picture) {
        if (this == PICTURE) {
            return new PageFit(new Size(picture.width() + 2 * MARGIN, picture.height() + 2 * MARGIN), 1, MARGIN,
                    MARGIN, picture.width() > picture.height());
        }
        return PageFit.of(picture, portrait, MARGIN);
    }
}
