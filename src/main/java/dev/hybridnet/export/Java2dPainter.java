package dev.hybridnet.export;

import dev.hybridnet.geometry.Point;
import dev.hybridnet.geometry.Rect;
import dev.hybridnet.render.Color;
import dev.hybridnet.render.Drawing;
import dev.hybridnet.render.IconGlyph;
import dev.hybridnet.render.IconSet;
import dev.hybridnet.render.PathSegment;
import dev.hybridnet.render.Shape;
import dev.hybridnet.render.Style;
import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.batik.parser.AWTPathProducer;
import org.apache.batik.parser.ParseException;

/**
 * Paints a {@link Drawing} on a Java2D {@link Graphics2D} the way {@link SvgWriter} describes it, shape for shape:
 * the same colours and opacities, strokes of the same width with SVG's defaults (butt caps, miter joins, miter
 * limit 4) and dashes, text in the first installed family of the font's stack anchored like SVG's
 * {@code text-anchor}, and icons from the icon set's paths fitted into their box like an SVG {@code <use>} of a
 * 48 x 48 symbol. The caller sets the transform from drawing units to pixels. Used by {@link PngExporter};
 * safe to use from several threads at once (each with its own {@code Graphics2D}).
 */
public final class Java2dPainter {

    /** What Batik sets for {@code shape-rendering} and {@code text-rendering="geometricPrecision"}. */
    static final Map<RenderingHints.Key, Object> HINTS = Map.of(
            RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON,
            RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY,
            RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE,
            RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON,
            RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON,
            RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);

    /** Text laid out in drawing units: anti-aliased, fractional advances, no hinting to a pixel grid. */
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    /** SVG's default {@code stroke-miterlimit}. */
    private static final float MITER_LIMIT = 4;

    /** The installed family each font stack resolves to (looked up once per stack). */
    private static final Map<String, String> FAMILIES = new ConcurrentHashMap<>();
    /** The AWT font of each font request. */
    private static final Map<dev.hybridnet.render.Font, Font> FONTS = new ConcurrentHashMap<>();
    /** Each icon's paths, parsed once. */
    private static final Map<String, List<IconShape>> ICONS = new ConcurrentHashMap<>();

    /** One filled outline of an icon, in the icon's 48 x 48 grid. */
    private record IconShape(java.awt.Shape outline, java.awt.Color fill) {
    }

    /** Sets the hints SVG's {@code geometricPrecision} asks for: anti-aliased, unhinted, strokes at true width. */
    public static void prepare(Graphics2D g) {
        g.addRenderingHints(HINTS);
    }

    /** Paints every shape of {@code drawing} in its own coordinates, first to last. */
    public void paint(Graphics2D g, Drawing drawing) {
        for (Shape shape : drawing.shapes()) {
            paint(g, shape);
        }
    }

    private void paint(Graphics2D g, Shape shape) {
        if (shape instanceof Shape.Group group) {
            for (Shape child : group.children()) {
                paint(g, child);
            }
        } else if (shape instanceof Shape.Box box) {
            fillAndStroke(g, box(box), box.style());
        } else if (shape instanceof Shape.Path path) {
            fillAndStroke(g, path(path), path.style());
        } else if (shape instanceof Shape.Polyline line) {
            stroke(g, outline(line.points(), false), line.style());
        } else if (shape instanceof Shape.Polygon polygon) {
            fillAndStroke(g, outline(polygon.points(), true), polygon.style());
        } else if (shape instanceof Shape.Text text) {
            text(g, text);
        } else if (shape instanceof Shape.Icon icon) {
            icon(g, icon);
        } else {
            throw new IllegalStateException("unhandled shape " + shape.getClass().getName());
        }
    }

    /** A rectangle; SVG's {@code rx} alone rounds both ways, by at most half the side. */
    private static java.awt.Shape box(Shape.Box box) {
        Rect r = box.bounds();
        if (box.cornerRadius() > 0) {
            double rx = Math.min(box.cornerRadius(), r.width() / 2);
            double ry = Math.min(box.cornerRadius(), r.height() / 2);
            return new RoundRectangle2D.Double(r.x(), r.y(), r.width(), r.height(), 2 * rx, 2 * ry);
        }
        return new Rectangle2D.Double(r.x(), r.y(), r.width(), r.height());
    }

    /** The outline of a path; a circle is a closed part of its own from its leftmost point, drawn as SVG draws it. */
    private static java.awt.Shape path(Shape.Path path) {
        Path2D.Double outline = new Path2D.Double(path.evenOdd() ? Path2D.WIND_EVEN_ODD : Path2D.WIND_NON_ZERO);
        for (PathSegment segment : path.segments()) {
            if (segment instanceof PathSegment.MoveTo m) {
                outline.moveTo(m.to().x(), m.to().y());
            } else if (segment instanceof PathSegment.LineTo l) {
                if (outline.getCurrentPoint() == null) {
                    outline.moveTo(l.to().x(), l.to().y());
                } else {
                    outline.lineTo(l.to().x(), l.to().y());
                }
            } else if (segment instanceof PathSegment.Circle c) {
                double r = c.radius();
                // From the leftmost point through the bottom, like SVG's two arcs with sweep-flag 0.
                outline.append(new Arc2D.Double(c.center().x() - r, c.center().y() - r, 2 * r, 2 * r, 180, 360,
                        Arc2D.OPEN), false);
                outline.closePath();
            } else if (segment instanceof PathSegment.Close) {
                if (outline.getCurrentPoint() != null) {
                    outline.closePath();
                }
            } else {
                throw new IllegalStateException("unhandled path segment " + segment.getClass().getName());
            }
        }
        return outline;
    }

    private static Path2D outline(List<Point> points, boolean closed) {
        Path2D.Double outline = new Path2D.Double(Path2D.WIND_NON_ZERO, points.size() + 1);
        outline.moveTo(points.get(0).x(), points.get(0).y());
        for (int i = 1; i < points.size(); i++) {
            outline.lineTo(points.get(i).x(), points.get(i).y());
        }
        if (closed) {
            outline.closePath();
        }
        return outline;
    }

    private static void fillAndStroke(Graphics2D g, java.awt.Shape outline, Style style) {
        if (style.fill().isPresent()) {
            g.setColor(awt(style.fill().get()));
            g.fill(outline);
        }
        stroke(g, outline, style);
    }

    private static void stroke(Graphics2D g, java.awt.Shape outline, Style style) {
        if (style.stroke().isEmpty() || style.strokeWidth() == 0) {
            return;
        }
        g.setColor(awt(style.stroke().get()));
        g.setStroke(new BasicStroke((float) style.strokeWidth(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
                MITER_LIMIT, dashes(style.dash()), 0));
        g.draw(outline);
    }

    /** The dash array, or null for a solid line: SVG draws a solid line where the dashes add up to nothing. */
    static float[] dashes(List<Double> dash) {
        if (dash.isEmpty()) {
            return null;
        }
        float[] values = new float[dash.size()];
        double sum = 0;
        for (int i = 0; i < values.length; i++) {
            double v = dash.get(i);
            if (!(v >= 0) || !Double.isFinite(v)) {
                return null;
            }
            values[i] = (float) v;
            sum += v;
        }
        return sum > 0 ? values : null;
    }

    static java.awt.Color awt(Color c) {
        return new java.awt.Color(c.red(), c.green(), c.blue(), (int) Math.round(c.alpha() * 255));
    }

    private static void text(Graphics2D g, Shape.Text t) {
        String text = collapsed(t.text());
        if (text.isEmpty()) {
            return;
        }
        Font font = font(t.font());
        if (font.canDisplayUpTo(text) >= 0) {
            // A character the family lacks: the logical font falls back to another installed font for it.
            font = new Font(Font.SANS_SERIF, font.getStyle(), 1).deriveFont(font.getSize2D());
        }
        // The glyphs' outlines filled, unhinted and at fractional advances, as Batik and browsers paint SVG text
        // with text-rendering="geometricPrecision"; drawString would hint the glyphs to the pixel grid.
        GlyphVector glyphs = font.createGlyphVector(FRC, text);
        float x = (float) t.at().x();
        if (t.anchor() != Shape.Anchor.START) {
            double advance = glyphs.getGlyphPosition(glyphs.getNumGlyphs()).getX();
            x -= (float) (t.anchor() == Shape.Anchor.MIDDLE ? advance / 2 : advance);
        }
        g.setColor(awt(t.color()));
        g.fill(glyphs.getOutline(x, (float) t.at().y()));
    }

    /**
     * The text as SVG shows it with {@code xml:space="default"}: line breaks removed, tabs as spaces, no spaces at
     * either end and runs of spaces as one; control characters as U+FFFD, as {@link Xml#escape} writes them.
     */
    static String collapsed(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                continue;
            }
            if (c == '\t') {
                c = ' ';
            } else if (Character.isISOControl(c) || c == 0xFFFE || c == 0xFFFF || lone(text, i)) {
                c = Xml.REPLACEMENT;
            }
            if (c == ' ' && (out.length() == 0 || out.charAt(out.length() - 1) == ' ')) {
                continue;
            }
            out.append(c);
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ') {
            end--;
        }
        return out.substring(0, end);
    }

    private static boolean lone(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return !(i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1)));
        }
        return Character.isLowSurrogate(c) && !(i > 0 && Character.isHighSurrogate(text.charAt(i - 1)));
    }

    /** The AWT font of a request: the first installed family of its stack, at its size and weight. */
    static Font font(dev.hybridnet.render.Font f) {
        return FONTS.computeIfAbsent(f, k -> new Font(family(k.family()), k.bold() ? Font.BOLD : Font.PLAIN, 1)
                .deriveFont((float) k.size()));
    }

    /** The first family of a CSS font stack this machine has; the generic families map to Java's logical fonts. */
    static String family(String stack) {
        return FAMILIES.computeIfAbsent(stack, s -> {
            for (String part : s.split(",")) {
                String name = part.trim().replace("'", "").replace("\"", "");
                String generic = switch (name.toLowerCase(Locale.ROOT)) {
                    case "sans-serif" -> Font.SANS_SERIF;
                    case "serif" -> Font.SERIF;
                    case "monospace" -> Font.MONOSPACED;
                    default -> null;
                };
                if (generic != null) {
                    return generic;
                }
                if (installed().contains(name.toLowerCase(Locale.ROOT))) {
                    return name;
                }
            }
            return Font.SANS_SERIF;
        });
    }

    private static Set<String> installed() {
        return InstalledFamilies.NAMES;
    }

    /**
     * The families installed on this machine, lower case. Listing them loads every font file the font system finds,
     * a tenth of a second or more: it is done once, and a thread that asks while another lists them waits for that
     * list instead of making its own (the class is initialised once).
     */
    private static final class InstalledFamilies {
        static final Set<String> NAMES = list();

        private static Set<String> list() {
            Set<String> names = ConcurrentHashMap.newKeySet();
            for (String family : GraphicsEnvironment.getLocalGraphicsEnvironment()
                    .getAvailableFontFamilyNames(Locale.ROOT)) {
                names.add(family.toLowerCase(Locale.ROOT));
            }
            return names;
        }
    }

    /**
     * Starts finding the fonts of the pictures' text ({@link dev.hybridnet.render.Font#SANS}, plain and bold) on a
     * thread of its own, so that a PNG export gets them while it is still drawing the diagram; painting then finds
     * them ready. Returns at once; calling it again does nothing.
     */
    public static void prepareFontsAhead() {
        if (FONTS_AHEAD.compareAndSet(false, true)) {
            Thread thread = new Thread(() -> {
                try {
                    for (boolean bold : new boolean[] {false, true}) {
                        font(new dev.hybridnet.render.Font(dev.hybridnet.render.Font.SANS, 12, bold)).getFamily();
                    }
                } catch (RuntimeException | Error e) {
                    // Only preparation: painting finds the fonts itself and meets any problem there.
                }
            }, "png-fonts");
            thread.setDaemon(true);
            thread.start();
        }
    }

    private static final java.util.concurrent.atomic.AtomicBoolean FONTS_AHEAD =
            new java.util.concurrent.atomic.AtomicBoolean();

    /** The icon's 48 x 48 grid fitted into its box, centred, with one scale for both axes (SVG's default). */
    private static void icon(Graphics2D g, Shape.Icon icon) {
        Rect b = icon.bounds();
        if (!(b.width() > 0 && b.height() > 0)) {
            return;
        }
        double scale = Math.min(b.width(), b.height()) / IconGlyph.GRID;
        AffineTransform saved = g.getTransform();
        g.translate(b.x() + (b.width() - IconGlyph.GRID * scale) / 2, b.y() + (b.height() - IconGlyph.GRID * scale) / 2);
        g.scale(scale, scale);
        for (IconShape part : ICONS.computeIfAbsent(icon.name(), Java2dPainter::iconShapes)) {
            g.setColor(part.fill());
            g.fill(part.outline());
        }
        g.setTransform(saved);
    }

    private static List<IconShape> iconShapes(String name) {
        List<IconShape> parts = new ArrayList<>();
        for (IconGlyph.IconPath path : IconSet.glyph(name).paths()) {
            try {
                parts.add(new IconShape(AWTPathProducer.createShape(new StringReader(path.data()),
                        path.evenOdd() ? Path2D.WIND_EVEN_ODD : Path2D.WIND_NON_ZERO), awt(path.fill())));
            } catch (IOException | ParseException e) {
                // SVG renders a path up to its first error; an icon that does not parse is left out instead.
            }
        }
        return List.copyOf(parts);
    }
}
