package dev.hybridnet.app;

import dev.hybridnet.editor.ContextActions;
import dev.hybridnet.editor.Editor;
import dev.hybridnet.editor.Grid;
import dev.hybridnet.editor.KeyEvent;
import dev.hybridnet.editor.Modifier;
import dev.hybridnet.editor.PointerEvent;
import dev.hybridnet.editor.ScrollEvent;
import dev.hybridnet.editor.Viewport;
import dev.hybridnet.geometry.Point;
import dev.hybridnet.geometry.Rect;
import dev.hybridnet.geometry.Size;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * The drawing area: paints the editor's {@link dev.hybridnet.render.Drawing} through its viewport and turns
 * JavaFX input into the editor's toolkit-free events. It holds no editing logic of its own: its context menu is the
 * editor's {@link ContextActions.Menu} turned into a JavaFX menu, and the inline rename is a text field shown while
 * the editor is renaming an element. Only key presses aimed at the canvas itself reach the editor, never those of a
 * text field on top of it.
 */
final class CanvasView extends Region {

    private static final Color BACKGROUND = Color.WHITE;
    private static final Color GRID = Color.rgb(0, 0, 0, 0.07);

    private final Editor editor;
    private final Canvas canvas = new Canvas();
    private final DrawingPainter painter = new DrawingPainter(new IconImages());
    private Optional<Point> pointer = Optional.empty();
    private long lastPaintNanos;
    private long paints;
    private final InlineRename rename;
    private ContextActions.Shell shell = new NoShell();
    private Optional<ContextMenu> menu = Optional.empty();

    CanvasView(Editor editor) {
        this.editor = editor;
        this.rename = new InlineRename(editor, this::requestFocus, getChildren()::add);
        setId("canvas");
        getChildren().add(canvas);
        setFocusTraversable(true);
        setMinSize(200, 150);
        editor.addListener(this::repaint);
        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            if (rename.isTarget(e.getTarget())) {
                return;
            }
            hideMenu();
            requestFocus();
            pointer(e, PointerEvent.Type.PRESS);
            if (e.getButton() == MouseButton.SECONDARY) {
                showMenu(editor.context().at(new Point(e.getX(), e.getY()), shell), e.getX(), e.getY());
            }
        });
        addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (!rename.isTarget(e.getTarget()) && e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2
                    && e.isStillSincePress()) {
                editor.edit().startRename();
            }
        });
        // Menus open on the press (above) and from the keys (below); the platform's own request is not needed.
        addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, ContextMenuEvent::consume);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> pointer(e, PointerEvent.Type.DRAG));
        addEventHandler(MouseEvent.MOUSE_RELEASED, e -> pointer(e, PointerEvent.Type.RELEASE));
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> pointer(e, PointerEvent.Type.MOVE));
        addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getClickCount() == 2 && e.getButton() == MouseButton.PRIMARY && e.isStillSincePress()) {
                pointer(e, PointerEvent.Type.DOUBLE_CLICK);
            }
        });
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> {
            pointer = Optional.empty();
            repaint();
        });
        addEventHandler(javafx.scene.input.ScrollEvent.SCROLL, e -> {
            editor.scroll(new ScrollEvent(new Point(e.getX(), e.getY()), e.getDeltaX(), e.getDeltaY(),
                    modifiers(e.isShiftDown(), e.isControlDown(), e.isAltDown(), e.isMetaDown())));
            e.consume();
        });
        addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> key(e, KeyEvent.Type.PRESS));
        addEventHandler(javafx.scene.input.KeyEvent.KEY_RELEASED, e -> key(e, KeyEvent.Type.RELEASE));
    }

    /** How long the last repaint took on the JavaFX thread, in nanoseconds (for the status of big diagrams). */
    long lastPaintNanos() {
        return lastPaintNanos;
    }

    /** How many times the canvas has been painted: once per change the editor reports (for tests). */
    long paints() {
        return paints;
    }

    /** Zooms to fit the document, and keeps it fitted as the view resizes until the user zooms or pans. */
    void fitToView() {
        editor.view().zoomToFit(); // the editor fits again when the view resizes, until the user zooms or pans
    }

    /** A point in scene coordinates as a point on this view, if it lies inside. */
    Optional<Point> local(Point2D scenePoint) {
        Point2D p = sceneToLocal(scenePoint);
        return p != null && p.getX() >= 0 && p.getY() >= 0 && p.getX() <= getWidth() && p.getY() <= getHeight()
                ? Optional.of(new Point(p.getX(), p.getY())) : Optional.empty();
    }

    /** Forwards a pointer event that started elsewhere (a palette drag) at a point on this view. */
    void forward(Point local, PointerEvent.Type type) {
        pointer = Optional.of(local);
        editor.pointer(new PointerEvent(local, type == PointerEvent.Type.MOVE ? PointerEvent.Button.NONE
                : PointerEvent.Button.PRIMARY, Set.of(), type));
    }

    @Override
    protected void layoutChildren() {
        double w = Math.max(1, Math.floor(getWidth()));
        double h = Math.max(1, Math.floor(getHeight()));
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            editor.view().viewResized(new Size(w, h));
        }
        repaint();
    }

    void repaint() {
        long start = System.nanoTime();
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        if (w < 1 || h < 1) {
            return;
        }
        paints++;
        g.setTransform(1, 0, 0, 1, 0, 0);
        g.clearRect(0, 0, w, h); // empties the canvas's command buffer, so repaints between pulses do not pile up
        g.setFill(BACKGROUND);
        g.fillRect(0, 0, w, h);
        Viewport v = editor.viewport();
        Rect visible = v.visible(new Size(w, h));
        Grid grid = editor.view().grid();
        if (grid.visible()) {
            paintGrid(g, v, visible, grid.spacing());
        }
        g.save();
        g.translate(v.offsetX(), v.offsetY());
        g.scale(v.scale(), v.scale());
        painter.paint(g, editor.drawing(), Optional.of(visible));
        g.restore();
        if (editor.diagram().elements().isEmpty()) {
            paintWelcome(g, w, h);
        }
        paintHint(g);
        setCursor(Cursors.of(editor.cursor()));
        lastPaintNanos = System.nanoTime() - start;
    }

    private static void paintGrid(GraphicsContext g, Viewport v, Rect visible, double spacing) {
        if (spacing * v.scale() < 6) {
            return;
        }
        g.setStroke(GRID);
        g.setLineWidth(1);
        g.setLineDashes((double[]) null);
        for (double x = Math.floor(visible.x() / spacing) * spacing; x <= visible.maxX(); x += spacing) {
            double sx = Math.round(v.toScreen(new Point(x, 0)).x()) + 0.5;
            g.strokeLine(sx, 0, sx, canvas(g).getHeight());
        }
        for (double y = Math.floor(visible.y() / spacing) * spacing; y <= visible.maxY(); y += spacing) {
            double sy = Math.round(v.toScreen(new Point(0, y)).y()) + 0.5;
            g.strokeLine(0, sy, canvas(g).getWidth(), sy);
        }
    }

    private static Canvas canvas(GraphicsContext g) {
        return g.getCanvas();
    }

    /** What to do on an empty canvas. */
    private static void paintWelcome(GraphicsContext g, double w, double h) {
        g.setFill(Color.rgb(0, 0, 0, 0.45));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.setFont(Font.font(15));
        g.fillText("Drag components from the palette onto the canvas,", w / 2, h / 2 - 12);
        g.fillText("or start from a reference architecture: File \u25B8 Samples.", w / 2, h / 2 + 12);
    }

    /** The editor's sentence for the gesture in progress, next to the pointer. */
    private void paintHint(GraphicsContext g) {
        Optional<String> hint = editor.hint();
        if (hint.isEmpty() || pointer.isEmpty() || hint.get().isBlank()) {
            return;
        }
        dev.hybridnet.render.HintBubble bubble = dev.hybridnet.render.HintBubble.place(hint.get(), pointer.get(),
                new dev.hybridnet.geometry.Size(Math.max(1, canvas.getWidth()), Math.max(1, canvas.getHeight())));
        Rect box = bubble.box();
        g.setFont(painter.font(dev.hybridnet.render.HintBubble.FONT));
        g.setFill(Color.rgb(255, 255, 225, 0.95));
        g.fillRoundRect(box.x(), box.y(), box.width(), box.height(), 6, 6);
        g.setStroke(Color.rgb(0, 0, 0, 0.3));
        g.setLineWidth(1);
        g.setLineDashes((double[]) null);
        g.strokeRoundRect(box.x(), box.y(), box.width(), box.height(), 6, 6);
        g.setFill(Color.rgb(40, 40, 40));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BASELINE);
        for (int i = 0; i < bubble.lines().size(); i++) {
            g.fillText(bubble.lines().get(i), bubble.baselines().get(i).x(), bubble.baselines().get(i).y());
        }
    }

    private void pointer(MouseEvent e, PointerEvent.Type type) {
        Point at = new Point(e.getX(), e.getY());
        pointer = Optional.of(at);
        editor.pointer(new PointerEvent(at, button(e.getButton(), type), modifiers(e), type));
        e.consume();
    }

    private static PointerEvent.Button button(MouseButton b, PointerEvent.Type type) {
        if (type == PointerEvent.Type.MOVE) {
            return PointerEvent.Button.NONE;
        }
        return switch (b) {
            case PRIMARY -> PointerEvent.Button.PRIMARY;
            case MIDDLE -> PointerEvent.Button.MIDDLE;
            case SECONDARY -> PointerEvent.Button.SECONDARY;
            default -> PointerEvent.Button.NONE;
        };
    }

    /** Where context menus send Validate This and quick fixes (the window's problems panel and fixes). */
    void useContextShell(ContextActions.Shell contextShell) {
        this.shell = contextShell;
    }

    /** The context menu on show, for tests. */
    Optional<ContextMenu> contextMenu() {
        return menu.filter(ContextMenu::isShowing);
    }

    private void showMenu(ContextActions.Menu model, double x, double y) {
        ContextMenu popup = new ContextMenu();
        popup.setId("canvas-menu");
        for (ContextActions.Item item : model.items()) {
            if (item instanceof ContextActions.Action a) {
                MenuItem mi = new MenuItem(a.label());
                mi.setDisable(!a.enabled());
                mi.setOnAction(ev -> a.run().run());
                popup.getItems().add(mi);
            } else {
                popup.getItems().add(new SeparatorMenuItem());
            }
        }
        Point2D at = localToScreen(x, y);
        menu = Optional.of(popup);
        popup.show(this, at.getX(), at.getY());
    }

    private void hideMenu() {
        menu.ifPresent(ContextMenu::hide);
        menu = Optional.empty();
    }

    private void key(javafx.scene.input.KeyEvent e, KeyEvent.Type type) {
        if (e.getTarget() != this) {
            return; // a key typed into the rename field is the field's
        }
        if (type == KeyEvent.Type.PRESS && (e.getCode() == KeyCode.CONTEXT_MENU
                || e.getCode() == KeyCode.F10 && e.isShiftDown())) {
            hideMenu();
            Point at = editor.context().anchor();
            showMenu(editor.context().forSelection(shell), at.x(), at.y());
            e.consume();
            return;
        }
        Optional<KeyEvent.Key> key = key(e.getCode());
        if (key.isEmpty()) {
            return;
        }
        editor.key(new KeyEvent(key.get(), modifiers(e.isShiftDown(), e.isControlDown(), e.isAltDown(),
                e.isMetaDown()), type));
        e.consume();
    }

    private static Optional<KeyEvent.Key> key(KeyCode code) {
        return Optional.ofNullable(switch (code) {
            case LEFT, KP_LEFT -> KeyEvent.Key.LEFT;
            case RIGHT, KP_RIGHT -> KeyEvent.Key.RIGHT;
            case UP, KP_UP -> KeyEvent.Key.UP;
            case DOWN, KP_DOWN -> KeyEvent.Key.DOWN;
            case DELETE -> KeyEvent.Key.DELETE;
            case BACK_SPACE -> KeyEvent.Key.BACK_SPACE;
            case ESCAPE -> KeyEvent.Key.ESCAPE;
            case SPACE -> KeyEvent.Key.SPACE;
            default -> null;
        });
    }

    private static Set<Modifier> modifiers(MouseEvent e) {
        return modifiers(e.isShiftDown(), e.isControlDown(), e.isAltDown(), e.isMetaDown());
    }

    static Set<Modifier> modifiers(boolean shift, boolean control, boolean alt, boolean meta) {
        EnumSet<Modifier> set = EnumSet.noneOf(Modifier.class);
        if (shift) {
            set.add(Modifier.SHIFT);
        }
        if (control) {
            set.add(Modifier.CONTROL);
        }
        if (alt) {
            set.add(Modifier.ALT);
        }
        if (meta) {
            set.add(Modifier.META);
        }
        return set;
    }

    /** Until the window supplies its own: no quick fixes, and Validate This does nothing. */
    private static final class NoShell implements ContextActions.Shell {
        @Override
        public Optional<String> fixOf(dev.hybridnet.validation.Finding finding) {
            return Optional.empty();
        }

        @Override
        public void applyFix(dev.hybridnet.validation.Finding finding) {
        }

        @Override
        public void showProblemsOf(String what, Set<String> ids) {
        }
    }
}
