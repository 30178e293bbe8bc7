package dev.hybridnet.editor;

import dev.hybridnet.geometry.Point;
import dev.hybridnet.geometry.Rect;
import dev.hybridnet.geometry.Size;
import java.util.Collection;
import java.util.Objects;

/**
 * The View menu of one {@link Editor}: zoom in and out around the middle of the view, 100 %, zoom to fit, reveal
 * elements (a finding's), the grid and the smart guides. Zooming around the pointer and panning come as events instead.
 */
public final class ViewActions {

    /** Room around the diagram when zooming to fit, in screen pixels. */
    public static final double FIT_MARGIN = 24;

    private final Editor editor;
    private final EditorState state;
    private final Display display;
    /** The viewport the last Fit made; while the view still shows exactly that, a resize fits again. */
    private Viewport fitted;

    ViewActions(Editor editor, EditorState state, Display display) {
        this.editor = editor;
        this.state = state;
        this.display = display;
    }

    /** The canvas's size in screen pixels; zooming centres on it and fitting fills it. */
    public void viewResized(Size view) {
        boolean wasFitted = fitted != null && fitted.equals(state.viewport);
        state.view = Objects.requireNonNull(view, "view");
        if (wasFitted) {
            // Fitted before the canvas had its final size (a panel opened, the window grew): fit again, so
            // Fit never leaves part of the design, such as its top, outside the view.
            fit();
        }
        editor.changed();
    }

    public Size viewSize() {
        return state.view;
    }

    public void zoomIn() {
        zoomBy(Viewport.STEP);
    }

    public void zoomOut() {
        zoomBy(1 / Viewport.STEP);
    }

    private void zoomBy(double factor) {
        state.viewport = state.viewport.zoomedAt(middle(), factor);
        editor.changed();
    }

    /** 100 %, keeping the middle of the view where it is. */
    public void zoomToActualSize() {
        state.viewport = state.viewport.withScaleAt(middle(), 1);
        editor.changed();
    }

    /** Shows the whole diagram, names under icons included. */
    public void zoomToFit() {
        fit();
        editor.changed();
    }

    private void fit() {
        // An empty diagram has nothing to fit: show the canvas at 100 % from its origin, where placing starts.
        state.viewport = editor.diagram().elements().isEmpty() ? Viewport.identity()
                : Viewport.fitting(display.extent(editor.diagram()), state.view, FIT_MARGIN);
        fitted = state.viewport;
    }

    /**
     * Selects the ids and scrolls them into view, zooming out only when they do not fit: what double-clicking a
     * finding does.
     */
    public void reveal(Collection<String> ids) {
        editor.select(ids);
        display.bounds(editor.diagram(), state.selection.ids()).ifPresent(r -> {
            if (!state.viewport.visible(state.view).contains(r)) {
                double room = 2 * FIT_MARGIN;
                boolean fits = r.width() * state.viewport.scale() <= state.view.width() - room
                        && r.height() * state.viewport.scale() <= state.view.height() - room;
                state.viewport = fits ? state.viewport.centredOn(r.center(), state.view)
                        : Viewport.fitting(r, state.view, FIT_MARGIN);
            }
        });
        editor.changed();
    }

    /** Centres the view on a world point, keeping the zoom: what a click or drag in the minimap does. */
    public void centreOn(Point world) {
        state.viewport = state.viewport.centredOn(world, state.view);
        editor.changed();
    }

    /** Whether the whole design (names under icons included) lies inside the view. */
    public boolean showsEverything() {
        return state.viewport.visible(state.view).contains(display.extent(editor.diagram()));
    }

    /** The minimap of the design and the view's frame, in a box of {@code box}'s size. */
    public Overview overview(Size box) {
        return Overview.of(display.extent(editor.diagram()), state.viewport, state.view, box);
    }

    public Grid grid() {
        return state.grid;
    }

    public void useGrid(Grid grid) {
        state.grid = Objects.requireNonNull(grid, "grid");
        editor.changed();
    }

    /** Whether a move snaps to its siblings' edges, centres and gaps, and shows the guides (on by default). */
    public boolean smartGuides() {
        return state.smartGuides;
    }

    public void useSmartGuides(boolean on) {
        if (state.smartGuides == on) {
            // Nothing to show again: the window sets the saved choice while it is built, before any drawing.
            return;
        }
        state.smartGuides = on;
        editor.changed();
    }

    private Point middle() {
        return new Rect(0, 0, state.view.width(), state.view.height()).center();
    }
}
