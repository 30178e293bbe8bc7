package dev.hybridnet.app;

import dev.hybridnet.editor.Editor;
import dev.hybridnet.editor.Shortcuts;
import dev.hybridnet.editor.ToolKind;
import dev.hybridnet.io.ProgramVersion;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import javafx.event.ActionEvent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.MenuBar;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCombination;
import org.controlsfx.control.action.Action;
import org.controlsfx.control.action.ActionGroup;
import org.controlsfx.control.action.ActionUtils;

/**
 * One set of actions for the menu bar and the toolbar (ControlsFX actions), with their shortcuts: the File, Edit,
 * Arrange and View menus each keep their own ({@link FileMenu}, {@link EditMenu}, {@link ArrangeMenu},
 * {@link ViewMenu}); the tools and Help are here. Their enabled state and labels follow the editor.
 */
final class WindowActions {

    private final MainWindow window;
    private final Editor editor;
    private final FileActions files;
    private final EditMenu edit;
    private final ViewMenu view;
    private final ArrangeMenu arrange;
    private final Action selectTool;
    private final Action connectTool;
    private final Action panTool;
    private final List<ActionGroup> menus;
    private final MenuBar menuBar;
    private final FileMenu file;
    private final ToolBar toolBar;

    WindowActions(MainWindow window, Editor editor, FileActions files) {
        this.window = window;
        this.editor = editor;
        this.files = files;
        file = new FileMenu(files, window::closingNormally);
        edit = new EditMenu(editor);
        view = new ViewMenu(editor, window::theme, window::useTheme, window::useSmartGuides, window::minimapShown,
                window::showMinimap);
        arrange = new ArrangeMenu(editor);
        selectTool = action(Shortcuts.SELECT_TOOL, e -> editor.useSelect());
        selectTool.setLongText("Select, move and resize (V; Escape returns here)");
        connectTool = action(Shortcuts.CONNECT_TOOL, e -> editor.useConnect());
        connectTool.setLongText("Connect: drag from one component to another (C)");
        panTool = action(Shortcuts.PAN_TOOL, e -> editor.usePan());
        panTool.setLongText("Pan: drag to move the view (H; or middle-drag, or Space+drag)");
        Action shortcuts = action(Shortcuts.KEYBOARD_SHORTCUTS, e -> ShortcutsSheet.show(window.stageForDialogs()));
        Action about = action("About " + MainWindow.APP_NAME, null, e -> about());
        menus = List.of(file.group(), edit.group(),
                new ActionGroup("Tools", List.of(selectTool, connectTool, panTool)), arrange.group(), view.group(),
                new ActionGroup("Help", List.of(shortcuts, about)));
        menuBar = LazyMenus.menuBar(menus);
        menuBar.setId("menu-bar");
        toolBar = ToolBarButtons.of(List.of(file.newDiagram, file.open, file.save,
                ActionUtils.ACTION_SEPARATOR, edit.undoButton, edit.redoButton, ActionUtils.ACTION_SEPARATOR, selectTool,
                connectTool, panTool, ActionUtils.ACTION_SEPARATOR, view.zoomOut, view.zoomIn, view.zoomToFit,
                ActionUtils.ACTION_SEPARATOR, file.export));
        toolBar.setId("tool-bar");
        file.followRecentFiles(menuBar);
    }

    /** What is asked once the window is shown rather than while it is built (see {@link FileMenu#findPrinterLater}). */
    void afterShown() {
        file.findPrinterLater();
    }

    MenuBar menuBar() {
        return menuBar;
    }

    ToolBar toolBar() {
        return toolBar;
    }

    FileActions files() {
        return files;
    }

    /** Labels and enabled states after a change. */
    void update() {
        edit.update();
        arrange.update();
        view.update();
        ToolKind tool = editor.tool().kind();
        selectTool.setSelected(tool == ToolKind.SELECT);
        connectTool.setSelected(tool == ToolKind.CONNECT);
        panTool.setSelected(tool == ToolKind.PAN);
    }

    /**
     * Shortcuts besides the menus' own (and the menus' own until each menu first opens and makes its items, see
     * {@link LazyMenus}), and the rule that keeps the canvas's keys out of text fields: a key press
     * that a text field (the inspector's, a search field, the inline rename) did not use itself never reaches an
     * accelerator that belongs to the canvas ({@link Shortcuts.Reach#MENU_NOT_TYPING}: V, C, H, Delete, F2). The
     * scene's handlers run before its accelerators, so this one consumes such a press on its way out of the field.
     */
    void installExtraShortcuts(Scene scene) {
        LazyMenus.installShortcuts(scene, menus);
        edit.installExtraShortcuts(scene);
        List<KeyCombination> notTyping = Shortcuts.all().stream()
                .filter(s -> s.reach() == Shortcuts.Reach.MENU_NOT_TYPING)
                .map(s -> KeyCombination.keyCombination(s.keys())).toList();
        scene.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (typing(e.getTarget()) && notTyping.stream().anyMatch(k -> k.match(e))) {
                e.consume();
            }
        });
    }

    /** True for a control the user types into. */
    static boolean typing(Object target) {
        return target instanceof javafx.scene.control.TextInputControl
                || target instanceof javafx.scene.control.ComboBoxBase<?> c && c.isEditable()
                || target instanceof javafx.scene.control.Spinner<?> s && s.isEditable();
    }

    /** An action of the shortcut table, with its accelerator. */
    static Action action(Shortcuts.Shortcut shortcut, Consumer<ActionEvent> handler) {
        return action(shortcut.action(), shortcut.keys(), handler);
    }

    /** An action with its shortcut (none when {@code accelerator} is null), the shortcut named in its tooltip. */
    static Action action(String text, String accelerator, Consumer<ActionEvent> handler) {
        Action a = new Action(text, handler);
        String tip = text.replace("…", "");
        if (accelerator != null) {
            KeyCombination keys = KeyCombination.keyCombination(accelerator);
            a.setAccelerator(keys);
            tip += " (" + keys.getDisplayText() + ")";
        }
        a.setLongText(tip);
        return a;
    }

    private void about() {
        String version;
        try {
            version = ProgramVersion.version();
        } catch (IOException e) {
            version = "unknown";
        }
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "Design hybrid networks that connect on-premises "
                + "sites to Azure, checked against the Azure Architecture Center reference architectures "
                + "(site-to-site VPN, ExpressRoute, ExpressRoute with VPN failover, hub-spoke).\n\nVersion "
                + version, ButtonType.OK);
        alert.setTitle("About");
        alert.setHeaderText(MainWindow.APP_NAME);
        alert.initOwner(window.stageForDialogs());
        alert.showAndWait();
    }
}
