package dev.hybridnet.app;

import dev.hybridnet.command.Blueprint;
import dev.hybridnet.editor.Editor;
import dev.hybridnet.editor.PointerEvent;
import dev.hybridnet.editor.ToolKind;
import dev.hybridnet.geometry.Point;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.validation.Severity;
import dev.hybridnet.validation.ValidationReport;
import java.nio.file.Path;
import java.util.Optional;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import dev.hybridnet.io.RecoveryStore;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;

/**
 * The main window, built in code: menus and toolbar from one set of actions, the palette, the canvas, the
 * inspector, the problems panel and the status bar. A thin shell: editing is the editor's, files are the
 * document's, checking is the validator's; this class wires them to JavaFX.
 */
final class MainWindow {

    static final String APP_NAME = "HybridNet Designer";

    private final Stage stage;
    private final AppPreferences preferences;
    private final Editor editor = new Editor(Diagram.empty("Untitled diagram"));
    private final Document document = new Document(editor);
    private final LiveValidation validation = new LiveValidation(this::validated, this::checking);
    private final CanvasView canvas = new CanvasView(editor);
    private final ProblemsPane problems;
    private final InspectorPane inspector = new InspectorPane(editor);
    private final StatusBar statusBar = new StatusBar();
    private final Label zoom = new Label();
    private final Label counts = new Label();
    private final Label findingsCount = new Label();
    private final WindowActions actions;
    private final Autosave autosave;
    private final PaletteView palette;
    private Scene scene;
    private boolean choosing;
    private boolean refreshing;
    private Theme theme = Theme.LIGHT;
    private ValidationReport report = new ValidationReport(java.util.List.of(), java.util.Optional.empty(),
            java.util.List.of());

    MainWindow(Stage stage, AppPreferences preferences) {
        this(stage, preferences, new RecoveryStore(RecoveryStore.defaultFolder()));
    }

    MainWindow(Stage stage, AppPreferences preferences, RecoveryStore recovery) {
        this.stage = stage;
        this.autosave = new Autosave(document, recovery);
        this.preferences = preferences;
        this.problems = new ProblemsPane(ids -> editor.view().reveal(ids), f -> QuickFixAction.available(editor, f),
                f -> QuickFixAction.apply(editor, f));
        this.actions = new WindowActions(this, editor, new FileActions(this, stage, document, preferences));
        this.palette = new PaletteView(new IconImages(), new Placing());
        BorderPane root = new BorderPane();
        root.setTop(new VBox(actions.menuBar(), actions.toolBar()));
        SplitPane center = new SplitPane();
        center.setOrientation(javafx.geometry.Orientation.VERTICAL);
        center.getItems().addAll(canvas, problems);
        center.setDividerPositions(0.72);
        SplitPane main = new SplitPane(palette, center, inspector);
        main.setDividerPositions(0.19, 0.8);
        SplitPane.setResizableWithParent(palette, false);
        SplitPane.setResizableWithParent(inspector, false);
        root.setCenter(main);
        statusBar.setId("status-bar");
        statusBar.getRightItems().addAll(findingsCount, new Label("  "), counts, new Label("  "), zoom);
        zoom.setId("status-zoom");
        counts.setId("status-counts");
        findingsCount.setId("status-findings");
        root.setBottom(statusBar);
        Scene scene = new Scene(root, 1280, 800);
        acceptDroppedFiles(scene);
        actions.installExtraShortcuts(scene);
        this.scene = scene;
        useTheme(preferences.theme());
        stage.setScene(scene);
        restoreBounds();
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

    void show() {
        stage.show();
        canvas.requestFocus();
    }

    /** Opens a file (from the command line or a drop), asking first if there are unsaved changes. */
    void open(Path file) {
        actions.files().open(file);
    }

    /** The user closes the designer after saving or discarding: remember the window, leave no recovery copy. */
    void closingNormally() {
        saveBounds();
        autosave.closing();
    }

    /**
     * After a crash or a kill, offers the recovery copy the last designer left: Restore opens it as unsaved work
     * (belonging to its file, if it had one), Discard deletes it, Not Now keeps it for the next start.
     */
    void offerRecovery() {
        java.util.List<RecoveryStore.Orphan> orphans = autosave.store().orphans();
        if (orphans.isEmpty()) {
            return;
        }
        RecoveryStore.Orphan orphan = orphans.get(0);
        javafx.scene.control.ButtonType restore = new javafx.scene.control.ButtonType("Restore",
                javafx.scene.control.ButtonBar.ButtonData.YES);
        javafx.scene.control.ButtonType discard = new javafx.scene.control.ButtonType("Discard",
                javafx.scene.control.ButtonBar.ButtonData.NO);
        javafx.scene.control.ButtonType later = new javafx.scene.control.ButtonType("Not Now",
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
        javafx.scene.control.Alert alert = new javafx.scene.control.Alert(
                javafx.scene.control.Alert.AlertType.CONFIRMATION, "", restore, discard, later);
        alert.initOwner(stage);
        alert.setTitle(APP_NAME);
        alert.getDialogPane().setId("recovery-dialog");
        alert.setHeaderText("Restore unsaved work?");
        alert.setContentText(RecoveryText.describe(orphan, java.time.ZoneId.systemDefault()));
        java.util.Optional<javafx.scene.control.ButtonType> answer = alert.showAndWait();
        if (answer.isPresent() && answer.get() == restore) {
            restore(orphan);
        } else if (answer.isPresent() && answer.get() == discard) {
            autosave.store().discard(orphan);
        }
    }

    /** Opens a recovery copy as unsaved work and removes the copy (this designer now keeps its own). */
    void restore(RecoveryStore.Orphan orphan) {
        try {
            document.restore(autosave.store().load(orphan), orphan.file(), orphan.name());
        } catch (java.io.IOException e) {
            say("The recovery copy could not be read: " + dev.hybridnet.io.SafeText.escape(e.getMessage()));
            return;
        }
        autosave.store().discard(orphan);
        documentOpened();
        autosave.saveNow();
        say("Restored the unsaved work of " + orphan.name() + "; save it to keep it.");
    }

    javafx.stage.Window stageForDialogs() {
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

    /** Switches the window's theme (the canvas keeps the diagram's colours) and remembers it. */
    void useTheme(Theme newTheme) {
        theme = newTheme;
        scene.getStylesheets().setAll(newTheme.stylesheets());
        preferences.saveTheme(newTheme);
        if (actions != null) {
            actions.update();
        }
    }

    /** After New, Open or Open Sample: show the whole document. */
    void documentOpened() {
        canvas.fitToView();
    }

    /** Puts a message in the status bar (until the next change). */
    void say(String message) {
        statusBar.setText(message);
    }

    /** Everything on screen that depends on the document, after any change. */
    void refresh() {
        if (refreshing) {
            return; // a change made while refreshing (the findings handed to the editor): this pass covers it
        }
        refreshing = true;
        try {
            update();
        } finally {
            refreshing = false;
        }
    }

    private void update() {
        Diagram d = editor.diagram();
        validation.check(d);
        stage.setTitle(document.name() + (document.isDirty() ? " *" : "") + " - " + APP_NAME);
        zoom.setText(editor.viewport().percent() + " %");
        counts.setText(d.elements().size() + " elements, " + d.connections().size() + " connections");
        long errors = report.count(Severity.ERROR);
        long warnings = report.count(Severity.WARNING);
        findingsCount.setText(ProblemsPane.counts(report));
        findingsCount.getStyleClass().removeAll("severity-error", "severity-warning", "severity-ok");
        findingsCount.getStyleClass().add(errors > 0 ? "severity-error" : warnings > 0 ? "severity-warning"
                : "severity-ok");
        String status = editor.hint().filter(h -> !h.isBlank()).orElse(editor.status());
        statusBar.setText(status.isBlank() ? readyText() : status);
        actions.update();
        if (!editor.connectionChoices().isEmpty() && !choosing) {
            choosing = true;
            javafx.application.Platform.runLater(this::chooseConnection);
        }
    }

    private String name(String id) {
        return editor.diagram().element(id).map(e -> e.name()).orElse(id);
    }

    /** Several kinds of connection fit the two ends: a small chooser, then the chosen one is created. */
    private void chooseConnection() {
        java.util.List<dev.hybridnet.validation.ConnectionOption> options = editor.connectionChoices();
        if (options.isEmpty()) {
            choosing = false;
            return;
        }
        java.util.List<String> labels = options.stream().map(o -> dev.hybridnet.catalog.Catalog.rule(o.kind())
                .displayName() + " from " + name(o.from()) + " to " + name(o.to())).toList();
        javafx.scene.control.ChoiceDialog<String> dialog = new javafx.scene.control.ChoiceDialog<>(labels.get(0),
                labels);
        dialog.initOwner(stage);
        dialog.setTitle("Connect");
        dialog.setHeaderText("More than one kind of connection fits these two components.");
        dialog.setContentText("Kind:");
        java.util.Optional<dev.hybridnet.validation.ConnectionOption> chosen = dialog.showAndWait()
                .map(label -> options.get(labels.indexOf(label)));
        choosing = false;
        if (chosen.isPresent()) {
            editor.chooseConnection(chosen.get());
        } else {
            editor.useConnect(); // drops the offer; the connect tool stays for another try
        }
    }

    private void validated(Diagram d, ValidationReport newReport) {
        report = newReport;
        problems.show(newReport);
        editor.showFindings(newReport.findings());
        refresh();
    }

    private void checking() {
        problems.checking();
        editor.showFindings(java.util.List.of());
    }

    /** The report of the current diagram (for tests). */
    ValidationReport report() {
        return report;
    }

    ProblemsPane problems() {
        return problems;
    }

    private String readyText() {
        return switch (editor.tool().kind()) {
            case PLACE -> "Click where the new element goes; Escape cancels.";
            case CONNECT -> "Drag from one element to another to connect them; Escape returns to selecting.";
            case PAN -> "Drag to move the view.";
            default -> report.detected().isEmpty() ? "Ready"
                    : "Ready. Recognised: " + String.join(", ", report.detected().stream().map(r -> r.title())
                    .toList());
        };
    }

    boolean placing() {
        return editor.tool().kind() == ToolKind.PLACE;
    }

    private void acceptDroppedFiles(Scene scene) {
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles() && !e.getDragboard().getFiles().isEmpty();
            if (ok) {
                open(e.getDragboard().getFiles().get(0).toPath());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    private void restoreBounds() {
        preferences.windowBounds().ifPresent(b -> {
            boolean onScreen = !Screen.getScreensForRectangle(new Rectangle2D(b.x(), b.y(), b.width(),
                    b.height())).isEmpty();
            if (onScreen) {
                stage.setX(b.x());
                stage.setY(b.y());
            }
            stage.setWidth(b.width());
            stage.setHeight(b.height());
            stage.setMaximized(b.maximized());
        });
    }

    private void saveBounds() {
        preferences.saveWindowBounds(new AppPreferences.WindowBounds(stage.getX(), stage.getY(), stage.getWidth(),
                stage.getHeight(), stage.isMaximized()));
    }

    /** Palette placements, forwarded to the canvas in its own coordinates. */
    private final class Placing implements PaletteView.Target {

        private boolean dragging;

        @Override
        public void arm(PaletteEntry entry) {
            editor.usePlace(blueprint(entry));
            canvas.requestFocus();
        }

        @Override
        public void dragOver(PaletteEntry entry, Point2D scenePoint) {
            if (!dragging) {
                dragging = true;
                editor.usePlace(blueprint(entry));
            }
            canvas.local(scenePoint).ifPresent(p -> canvas.forward(p, PointerEvent.Type.MOVE));
        }

        @Override
        public void drop(PaletteEntry entry, Point2D scenePoint) {
            dragging = false;
            Optional<Point> at = canvas.local(scenePoint);
            if (at.isEmpty()) {
                editor.useSelect();
                say("Drop the component on the canvas to place it.");
                return;
            }
            canvas.forward(at.get(), PointerEvent.Type.RELEASE);
            if (placing()) {
                // Refused: the editor said why; go back to selecting so the next click does not place.
                String reason = editor.status();
                editor.useSelect();
                say(reason);
            }
            canvas.requestFocus();
        }

        private Blueprint blueprint(PaletteEntry entry) {
            return entry.preset().map(Blueprint::of).orElseGet(() -> Blueprint.of(entry.kind()));
        }
    }
}
