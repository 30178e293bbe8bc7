package dev.hybridnet.render;

import dev.hybridnet.geometry.Point;
import dev.hybridnet.geometry.Rect;
import dev.hybridnet.model.Addresses;
import dev.hybridnet.model.Element;
import dev.hybridnet.model.ElementKind;
import dev.hybridnet.model.Keys;
import java.util.Optional;

/**
 * Where the texts of an element go and how much room they take, measured once with {@link Font#estimateWidth}: the
 * header of a container (its symbol, its name in bold, then its address range) and the name under an icon. The
 * renderer draws them here, and the layout sizes boxes and spaces icons with the same measures, so a header fits
 * the box it is laid out for and no name runs into its neighbour's.
 */
public final class Labels {

    /** Height of the header strip at the top of a container. */
    public static final double HEADER_HEIGHT = 28;
    /** Height of the strip under an icon that its name takes (baseline 14 below the icon, then the descent). */
    public static final double NAME_HEIGHT = 18;

    static final Font HEADER_NAME = Font.sansBold(12);
    static final Font HEADER_PREFIX = Font.sans(11);
    static final Font ICON_NAME = Font.sans(11);
    static final double SYMBOL_SIZE = 18;
    /** From the box's left edge to the symbol, and from the symbol to the name. */
    static final double SYMBOL_INSET = 6;
    static final double NAME_BASELINE = 19;
    static final double ICON_NAME_BASELINE = 14;
    /** Between the name and the address range, and after the address range. */
    static final double PREFIX_GAP = 8;
    static final double MIN_PREFIX_GAP = 4;

    private Labels() {
    }

    /** The x of a header's name, from the box's left edge. */
    static double headerNameOffset() {
        return SYMBOL_INSET + SYMBOL_SIZE + SYMBOL_INSET;
    }

    /** The width of a container's header: symbol, name and address range with their gaps. */
    public static double headerWidth(Element e) {
        double width = headerNameOffset() + HEADER_NAME.estimateWidth(e.name());
        Optional<String> prefix = addressText(e);
        if (prefix.isPresent()) {
            width += PREFIX_GAP + HEADER_PREFIX.estimateWidth(prefix.get());
        }
        return width + PREFIX_GAP;
    }

    /** Where the heading of a container (symbol, name and address) ends on the right, as drawn. */
    static double headingEnd(Element e) {
        return header(e).end();
    }

    /** The second line's baseline, below the name's, when a header is drawn on two lines. */
    static final double SECOND_BASELINE = NAME_BASELINE + 14;
    /** Room kept free between a header's text and the box's right edge. */
    static final double RIGHT_MARGIN = 4;
    static final String ELLIPSIS = "…";

    /**
     * A container's header as drawn in its box: the name, then the address range on the same line when both fit
     * the box's width, else on a second line under the name (when the box is tall enough), and each cut with an
     * ellipsis when even alone it is wider than the box. So no header text ever runs past its box, on the canvas
     * or in an export, however small a box is drawn.
     *
     * @param prefix the address text as drawn, empty when the element has none
     * @param end the x where the heading's text ends on the right
     * @param bottom the y below the heading's last line
     */
    public record Header(String name, Point nameAt, Optional<String> prefix, Point prefixAt, double end,
            double bottom) {
    }

    public static Header header(Element e) {
        Rect b = e.bounds();
        double nameX = b.x() + headerNameOffset();
        double room = Math.max(0, b.maxX() - RIGHT_MARGIN - nameX);
        String name = elide(e.name(), HEADER_NAME, room);
        double nameEnd = nameX + HEADER_NAME.estimateWidth(name);
        Point nameAt = new Point(nameX, b.y() + NAME_BASELINE);
        Optional<String> address = addressText(e);
        if (address.isEmpty()) {
            return new Header(name, nameAt, Optional.empty(), nameAt, nameEnd, b.y() + HEADER_HEIGHT);
        }
        String prefix = address.get();
        double prefixWidth = HEADER_PREFIX.estimateWidth(prefix);
        double x = prefixX(b, name, prefix);
        if (name.equals(e.name()) && x + prefixWidth <= b.maxX() - RIGHT_MARGIN) {
            return new Header(name, nameAt, address, new Point(x, nameAt.y()), x + prefixWidth,
                    b.y() + HEADER_HEIGHT);
        }
        if (b.height() >= SECOND_BASELINE + HEADER_PREFIX.size()) {
            String second = elide(prefix, HEADER_PREFIX, room);
            if (second.isEmpty()) {
                return new Header(name, nameAt, Optional.empty(), nameAt, nameEnd, b.y() + HEADER_HEIGHT);
            }
            double end = Math.max(nameEnd, nameX + HEADER_PREFIX.estimateWidth(second));
            return new Header(name, nameAt, Optional.of(second), new Point(nameX, b.y() + SECOND_BASELINE), end,
                    b.y() + SECOND_BASELINE + 0.3 * HEADER_PREFIX.size());
        }
        double after = nameEnd + MIN_PREFIX_GAP;
        String cut = elide(prefix, HEADER_PREFIX, Math.max(0, b.maxX() - RIGHT_MARGIN - after));
        Optional<String> shown = cut.isEmpty() || name.isEmpty() ? Optional.empty() : Optional.of(cut);
        double end = shown.isPresent() ? after + HEADER_PREFIX.estimateWidth(cut) : nameEnd;
        return new Header(name, nameAt, shown, new Point(after, nameAt.y()), end, b.y() + HEADER_HEIGHT);
    }

    /**
     * {@code text} cut to fit {@code width} with an ellipsis at the end; the whole text when it fits, and empty when
     * not even the ellipsis does.
     */
    public static String elide(String text, Font font, double width) {
        if (font.estimateWidth(text) <= width) {
            return text;
        }
        // One pass: the longest start of the text that fits with the ellipsis after it (linear in the text, which
        // may be a file's whole list of thousands of prefixes).
        double room = width - font.estimateWidth(ELLIPSIS);
        if (room < 0) {
            return "";
        }
        double used = 0;
        int end = 0;
        while (end < text.length()) {
            int c = text.codePointAt(end);
            double w = font.estimateWidth(new String(Character.toChars(c)));
            if (used + w > room) {
                break;
            }
            used += w;
            end += Character.charCount(c);
        }
        return text.substring(0, end).stripTrailing() + ELLIPSIS;
    }

    /**
     * Where the address range starts in a header drawn across {@code box}: {@link #PREFIX_GAP} after the name, pulled
     * left (to at most {@link #MIN_PREFIX_GAP} after it) to stay inside a box narrower than {@link #headerWidth}.
     */
    static double prefixX(Rect box, String name, String prefix) {
        double afterName = box.x() + headerNameOffset() + HEADER_NAME.estimateWidth(name);
        double fitted = box.maxX() - PREFIX_GAP - HEADER_PREFIX.estimateWidth(prefix);
        return Math.max(afterName + MIN_PREFIX_GAP, Math.min(afterName + PREFIX_GAP, fitted));
    }

    /**
     * The address text of a container: its prefix, or its address spaces joined, each in its canonical form
     * (written by {@link Addresses#text}, which spares a cold start the library's string writer).
     */
    public static Optional<String> addressText(Element e) {
        if (e.kind() == ElementKind.SUBNET) {
            return e.props().read(Keys.ADDRESS_PREFIX).toOptional().map(Addresses::text)
                    .or(() -> e.props().nonBlankText(Keys.ADDRESS_PREFIX.name()).toOptional());
        }
        return e.props().read(Keys.ADDRESS_SPACES).toOptional().filter(l -> !l.isEmpty())
                .map(l -> String.join(", ", l.stream().map(Addresses::text).toList()));
    }

    /**
     * Works out every container's heading once and drops the result: what is kept is what it leaves behind, the
     * design's addresses parsed and remembered with it and the font metrics loaded. Called on the thread that reads
     * a design ahead ({@code io.ReadAhead}), so that drawing it later finds that work done.
     */
    public static void prepareHeadings(dev.hybridnet.model.Diagram diagram) {
        for (Element e : diagram.elements()) {
            if (dev.hybridnet.catalog.Catalog.of(e.kind()).container()) {
                header(e);
            }
        }
    }

    /** The width of the name drawn under an icon, centred on it. */
    public static double iconNameWidth(Element e) {
        return ICON_NAME.estimateWidth(e.name());
    }

    /** The strip an icon's name takes below it, as wide as the name, centred under the icon. */
    public static Rect iconNameStrip(Element e) {
        Rect b = e.bounds();
        double w = Math.max(iconNameWidth(e), 1);
        return new Rect(b.center().x() - w / 2, b.maxY(), w, NAME_HEIGHT);
    }
}
