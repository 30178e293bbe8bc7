package dev.hybridnet.export;

import dev.hybridnet.geometry.Rect;
import dev.hybridnet.geometry.Size;

/**
 * A picture placed on a page: the page's size (turned as the picture needs), the scale from canvas units to page
 * units, and the picture's top-left corner on the page. The PDF export and printing share it, so a printed page
 * and a PDF page of the same paper look alike; the printer's part only measures its printable area.
 */
public record PageFit(Size page, double scale, double left, double top, boolean landscape) {

    public PageFit {
        if (!(scale > 0) || !Double.isFinite(scale)) {
            throw new IllegalArgumentException("scale must be positive and finite: " + scale);
        }
    }

    /** Landscape when the picture is wider than tall; a square picture stays portrait. */
    public static boolean landscape(Size picture) {
        return picture.width() > picture.height();
    }

    /**
     * {@code picture} fitted into a paper of size {@code portrait} less {@code margin} on every side, turned to
     * landscape when the picture is wider than tall, as large as fits keeping its aspect ratio, and centred.
     */
    public static PageFit of(Size picture, Size portrait, double margin) {
        boolean landscape = landscape(picture);
        double shortSide = Math.min(portrait.width(), portrait.height());
        double longSide = Math.max(portrait.width(), portrait.height());
        Size page = landscape ? new Size(longSide, shortSide) : new Size(shortSide, longSide);
        if (2 * margin >= shortSide) {
            throw new IllegalArgumentException("a margin of " + margin + " leaves no room on the page");
        }
        PageFit inArea = into(picture, new Size(page.width() - 2 * margin, page.height() - 2 * margin));
        return new PageFit(page, inArea.scale(), margin + inArea.left(), margin + inArea.top(), landscape);
    }

    /**
     * {@code picture} fitted into an {@code area} that is already turned (a printer's printable area): as large as
     * fits keeping its aspect ratio, centred; {@code page} is the area.
     */
    public static PageFit into(Size picture, Size area) {
        double scale = Math.min(area.width() / picture.width(), area.height() / picture.height());
        double left = (area.width() - picture.width() * scale) / 2;
        double top = (area.height() - picture.height() * scale) / 2;
        return new PageFit(area, scale, left, top, area.width() > area.height());
    }

    /**
     * The region of canvas coordinates that this page shows when the picture's view box is {@code viewBox}: the
     * view box grown by the page's margins, so that drawing it over the whole page puts the picture in place.
     */
    public Rect pageViewBox(Rect viewBox) {
        return new Rect(viewBox.x() - left / scale, viewBox.y() - top / scale, page.width() / scale,
                page.height() / scale);
    }
}
