package dev.hybridnet.export;

import static dev.hybridnet.export.SvgNumbers.format;

import dev.hybridnet.geometry.Point;
import dev.hybridnet.geometry.Rect;
import dev.hybridnet.render.Color;
import dev.hybridnet.render.Drawing;
import dev.hybridnet.render.IconGlyph;
import dev.hybridnet.render.IconSet;
import dev.hybridnet.render.PathSegment;
import dev.hybridnet.render.Shape;
import dev.hybridnet.render.Style;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes a {@link Drawing} as a standalone SVG 1.1 document: a view box and a size, a title and a description,
 * the icons it uses as symbols, and each group tagged with the id of what it draws ({@code data-element-id}).
 * Output is deterministic; every piece of user text is escaped; nothing outside the document is referenced.
 */
public final class SvgWriter {

    /**
     * Anti-aliased strokes at their true width and unhinted text. Batik otherwise snaps thin strokes to whole
     * pixels (its default stroke control), so its PNG would differ from what browsers and rsvg-convert show;
     * see docs/rendering.md.
     */
    private static final String RENDERING = "shape-rendering=\"geometricPrecision\" "
            + "text-rendering=\"geometricPrecision\"";

    /** The drawing at its natural size on a transparent background. */
    public String write(Drawing drawing) {
        return write(drawing, 1, Background.TRANSPARENT);
    }

    /** The drawing with width and height multiplied by {@code scale}, on the given background. */
    public String write(Drawing drawing, double scale, Background background) {
        StringBuilder svg = new StringBuilder(4096 + drawing.shapes().size() * 160);
        Rect box = drawing.viewBox();
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" ")
                .append("version=\"1.1\" ").append(RENDERING).append(" width=\"").append(format(box.width() * scale))
                .append("\" height=\"").append(format(box.height() * scale)).append("\" viewBox=\"")
                .append(format(box.x())).append(' ').append(format(box.y())).append(' ').append(format(box.width()))
                .append(' ').append(format(box.height())).append("\">\n");
        svg.append("<title>").append(Xml.escape(drawing.title())).append("</title>\n");
        svg.append("<desc>").append(Xml.escape(drawing.description())).append("</desc>\n");
        writeSymbols(svg, drawing.shapes());
        if (background == Background.WHITE) {
            svg.append("<rect x=\"").append(format(box.x())).append("\" y=\"").append(format(box.y()))
                    .append("\" width=\"").append(format(box.width())).append("\" height=\"")
                    .append(format(box.height())).append("\" fill=\"#FFFFFF\"/>\n");
        }
        for (Shape shape : drawing.shapes()) {
            write(svg, shape, "");
        }
        return svg.append("</svg>\n").toString();
    }

    private static void writeSymbols(StringBuilder svg, List<Shape> shapes) {
        Set<String> names = new TreeSet<>();
        collectIcons(shapes, names);
        if (names.isEmpty()) {
            return;
        }
        svg.append("<defs>\n");
        for (String name : names) {
            IconGlyph glyph = IconSet.glyph(name);
            svg.append("<symbol id=\"icon-").append(Xml.escape(name)).append("\" viewBox=\"0 0 48 48\">");
            for (IconGlyph.IconPath path : glyph.paths()) {
                svg.append("<path d=\"").append(Xml.escape(path.data())).append("\" fill=\"")
                        .append(path.fill().hex()).append('"');
                if (path.evenOdd()) {
                    svg.append(" fill-rule=\"evenodd\"");
                }
                svg.append("/>");
            }
            svg.append("</symbol>\n");
        }
        svg.append("</defs>\n");
    }

    private static void collectIcons(List<Shape> shapes, Set<String> names) {
        for (Shape shape : shapes) {
            if (shape instanceof Shape.Icon icon) {
                names.add(icon.name());
            } else if (shape instanceof Shape.Group group) {
                collectIcons(group.children(), names);
            }
        }
    }

    private static void write(StringBuilder svg, Shape shape, String indent) {
        if (shape instanceof Shape.Group g) {
            svg.append(indent).append("<g data-element-id=\"").append(Xml.escape(g.id())).append("\" class=\"")
                    .append(Xml.escape(g.role())).append("\">\n");
            for (Shape child : g.children()) {
                write(svg, child, indent + "  ");
            }
            svg.append(indent).append("</g>\n");
        } else if (shape instanceof Shape.Box b) {
            Rect r = b.bounds();
            svg.append(indent).append("<rect x=\"").append(format(r.x())).append("\" y=\"").append(format(r.y()))
                    .append("\" width=\"").append(format(r.width())).append("\" height=\"")
                    .append(format(r.height())).append('"');
            if (b.cornerRadius() > 0) {
                svg.append(" rx=\"").append(format(b.cornerRadius())).append('"');
            }
            style(svg, b.style());
            svg.append("/>\n");
        } else if (shape instanceof Shape.Path p) {
            svg.append(indent).append("<path d=\"");
            pathData(svg, p.segments());
            svg.append('"');
            if (p.evenOdd()) {
                svg.append(" fill-rule=\"evenodd\"");
            }
            style(svg, p.style());
            svg.append("/>\n");
        } else if (shape instanceof Shape.Polyline line) {
            polyline(svg, line, indent);
        } else if (shape instanceof Shape.Polygon polygon) {
            polygon(svg, polygon, indent);
        } else if (shape instanceof Shape.Text t) {
            text(svg, t, indent);
        } else if (shape instanceof Shape.Icon icon) {
            Rect r = icon.bounds();
            svg.append(indent).append("<use xlink:href=\"#icon-").append(Xml.escape(icon.name())).append("\" x=\"")
                    .append(format(r.x())).append("\" y=\"").append(format(r.y())).append("\" width=\"")
                    .append(format(r.width())).append("\" height=\"").append(format(r.height())).append("\"/>\n");
        } else {
            throw new IllegalStateException("unhandled shape " + shape.getClass().getName());
        }
    }

    /**
     * Path data with two fixed decimals ({@link SvgNumbers#fixed}) and a space between the parts of an outline:
     * the text these paths have always had, which the golden files hold.
     */
    private static void pathData(StringBuilder svg, List<PathSegment> segments) {
        for (int i = 0; i < segments.size(); i++) {
            PathSegment segment = segments.get(i);
            String move = i == 0 ? "M" : " M";
            if (segment instanceof PathSegment.MoveTo m) {
                svg.append(move);
                pair(svg, m.to().x(), m.to().y());
            } else if (segment instanceof PathSegment.LineTo l) {
                svg.append('L');
                pair(svg, l.to().x(), l.to().y());
            } else if (segment instanceof PathSegment.Circle c) {
                double x = c.center().x();
                double y = c.center().y();
                double r = c.radius();
                svg.append(move);
                pair(svg, x - r, y);
                svg.append('A');
                pair(svg, r, r);
                svg.append(" 0 1 0 ");
                pair(svg, x + r, y);
                svg.append('A');
                pair(svg, r, r);
                svg.append(" 0 1 0 ");
                pair(svg, x - r, y);
                svg.append('Z');
            } else if (segment instanceof PathSegment.Close) {
                svg.append('Z');
            } else {
                throw new IllegalStateException("unhandled path segment " + segment.getClass().getName());
            }
        }
    }

    private static void pair(StringBuilder svg, double x, double y) {
        svg.append(SvgNumbers.fixed(x)).append(' ').append(SvgNumbers.fixed(y));
    }

    private static void polyline(StringBuilder svg, Shape.Polyline line, String indent) {
        svg.append(indent).append("<polyline points=\"");
        points(svg, line.points(), "", " ", ',');
        svg.append("\" fill=\"none\"");
        strokeOnly(svg, line.style());
        svg.append("/>\n");
    }

    /** A path rather than a {@code <polygon>}: arrowheads have always been written so. */
    private static void polygon(StringBuilder svg, Shape.Polygon polygon, String indent) {
        svg.append(indent).append("<path d=\"");
        points(svg, polygon.points(), "M", "L", ' ');
        style(svg.append("Z\""), polygon.style());
        svg.append("/>\n");
    }

    /** Each point as x, {@code comma}, y; {@code first} before the first point and {@code between} the others. */
    private static void points(StringBuilder svg, List<Point> points, String first, String between, char comma) {
        for (int i = 0; i < points.size(); i++) {
            svg.append(i == 0 ? first : between).append(format(points.get(i).x())).append(comma)
                    .append(format(points.get(i).y()));
        }
    }

    private static void text(StringBuilder svg, Shape.Text t, String indent) {
        String anchor = switch (t.anchor()) {
            case START -> "start";
            case MIDDLE -> "middle";
            case END -> "end";
        };
        svg.append(indent).append("<text x=\"").append(format(t.at().x())).append("\" y=\"")
                .append(format(t.at().y())).append("\" font-family=\"").append(Xml.escape(t.font().family()))
                .append("\" font-size=\"").append(format(t.font().size())).append('"');
        if (t.font().bold()) {
            svg.append(" font-weight=\"bold\"");
        }
        if (t.anchor() != Shape.Anchor.START) {
            svg.append(" text-anchor=\"").append(anchor).append('"');
        }
        paint(svg, "fill", t.color());
        svg.append('>').append(Xml.escape(t.text())).append("</text>\n");
    }

    private static void style(StringBuilder svg, Style style) {
        if (style.fill().isPresent()) {
            paint(svg, "fill", style.fill().get());
        } else {
            svg.append(" fill=\"none\"");
        }
        strokeOnly(svg, style);
    }

    private static void strokeOnly(StringBuilder svg, Style style) {
        if (style.stroke().isEmpty() || style.strokeWidth() == 0) {
            return;
        }
        paint(svg, "stroke", style.stroke().get());
        svg.append(" stroke-width=\"").append(format(style.strokeWidth())).append('"');
        if (!style.dash().isEmpty()) {
            svg.append(" stroke-dasharray=\"");
            for (int i = 0; i < style.dash().size(); i++) {
                svg.append(i == 0 ? "" : ",").append(format(style.dash().get(i)));
            }
            svg.append('"');
        }
    }

    private static void paint(StringBuilder svg, String attribute, Color color) {
        svg.append(' ').append(attribute).append("=\"").append(color.hex()).append('"');
        if (!color.opaque()) {
            svg.append(' ').append(attribute).append("-opacity=\"")
                    .append(SvgNumbers.opacity(color.alpha())).append('"');
        }
    }
}
