package dev.hybridnet.render;

import dev.hybridnet.geometry.Rect;
import dev.hybridnet.model.Element;
import dev.hybridnet.model.ElementKind;
import dev.hybridnet.model.Keys;
import inet.ipaddr.IPAddress;
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
        Rect b = e.bounds();
        double afterName = b.x() + headerNameOffset() + HEADER_NAME.estimateWidth(e.name());
        return addressText(e).map(p -> prefixX(b, e.name(), p) + HEADER_PREFIX.estimateWidth(p)).orElse(afterName);
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

    /** The address text of a container: its prefix, or its address spaces joined. */
    public static Optional<String> addressText(Element e) {
        if (e.kind() == ElementKind.SUBNET) {
            return e.props().read(Keys.ADDRESS_PREFIX).toOptional().map(IPAddress::toString)
                    .or(() -> e.props().nonBlankText(Keys.ADDRESS_PREFIX.name()).toOptional());
        }
        return e.props().read(Keys.ADDRESS_SPACES).toOptional().filter(l -> !l.isEmpty())
                .map(l -> String.join(", ", l.stream().map(IPAddress::toString).toList()));
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
