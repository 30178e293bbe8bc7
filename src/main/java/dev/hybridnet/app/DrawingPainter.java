package dev.hybridnet.app;

import dev.hybridnet.geometry.Point;
import dev.hybridnet.geometry.Rect;
import dev.hybridnet.render.Drawing;
import dev.hybridnet.render.IconGlyph;
import dev.hybridnet.render.IconSet;
import dev.hybridnet.render.PathSegment;
import dev.hybridnet.render.Shape;
import dev.hybridnet.render.Style;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * Paints the renderer's {@link Drawing} on a JavaFX canvas: the same display list the SVG export writes, shape
 * for shape, so what the canvas shows is what an export gives. Shapes wholly outside the visible area are skipped.
 */
final class DrawingPainter {

    private final Map<dev.hybridnet.render.Color, Color> colors = new HashMap<>();
    private final Optional<IconImages> images;

    /** A painter that draws icons as vector paths (for snapshots and small canvases). */
    DrawingPainter() {
        this.images = Optional.empty();
    }

    /** A painter that draws icons from {@code images}, pictures cached per size: for the live canvas. */
    DrawingPainter(IconImages images) {
        this.images = Optional.of(images);
    }
    private final Map<dev.hybridnet.render.Font, Font> fonts = new HashMap<>();

    /** Paints {@code drawing} in world coordinates; the caller has set the transform. */
    void paint(GraphicsContext g, Drawing drawing, Optional<Rect> visible) {
        g.setLineCap(StrokeLineCap.BUTT);
        g.setLineJoin(StrokeLineJoin.MITER);
        g.setTextBaseline(VPos.BASELINE);
        for (Shape shape : drawing.shapes()) {
            paint(g, shape, visible);
        }
    }

    private void paint(GraphicsContext g, Shape shape, Optional<Rect> visible) {
        if (shape instanceof Shape.Group group) {
            if (visible.isPresent() && !group.children().isEmpty()) {
                Optional<Rect> bounds = dev.hybridnet.render.ShapeBounds.of(group);
                if (bounds.isPresent() && !bounds.get().intersects(visible.get())) {
                    return;
                }
            }
            for (Shape child : group.children()) {
                paint(g, child, visible);
            }
        } else if (shape instanceof Shape.Box box) {
            box(g, box);
        } else if (shape instanceof Shape.Path path) {
            path(g, path.segments());
            g.setFillRule(path.evenOdd() ? FillRule.EVEN_ODD : FillRule.NON_ZERO);
            fillAndStroke(g, path.style());
        } else if (shape instanceof Shape.Polyline line) {
            polyline(g, line);
        } else if (shape instanceof Shape.Polygon polygon) {
            polygon(g, polygon);
        } else if (shape instanceof Shape.Text text) {
            text(g, text);
        } else if (shape instanceof Shape.Icon icon) {
            icon(g, icon);
        } else {
            throw new IllegalStateException("unhandled shape " + shape.getClass().getName());
        }
    }

    private void box(GraphicsContext g, Shape.Box box) {
        Rect r = box.bounds();
        double arc = box.cornerRadius() * 2;
        box.style().fill().ifPresent(fill -> {
            g.setFill(color(fill));
            if (arc > 0) {
                g.fillRoundRect(r.x(), r.y(), r.width(), r.height(), arc, arc);
            } else {
                g.fillRect(r.x(), r.y(), r.width(), r.height());
            }
        });
        if (stroke(g, box.style())) {
            if (arc > 0) {
                g.strokeRoundRect(r.x(), r.y(), r.width(), r.height(), arc, arc);
            } else {
                g.strokeRect(r.x(), r.y(), r.width(), r.height());
            }
        }
    }

    /** Starts a new path of the segments; a circle is one whole arc, from its leftmost point. */
    private static void path(GraphicsContext g, List<PathSegment> segments) {
        g.beginPath();
        for (PathSegment segment : segments) {
            if (segment instanceof PathSegment.MoveTo m) {
                g.moveTo(m.to().x(), m.to().y());
            } else if (segment instanceof PathSegment.LineTo l) {
                g.lineTo(l.to().x(), l.to().y());
            } else if (segment instanceof PathSegment.Circle c) {
                double r = c.radius();
                g.moveTo(c.center().x() - r, c.center().y());
                g.arc(c.center().x(), c.center().y(), r, r, 180, 360);
                g.closePath();
            } else if (segment instanceof PathSegment.Close) {
                g.closePath();
            } else {
                throw new IllegalStateException("unhandled path segment " + segment.getClass().getName());
            }
        }
    }

    private void fillAndStroke(GraphicsContext g, Style style) {
        style.fill().ifPresent(fill -> {
            g.setFill(color(fill));
            g.fill();
        });
        if (stroke(g, style)) {
            g.stroke();
        }
    }

    /** Sets the stroke of {@code style}; false when it has none. */
    private boolean stroke(GraphicsContext g, Style style) {
        if (style.stroke().isEmpty() || style.strokeWidth() == 0) {
            return false;
        }
        g.setStroke(color(style.stroke().get()));
        g.setLineWidth(style.strokeWidth());
        g.setLineDashes(style.dash().isEmpty() ? null
                : style.dash().stream().mapToDouble(Double::doubleValue).toArray());
        return true;
    }

    private void polyline(GraphicsContext g, Shape.Polyline line) {
        if (stroke(g, line.style())) {
            g.strokePolyline(xs(line.points()), ys(line.points()), line.points().size());
        }
    }

    private void polygon(GraphicsContext g, Shape.Polygon polygon) {
        double[] xs = xs(polygon.points());
        double[] ys = ys(polygon.points());
        polygon.style().fill().ifPresent(fill -> {
            g.setFill(color(fill));
            g.fillPolygon(xs, ys, xs.length);
        });
        if (stroke(g, polygon.style())) {
            g.strokePolygon(xs, ys, xs.length);
        }
    }

    private static double[] xs(List<Point> points) {
        return points.stream().mapToDouble(Point::x).toArray();
    }

    private static double[] ys(List<Point> points) {
        return points.stream().mapToDouble(Point::y).toArray();
    }

    private void text(GraphicsContext g, Shape.Text text) {
        g.setFont(font(text.font()));
        g.setFill(color(text.color()));
        g.setTextAlign(switch (text.anchor()) {
            case START -> TextAlignment.LEFT;
            case MIDDLE -> TextAlignment.CENTER;
            case END -> TextAlignment.RIGHT;
        });
        g.fillText(text.text(), text.at().x(), text.at().y());
    }

    private void icon(GraphicsContext g, Shape.Icon icon) {
        Rect b = icon.bounds();
        if (images.isPresent()) {
            // On screen an icon is a cached picture at its size in pixels: one call instead of a path per part.
            double scale = Math.hypot(g.getTransform().getMxx(), g.getTransform().getMyx());
            long pixels = Math.round(Math.max(b.width(), b.height()) * scale);
            if (pixels >= 1 && pixels <= IconImages.MAX_CACHED && Math.abs(b.width() - b.height()) < 1e-9) {
                g.drawImage(images.get().icon(icon.name(), (int) pixels), b.x(), b.y(), b.width(), b.height());
                return;
            }
        }
        IconGlyph glyph = IconSet.glyph(icon.name());
        g.save();
        g.translate(b.x(), b.y());
        g.scale(b.width() / IconGlyph.GRID, b.height() / IconGlyph.GRID);
        for (IconGlyph.IconPath path : glyph.paths()) {
            g.beginPath();
            g.appendSVGPath(path.data());
            g.setFillRule(path.evenOdd() ? FillRule.EVEN_ODD : FillRule.NON_ZERO);
            g.setFill(color(path.fill()));
            g.fill();
        }
        g.restore();
    }

    private Color color(dev.hybridnet.render.Color c) {
        return colors.computeIfAbsent(c, k -> Color.rgb(k.red(), k.green(), k.blue(), k.alpha()));
    }

    /** The JavaFX font for one of the renderer's fonts (the first family of its stack this machine has). */
    Font font(dev.hybridnet.render.Font f) {
        return fonts.computeIfAbsent(f, k -> Font.font(firstFamily(k.family()), k.bold() ? FontWeight.BOLD
                : FontWeight.NORMAL, k.size()));
    }

    /** The first family of a CSS font stack that this machine has, else the system's default sans-serif. */
    private static String firstFamily(String stack) {
        List<String> installed = Font.getFamilies();
        for (String family : stack.split(",")) {
            String name = family.trim().replace("'", "").replace("\"", "");
            if (installed.contains(name)) {
                return name;
            }
        }
        return Font.getDefault().getFamily();
    }
}
