package dev.hybridnet.app;

import static dev.hybridnet.app.WindowActions.action;

import dev.hybridnet.editor.Editor;
import dev.hybridnet.editor.Shortcuts;
import dev.hybridnet.editor.ViewActions;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.controlsfx.control.action.Action;
import org.controlsfx.control.action.ActionGroup;
import org.controlsfx.control.action.ActionUtils;

/** The View menu's actions: zoom, the grid, smart guides, and the window's theme; the toggles show their state. */
final class ViewMenu {

    final Action zoomIn;
    final Action zoomOut;
    final Action zoomToFit;
    private final Action actualSize;
    private final Action showGrid;
    private final Action snapToGrid;
    private final Action showMinimap;
    private final Action smartGuides;
    private final Action lightTheme;
    private final Action darkTheme;
    private final Editor editor;
    private final Supplier<Theme> theme;

    private final java.util.function.BooleanSupplier minimap;

    /**
     * {@code theme} is the window's theme now; {@code useTheme} switches it; {@code useGuides} turns the smart guides
     * on or off and remembers it; {@code minimap} says whether the minimap shows, {@code showMinimap} shows or hides it.
     */
    ViewMenu(Editor editor, Supplier<Theme> theme, Consumer<Theme> useTheme, Consumer<Boolean> useGuides,
            java.util.function.BooleanSupplier minimap, Consumer<Boolean> showMinimap) {
        this.editor = editor;
        this.theme = theme;
        this.minimap = minimap;
        ViewActions view = editor.view();
        zoomIn = action(Shortcuts.ZOOM_IN, e -> view.zoomIn());
        zoomOut = action(Shortcuts.ZOOM_OUT, e -> view.zoomOut());
        actualSize = action(Shortcuts.ACTUAL_SIZE, e -> view.zoomToActualSize());
        zoomToFit = action(Shortcuts.ZOOM_TO_FIT, e -> view.zoomToFit());
        showGrid = action(Shortcuts.SHOW_GRID, e -> view.useGrid(view.grid().withVisible(!view.grid()
                .visible())));
        snapToGrid = action(Shortcuts.SNAP_TO_GRID, e -> view.useGrid(view.grid().withSnap(!view.grid()
                .snap())));
        this.showMinimap = action(Shortcuts.SHOW_MINIMAP, e -> showMinimap.accept(!minimap.getAsBoolean()));
        smartGuides = action("Smart Guides", null, e -> useGuides.accept(!view.smartGuides()));
        smartGuides.setLongText("Smart Guides: moves snap to the edges, centres and gaps of nearby elements (hold Alt "
                + "to move freely)");
        lightTheme = action("Light Theme", null, e -> useTheme.accept(Theme.LIGHT));
        darkTheme = action("Dark Theme", null, e -> useTheme.accept(Theme.DARK));
    }

    ActionGroup group() {
        return new ActionGroup("View", List.of(zoomIn, zoomOut, actualSize, zoomToFit, ActionUtils.ACTION_SEPARATOR,
                showGrid, snapToGrid, smartGuides, showMinimap, ActionUtils.ACTION_SEPARATOR, lightTheme, darkTheme));
    }

    void update() {
        showGrid.setSelected(editor.view().grid().visible());
        snapToGrid.setSelected(editor.view().grid().snap());
        showMinimap.setSelected(minimap.getAsBoolean());
        smartGuides.setSelected(editor.view().smartGuides());
        lightTheme.setSelected(theme.get() == Theme.LIGHT);
        darkTheme.setSelected(theme.get() == Theme.DARK);
    }
}
