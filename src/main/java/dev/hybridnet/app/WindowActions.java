package dev.hybridnet.app;

import dev.hybridnet.editor.EditActions;
import dev.hybridnet.editor.Editor;
import dev.hybridnet.editor.ToolKind;
import dev.hybridnet.samples.Sample;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCombination;
import org.controlsfx.control.action.Action;
import org.controlsfx.control.action.ActionGroup;
import org.controlsfx.control.action.ActionUtils;

/**
 * One set of actions for the menu bar and the toolbar (ControlsFX actions), with their shortcuts. Their
 * enabled state and labels follow the editor ("Undo Move 3 elements").
 */
final class WindowActions {

    private final MainWindow window;
    private final Editor editor;
    private final FileActions files;

    private final Action newDiagram;
    private final Action open;
    private final Action openSample;
    private final Action save;
    private final Action saveAs;
    private final Action export;
    private final Action quit;
    private final Action undo;
    private final Action redo;
    private final Action cut;
    private final Action copy;
    private final Action paste;
    private final Action delete;
    private final Action selectAll;
    private final Action selectTool;
    private final Action connectTool;
    private final Action panTool;
    private final Action zoomIn;
    private final Action zoomOut;
    private final Action actualSize;
    private final Action zoomToFit;
    private final Action showGrid;
    private final Action snapToGrid;
    private final Action about;
    private final Action lightTheme;
    private final Action darkTheme;
    private final ActionGroup recent = new ActionGroup("Open Recent", new Action("(none)"));
    private final ActionGroup samples;
    private final MenuBar menuBar;
    private final ToolBar toolBar;

    WindowActions(MainWindow window, Editor editor, FileActions files) {
        this.window = window;
        this.editor = editor;
        this.files = files;
        EditActions edit = editor.edit();
        newDiagram = action("New", "Shortcut+N", e -> files.newDiagram());
        open = action("Open…", "Shortcut+O", e -> files.openWithChooser());
        openSample = action("Open Sample…", "Shortcut+Shift+O", e -> files.openSample());
        save = action("Save", "Shortcut+S", e -> files.save());
        saveAs = action("Save As…", "Shortcut+Shift+S", e -> files.saveAs());
        export = action("Export…", "Shortcut+E", e -> files.export());
        quit = action("Quit", "Shortcut+Q", e -> {
            if (files.confirmDiscard()) {
                window.closingNormally();
                Platform.exit();
            }
        });
        undo = action("Undo", "Shortcut+Z", e -> edit.undo());
        redo = action("Redo", "Shortcut+Y", e -> edit.redo());
        cut = action("Cut", "Shortcut+X", e -> edit.cut());
        copy = action("Copy", "Shortcut+C", e -> edit.copy());
        paste = action("Paste", "Shortcut+V", e -> edit.paste());
        delete = action("Delete", "Delete", e -> edit.delete());
        selectAll = action("Select All", "Shortcut+A", e -> edit.selectAll());
        selectTool = action("Select", null, e -> editor.useSelect());
        selectTool.setLongText("Select, move and resize (Escape returns here)");
        connectTool = action("Connect", null, e -> editor.useConnect());
        connectTool.setLongText("Connect: drag from one component to another");
        panTool = action("Pan", null, e -> editor.usePan());
        panTool.setLongText("Pan: drag to move the view (or middle-drag, or Space+drag)");
        zoomIn = action("Zoom In", "Shortcut+EQUALS", e -> editor.view().zoomIn());
        zoomOut = action("Zoom Out", "Shortcut+MINUS", e -> editor.view().zoomOut());
        actualSize = action("Actual Size", "Shortcut+0", e -> editor.view().zoomToActualSize());
        zoomToFit = action("Zoom to Fit", "Shortcut+1", e -> editor.view().zoomToFit());
        showGrid = action("Show Grid", "Shortcut+G", e -> editor.view().useGrid(editor.view().grid()
                .withVisible(!editor.view().grid().visible())));
        snapToGrid = action("Snap to Grid", "Shortcut+Shift+G", e -> editor.view().useGrid(editor.view().grid()
                .withSnap(!editor.view().grid().snap())));
        about = action("About " + MainWindow.APP_NAME, null, e -> about());
        lightTheme = action("Light Theme", null, e -> window.useTheme(Theme.LIGHT));
        darkTheme = action("Dark Theme", null, e -> window.useTheme(Theme.DARK));
        List<Action> sampleActions = new ArrayList<>();
        for (Sample s : Sample.values()) {
            sampleActions.add(new Action(s.title(), e -> {
                if (files.confirmDiscard()) {
                    files.openSample(s);
                }
            }));
        }
        samples = new ActionGroup("Samples", sampleActions);
        List<Action> fileMenu = List.of(newDiagram, open, recent, openSample, samples,
                ActionUtils.ACTION_SEPARATOR, save, saveAs, ActionUtils.ACTION_SEPARATOR, export,
                ActionUtils.ACTION_SEPARATOR, quit);
        List<Action> editMenu = List.of(undo, redo, ActionUtils.ACTION_SEPARATOR, cut, copy, paste, delete,
                ActionUtils.ACTION_SEPARATOR, selectAll);
        List<Action> toolsMenu = List.of(selectTool, connectTool, panTool);
        List<Action> viewMenu = List.of(zoomIn, zoomOut, actualSize, zoomToFit, ActionUtils.ACTION_SEPARATOR,
                showGrid, snapToGrid, ActionUtils.ACTION_SEPARATOR, lightTheme, darkTheme);
        menuBar = ActionUtils.createMenuBar(List.of(new ActionGroup("File", fileMenu),
                new ActionGroup("Edit", editMenu), new ActionGroup("Tools", toolsMenu),
                new ActionGroup("View", viewMenu), new ActionGroup("Help", List.of(about))));
        menuBar.setId("menu-bar");
        toolBar = ActionUtils.createToolBar(List.of(newDiagram, open, save, ActionUtils.ACTION_SEPARATOR, undo,
                redo, ActionUtils.ACTION_SEPARATOR, selectTool, connectTool, panTool, ActionUtils.ACTION_SEPARATOR,
                zoomOut, zoomIn, zoomToFit, ActionUtils.ACTION_SEPARATOR, export),
                ActionUtils.ActionTextBehavior.SHOW);
        toolBar.setId("tool-bar");
        rebuildRecent();
        files.onRecentFilesChanged(this::rebuildRecent);
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
        EditActions edit = editor.edit();
        undo.setDisabled(!edit.canUndo());
        undo.setText(edit.undoLabel().orElse("Undo"));
        redo.setDisabled(!edit.canRedo());
        redo.setText(edit.redoLabel().orElse("Redo"));
        cut.setDisabled(!edit.canCut());
        copy.setDisabled(!edit.canCopy());
        paste.setDisabled(!edit.canPaste());
        delete.setDisabled(!edit.canDelete());
        ToolKind tool = editor.tool().kind();
        selectTool.setSelected(tool == ToolKind.SELECT);
        connectTool.setSelected(tool == ToolKind.CONNECT);
        panTool.setSelected(tool == ToolKind.PAN);
        showGrid.setSelected(editor.view().grid().visible());
        lightTheme.setSelected(window.theme() == Theme.LIGHT);
        darkTheme.setSelected(window.theme() == Theme.DARK);
        snapToGrid.setSelected(editor.view().grid().snap());
    }

    private void rebuildRecent() {
        List<Path> paths = files.preferences().recentFiles();
        List<Action> items = new ArrayList<>();
        for (Path p : paths) {
            items.add(new Action(p.getFileName() + "  (" + p.getParent() + ")", e -> files.open(p)));
        }
        recent.getActions().setAll(items);
        recent.setDisabled(items.isEmpty());
        for (Menu menu : menuBar.getMenus()) {
            for (MenuItem item : menu.getItems()) {
                if (item instanceof Menu sub && "Open Recent".equals(sub.getText())) {
                    sub.getItems().setAll(items.stream().map(ActionUtils::createMenuItem).toList());
                }
            }
        }
    }

    /** Redo also answers to Shift+Ctrl+Z, the other common shortcut (a menu item shows one). */
    void installExtraShortcuts(javafx.scene.Scene scene) {
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Shift+Z"), () -> {
            if (!redo.isDisabled()) {
                editor.edit().redo();
            }
        });
    }

    private static Action action(String text, String accelerator, Consumer<javafx.event.ActionEvent> handler) {
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
            version = dev.hybridnet.io.ProgramVersion.version();
        } catch (java.io.IOException e) {
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
