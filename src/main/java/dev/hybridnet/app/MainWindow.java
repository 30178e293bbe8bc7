package dev.hybridnet.app;

import dev.hybridnet.editor.Checking;
import dev.hybridnet.editor.ContextActions;
import dev.hybridnet.editor.Editor;
import dev.hybridnet.fixes.QuickFix;
import dev.hybridnet.io.RecoveryStore;
import dev.hybridnet.io.SafeText;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.validation.Checked;
import dev.hybridnet.validation.Finding;
import dev.hybridnet.validation.ValidationReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The main window, built in code: menus and toolbar from one set of actions, the palette, the canvas, the
 * inspector, the problems panel and the status bar. A thin shell: editing and checking are the editor's, files
 * are the document's; each panel reads what it shows from the editor after every change, this class only lays them
 * out and wires them to JavaFX.
 */
final class MainWindow {

    static final String APP_NAME = "HybridNet Designer";

    private final Stage stage;
    private final AppPreferences preferences;
    private final Editor editor;
    private final Document document;
    private final CanvasView canvas;
    private final MinimapView minimap;
    private final ProblemsPane problems;
    private final StatusLine status = new StatusLine();
    private final WindowActions actions;
    private final Autosave autosave;
    private final ConnectionChooser chooser;
    private final Scene scene;
    private Theme theme = Theme.LIGHT;

    MainWindow(Stage stage, AppPreferences preferences) {
        this(stage, preferences, new RecoveryStore(RecoveryStore.defaultFolder()),
                Checking.Policy.background(Platform::runLater));
    }

    /** With the folder of recovery copies and where checks run (tests run them at once, or by hand). */
    MainWindow(Stage stage, AppPreferences preferences, RecoveryStore recovery, Checking.Policy checks) {
        this.stage = stage;
        this.preferences = preferences;
        this.editor = new Editor(Diagram.empty("Untitled diagram"), checks);
        this.document = new Document(editor);
        this.canvas = new CanvasView(editor);
        this.minimap = new MinimapView(editor);
        this.autosave = new Autosave(document, recovery);
        this.chooser = new ConnectionChooser(editor, stage);
        this.problems = new ProblemsPane(ids -> editor.view().reveal(ids), f -> QuickFixAction.available(editor, f),
                this::applyFix);
        editor.view().useSmartGuides(preferences.smartGuides());
        this.actions = new WindowActions(this, editor, new FileActions(this, stage, document, preferences));
        PaletteView palette = new PaletteView(new IconImages(), new PalettePlacing(editor, canvas, this::say));
        canvas.useContextShell(new ContextShell());
        InspectorPane inspector = new InspectorPane(editor, this::applyFix);
        BorderPane root = new BorderPane();
        root.setTop(new VBox(actions.menuBar(), actions.toolBar()));
        minimap.setEnabled(preferences.minimap());
        javafx.scene.layout.StackPane canvasArea = new javafx.scene.layout.StackPane(canvas, minimap);
        javafx.scene.layout.StackPane.setAlignment(minimap, javafx.geometry.Pos.BOTTOM_RIGHT);
        javafx.scene.layout.StackPane.setMargin(minimap, new javafx.geometry.Insets(10));
        canvasArea.setMinSize(0, 0);
        SplitPane center = new SplitPane(canvasArea, problems);
        center.setOrientation(Orientation.VERTICAL);
        center.setDividerPositions(0.72);
        SplitPane main = new SplitPane(palette, center, inspector);
        main.setDividerPositions(0.19, 0.8);
        SplitPane.setResizableWithParent(palette, false);
        SplitPane.setResizableWithParent(inspector, false);
        root.setCenter(main);
        root.setBottom(status.node());
        scene = new Scene(root, 1280, 800);
        acceptDroppedFiles(scene);
        actions.installExtraShortcuts(scene);
        applyTheme(preferences.theme());
        stage.setScene(scene);
        WindowPlacement.restore(stage, preferences);
        stage.setOnCloseRequest(e -> {
            if (!actions.files().confirmDiscard()) {
                e.consume();
                return;
            }
            closingNormally();
        });
        editor.addListener(this::refresh);
        editor.addListener(autosave::changed);
        refresh();
    }

    /**
     * Applies a finding's quick fix from the inspector or the problems panel. The button that was pressed goes
     * away with the finding, so the focus goes back to the canvas, not to whatever control comes next.
     */
    private boolean applyFix(dev.hybridnet.validation.Finding finding) {
        boolean applied = QuickFixAction.apply(editor, finding);
        canvas.requestFocus();
        return applied;
    }

    void show() {
        stage.show();
        canvas.requestFocus();
        actions.afterShown();
    }

    /**
     * Shows the window at start-up with the file named on the command line, if any. The file is opened before the
     * window is shown, so that the window's first layout already holds it rather than an empty diagram that is
     * then replaced (decision 0026). A file that cannot be read is opened again once the window is shown, and the
     * usual dialog says why, over the window.
     */
    void showWith(Optional<Path> file) {
        boolean opened = file.isPresent() && actions.files().openBeforeShown(file.get());
        show();
        if (file.isPresent() && !opened) {
            open(file.get());
        }
    }

    /** Opens a file (from the command line or a drop), asking first if there are unsaved changes. */
    void open(Path file) {
        actions.files().open(file);
    }

    /** The user closes the designer after saving or discarding: remember the window, leave no recovery copy. */
    void closingNormally() {
        WindowPlacement.save(stage, preferences);
        autosave.closing();
    }

    /** After a crash or a kill, offers the recovery copy the last designer left (see {@link RecoveryOffer}). */
    void offerRecovery() {
        RecoveryOffer.ask(stage, autosave.store(), this::restore);
    }

    /** Opens a recovery copy as unsaved work and removes the copy (this designer now keeps its own). */
    void restore(RecoveryStore.Orphan orphan) {
        try {
            document.restore(autosave.store().load(orphan), orphan.file(), orphan.name());
        } catch (IOException e) {
            say("The recovery copy could not be read: " + SafeText.escape(e.getMessage()));
            return;
        }
        autosave.store().discard(orphan);
        documentOpened();
        autosave.saveNow();
        say("Restored the unsaved work of " + orphan.name() + "; save it to keep it.");
    }

    Window stageForDialogs() {
        return stage;
    }

    Editor editor() {
        return editor;
    }

    FileActions fileActions() {
        return actions.files();
    }

    Document document() {
        return document;
    }

    Theme theme() {
        return theme;
    }

    boolean minimapShown() {
        return minimap.isEnabled();
    }

    /** Shows or hides the minimap in the canvas's corner, and remembers it. */
    void showMinimap(boolean shown) {
        minimap.setEnabled(shown);
        preferences.saveMinimap(shown);
        actions.update();
    }

    /** Switches the window's theme (the canvas keeps the diagram's colours) and remembers it. */
    void useTheme(Theme newTheme) {
        applyTheme(newTheme);
        preferences.saveTheme(newTheme);
    }

    /** Shows the theme without remembering it: at start-up the preferences already hold it (saving costs a write). */
    private void applyTheme(Theme newTheme) {
        theme = newTheme;
        scene.getStylesheets().setAll(newTheme.stylesheets());
        actions.update();
    }

    /** Turns smart guides on or off (View > Smart Guides) and remembers it. */
    void useSmartGuides(boolean on) {
        editor.view().useSmartGuides(on);
        preferences.saveSmartGuides(on);
    }

    /** After New, Open or Open Sample: show the whole document. */
    void documentOpened() {
        canvas.fitToView();
    }

    /** Puts a message in the status bar (until the next change). */
    void say(String message) {
        status.say(message);
    }

    /** What the window itself shows of the document, after any change: title, problems, status, actions. */
    private void refresh() {
        stage.setTitle(document.name() + (document.isDirty() ? " *" : "") + " - " + APP_NAME);
        problems.show(editor.checked());
        status.show(editor);
        actions.update();
        chooser.follow();
    }

    /** The report of the current diagram (for tests); fails while it is being checked. */
    ValidationReport report() {
        return editor.checked().map(Checked::report).orElseThrow(() -> new IllegalStateException(
                "the current diagram is still being checked"));
    }

    ProblemsPane problems() {
        return problems;
    }

    CanvasView canvas() {
        return canvas;
    }

    /** What the canvas's context menus reach in the window: quick fixes and the problems panel. */
    private final class ContextShell implements ContextActions.Shell {

        @Override
        public Optional<String> fixOf(Finding finding) {
            return QuickFixAction.available(editor, finding).map(QuickFix::label);
        }

        @Override
        public void applyFix(Finding finding) {
            QuickFixAction.apply(editor, finding);
        }

        @Override
        public void showProblemsOf(String what, Set<String> ids) {
            problems.showOnly(what, ids);
        }
    }

    private void acceptDroppedFiles(Scene target) {
        target.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        target.setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles() && !e.getDragboard().getFiles().isEmpty();
            if (ok) {
                open(e.getDragboard().getFiles().get(0).toPath());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }
}
