package dev.hybridnet.app;

import dev.hybridnet.catalog.Catalog;
import dev.hybridnet.editor.Editor;
import dev.hybridnet.editor.Overview;
import dev.hybridnet.geometry.Point;
import dev.hybridnet.geometry.Rect;
import dev.hybridnet.model.Element;
import dev.hybridnet.render.Palette;
import java.util.Set;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * The minimap in the canvas's corner: the whole design small, with the view's frame on it. A click or a drag in it
 * centres the view there. It shows while it is enabled (View ▸ Show Minimap) and part of the design lies outside
 * the view; while the whole design is in view there is nothing to find, and it stays out of the way. What it draws
 * and where comes from the editor's {@link Overview}; this only paints it.
 */
final class MinimapView extends Region {

    /** Components drawn smaller than this (in minimap pixels) are left out: a dot per VM of a large design is noise. */
    private static final double ICON_MIN = 1.5;

    private final Editor editor;
    private final Canvas canvas = new Canvas(Overview.SIZE.width(), Overview.SIZE.height());
    private Overview overview;
    private long paints;
    private boolean enabled = true;

    MinimapView(Editor editor) {
        this.editor = editor;
        setId("minimap");
        getStyleClass().add("minimap");
        getChildren().add(canvas);
        setPrefSize(Overview.SIZE.width(), Overview.SIZE.height());
        setMaxSize(Overview.SIZE.width(), Overview.SIZE.height());
        setMinSize(Overview.SIZE.width(), Overview.SIZE.height());
        editor.addListener(this::repaint);
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::centre);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::centre);
        repaint();
    }

    /** Whether the minimap may show (the View menu's choice); it shows while part of the design is out of view. */
    boolean isEnabled() {
        return enabled;
    }

    void setEnabled(boolean on) {
        enabled = on;
        repaint();
    }

    /** The overview last painted (for tests). */
    Overview overview() {
        return overview;
    }

    long paints() {
        return paints;
    }

    private void centre(MouseEvent e) {
        if (overview != null) {
            editor.view().centreOn(overview.toWorld(new Point(e.getX(), e.getY())));
        }
        e.consume();
    }

    void repaint() {
        if (!enabled) {
            setVisible(false);
            return;
        }
        overview = editor.view().overview(Overview.SIZE);
        boolean needed = !editor.diagram().elements().isEmpty() && !editor.view().showsEverything();
        setVisible(needed);
        if (!needed) {
            return;
        }
        paints++;
        GraphicsContext g = canvas.getGraphicsContext2D();
        // Clearing the whole canvas first also drops the drawing commands JavaFX still holds from the last paint.
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        g.setLineDashes((double[]) null);
        g.setFill(Color.rgb(255, 255, 255, 0.92));
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        Set<String> selected = editor.selection().ids();
        for (Element e : editor.diagram().elements()) {
            Rect r = overview.toBox(e.bounds());
            boolean container = Catalog.of(e.kind()).container();
            if (e.kind().isAnnotation()) {
                // Notes and group frames: a pale sticky note, a grey frame; they only mark places on the drawing.
                if (e.kind() == dev.hybridnet.model.ElementKind.NOTE) {
                    g.setFill(Color.rgb(0xFF, 0xF4, 0xB8, 0.9));
                    g.fillRect(r.x(), r.y(), r.width(), r.height());
                }
                g.setStroke(Color.rgb(0x80, 0x80, 0x80, 0.8));
                g.setLineWidth(0.6);
                g.strokeRect(r.x(), r.y(), r.width(), r.height());
            } else if (container) {
                g.setFill(fill(e));
                g.fillRect(r.x(), r.y(), r.width(), r.height());
                g.setStroke(color(selected.contains(e.id()) ? Palette.SELECTION : border(e)));
                g.setLineWidth(selected.contains(e.id()) ? 1.5 : 0.6);
                g.strokeRect(r.x(), r.y(), r.width(), r.height());
            } else {
                if (r.width() < ICON_MIN) {
                    continue; // a component smaller than a pixel here: its network's box already shows where it is
                }
                double s = Math.max(2, Math.min(r.width(), r.height()));
                g.setFill(color(selected.contains(e.id()) ? Palette.SELECTION : Palette.NAVY));
                g.fillRect(r.center().x() - s / 2, r.center().y() - s / 2, s, s);
            }
        }
        Rect v = overview.visible();
        g.setFill(Color.rgb(0x0F, 0x6C, 0xBD, 0.10));
        g.fillRect(v.x(), v.y(), v.width(), v.height());
        g.setStroke(color(Palette.SELECTION));
        g.setLineWidth(1.5);
        g.strokeRect(v.x(), v.y(), v.width(), v.height());
        g.setStroke(Color.rgb(0, 0, 0, 0.35));
        g.setLineWidth(1);
        g.strokeRect(0.5, 0.5, canvas.getWidth() - 1, canvas.getHeight() - 1);
    }

    private static dev.hybridnet.render.Color border(Element e) {
        return switch (e.kind()) {
            case ON_PREMISES_NETWORK -> Palette.ON_PREMISES_BORDER;
            case VIRTUAL_NETWORK -> Palette.VNET_BORDER;
            default -> Palette.SUBNET_BORDER;
        };
    }

    private static Color fill(Element e) {
        return color(switch (e.kind()) {
            case ON_PREMISES_NETWORK -> Palette.ON_PREMISES_FILL;
            case VIRTUAL_NETWORK -> Palette.VNET_FILL;
            default -> Palette.SUBNET_FILL;
        });
    }

    private static Color color(dev.hybridnet.render.Color c) {
        return Color.rgb(c.red(), c.green(), c.blue(), c.alpha());
    }
}
