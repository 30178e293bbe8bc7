package dev.hybridnet.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.editor.Checking;
import dev.hybridnet.io.DiagramWriter;
import dev.hybridnet.io.RecoveryStore;
import dev.hybridnet.samples.Sample;
import dev.hybridnet.samples.Samples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.stage.Stage;
import org.controlsfx.control.SegmentedButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import javafx.scene.input.KeyCode;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the window's first frame holds and how it gets there (decision 0026): the file named on the command line
 * opened before the window is shown, the inspector's sections with their rows only, menus that make their items
 * when first opened (with working shortcuts before), no rename field until a rename, and the problems panel's table
 * only once there is a finding.
 */
@ExtendWith(ApplicationExtension.class)
class FirstFrameWindowTest {

    private static final Preferences PREFS = Preferences.userRoot().node("dev/hybridnet/test-first-frame");

    @TempDir
    Path dir;

    private Stage stage;
    private MainWindow window;

    @Start
    void start(Stage primary) {
        this.stage = primary;
    }

    @AfterEach
    void clearPreferences() throws Exception {
        PREFS.clear();
    }

    /** A main window on the test's stage, built but not shown, with its checks run at once. */
    private MainWindow build(FxRobot robot) throws Exception {
        PREFS.clear();
        robot.interact(() -> window = new MainWindow(stage, new AppPreferences(PREFS),
                new RecoveryStore(dir.resolve("recovery")), Checking.Policy.immediate()));
        return window;
    }

    /** As a user starts it with the hub-spoke sample named on the command line: built, opened, shown. */
    private void startWithSample(FxRobot robot) throws Exception {
        build(robot);
        Path file = sampleFile(Sample.HUB_SPOKE);
        robot.interact(() -> window.showWith(Optional.of(file)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Path sampleFile(Sample sample) throws Exception {
        Path file = dir.resolve("start.hybridnet.json");
        new DiagramWriter().save(Samples.load(sample), file);
        return file;
    }

    @Test
    void theFileOnTheCommandLineIsOpenBeforeTheWindowShowsAndFitsTheView(FxRobot robot) throws Exception {
        Path file = sampleFile(Sample.HUB_SPOKE);
        build(robot);
        boolean[] openWhenShown = new boolean[1];
        stage.setOnShown(e -> openWhenShown[0] = window.editor().diagram().elements().size() > 0);
        robot.interact(() -> window.showWith(Optional.of(file)));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(openWhenShown[0], "the diagram was there when the window first showed");
        assertEquals(Samples.load(Sample.HUB_SPOKE), window.editor().diagram());
        assertTrue(stage.getTitle().startsWith("start.hybridnet.json"), stage.getTitle());
        assertEquals(List.of(file.toAbsolutePath().normalize()), new AppPreferences(PREFS).recentFiles());
        // The fit was made for the laid-out canvas, not for the size it had before the window showed.
        var fitted = window.editor().viewport();
        robot.interact(() -> window.canvas().fitToView());
        assertEquals(fitted, window.editor().viewport());
        assertTrue(robot.lookup("#error-dialog").tryQuery().isEmpty());
        // The canvas's rename field joins the window at the first rename (KeysWindowTest renames).
        assertTrue(robot.lookup("#inline-rename").tryQuery().isEmpty());
    }

    @Test
    void theStartUpMeasureReportsOnTheRenderThreadAfterThePaintingQueuedBeforeIt(FxRobot robot) throws Exception {
        startWithSample(robot);
        // The report of tools/startup-time.sh waits for the frame's painting: it runs as a job of JavaFX's render
        // thread, behind the painting the pulse queued there, and not on this thread at the next pulse.
        java.util.concurrent.CompletableFuture<String> reported = new java.util.concurrent.CompletableFuture<>();
        robot.interact(() -> {
            window.canvas().requestLayout();
            FirstFrameReport.afterFirstPainting(() -> reported.complete(Thread.currentThread().getName()));
        });
        String thread = reported.get(10, java.util.concurrent.TimeUnit.SECONDS);
        assertTrue(thread.startsWith("QuantumRenderer"), thread);
    }

    @Test
    void theToolbarsTooltipsWaitForAHoverAndTheStatusBarHasNoHiddenProgressBar(FxRobot robot) throws Exception {
        startWithSample(robot);
        ToolBar bar = robot.lookup("#tool-bar").queryAs(ToolBar.class);
        List<javafx.scene.control.Button> buttons = bar.getItems().stream()
                .filter(javafx.scene.control.Button.class::isInstance).map(javafx.scene.control.Button.class::cast).toList();
        assertEquals(List.of("New", "Open…", "Save", "Undo", "Redo", "Select", "Connect", "Pan", "Zoom Out", "Zoom In",
                "Zoom to Fit", "Export…"), buttons.stream().map(javafx.scene.control.Button::getText).toList());
        assertTrue(buttons.stream().allMatch(b -> b.getTooltip() == null), "no tooltip is made before a hover");
        javafx.scene.control.Button zoomIn = buttons.get(9);
        robot.moveTo(zoomIn);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(zoomIn.getTooltip().getText().startsWith("Zoom In ("), zoomIn.getTooltip().getText());
        assertTrue(robot.lookup(n -> n instanceof javafx.scene.control.ProgressIndicator).tryQuery().isEmpty(),
                "no progress bar in the window");
        assertTrue(robot.lookup("#status-message").queryAs(Label.class).getText().startsWith("Ready"));
    }

    @Test
    void aFileThatCannotBeReadIsReportedOverTheShownWindow(FxRobot robot) throws Exception {
        Path bad = dir.resolve("broken.hybridnet.json");
        Files.writeString(bad, "{ \"format\": \"hybridnet-diagram\", \"version\": 1, \"elements\": [ }");
        build(robot);
        robot.interact(() -> assertFalse(window.fileActions().openBeforeShown(bad)));
        assertTrue(window.editor().diagram().elements().isEmpty(), "nothing opened");
        assertFalse(stage.isShowing());
        robot.interact(() -> window.showWith(Optional.of(bad)));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stage.isShowing());
        Node dialog = robot.lookup("#error-dialog").query();
        String text = ((javafx.scene.control.DialogPane) dialog).getContentText();
        assertTrue(text.contains("broken.hybridnet.json") && text.contains("line 1, column"), text);
        robot.clickOn("OK");
    }

    @Test
    void theInspectorsSectionsHoldTheirRowsOnly(FxRobot robot) throws Exception {
        startWithSample(robot);
        Node inspector = robot.lookup("#inspector").query();
        java.util.function.Predicate<Node> stockSkinParts = n -> n instanceof ToolBar || n instanceof SegmentedButton;
        assertTrue(robot.from(inspector).lookup(stockSkinParts).queryAll().isEmpty(),
                "no search field, mode switcher or toolbar of the stock skin");
        Node section = robot.lookup("#inspector-section-Diagram").query();
        List<String> names = robot.from(section).lookup(".label")
                .queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertTrue(names.containsAll(List.of("Title", "Reference", "Contents")), names.toString());
        TextField title = robot.from(inspector).lookup(".text-field").queryAs(TextField.class);
        assertEquals(window.editor().diagram().title(), title.getText());
        // Rows with a description: the tooltip is made on the first hover and says it.
        robot.interact(() -> window.editor().select(List.of("vnet-hub")));
        WaitForAsyncUtils.waitForFxEvents();
        Label described = robot.from(inspector).lookup(".label").queryAllAs(Label.class)
                .stream().filter(l -> l.getLabelFor() != null && l.getText().equals("Address spaces")).findFirst()
                .orElseThrow();
        assertNull(described.getTooltip(), "no tooltip before the pointer comes over the name");
        robot.moveTo(described);
        WaitForAsyncUtils.waitForFxEvents();
        Tooltip tip = described.getTooltip();
        assertTrue(tip != null && !tip.getText().isBlank(), "the name's description once hovered");
    }

    @Test
    void menusMakeTheirItemsWhenFirstOpenedAndTheirShortcutsWorkBefore(FxRobot robot) throws Exception {
        startWithSample(robot);
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        assertEquals(List.of("File", "Edit", "Tools", "Arrange", "View", "Help"),
                bar.getMenus().stream().map(Menu::getText).toList());
        for (Menu menu : bar.getMenus()) {
            assertEquals(1, menu.getItems().size(), menu.getText() + " has no items of its own before it opens");
        }
        // A shortcut before any menu was opened: Select All (Shortcut+A) on the canvas selects everything.
        robot.clickOn("#canvas");
        robot.press(KeyCode.SHORTCUT, KeyCode.A).release(KeyCode.A, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(everything(), window.editor().selection().ids().size());
        // Undo is disabled with nothing to undo: its shortcut does nothing.
        var before = window.editor().diagram();
        robot.press(KeyCode.SHORTCUT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, window.editor().diagram());
        // Opening the Edit menu makes its items, with their shortcuts; the shortcut still selects all after that.
        robot.clickOn("Edit");
        WaitForAsyncUtils.waitForFxEvents();
        Menu edit = bar.getMenus().get(1);
        List<String> items = edit.getItems().stream().map(MenuItem::getText).toList();
        assertTrue(items.contains("Select All") && items.contains("Undo"), items.toString());
        assertTrue(edit.getItems().stream().anyMatch(i -> i.getAccelerator() != null));
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        robot.interact(() -> window.editor().select(List.of()));
        robot.clickOn("#canvas");
        robot.press(KeyCode.SHORTCUT, KeyCode.A).release(KeyCode.A, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(everything(), window.editor().selection().ids().size());
    }

    /** The number of elements and connections of the open diagram. */
    private int everything() {
        return window.editor().diagram().elements().size() + window.editor().diagram().connections().size();
    }

    @Test
    void theProblemsTableComesWithTheFirstFindingAndStaysWhileFiltered(FxRobot robot) throws Exception {
        startWithSample(robot);
        assertEquals(0, window.report().findings().size(), "the sample has no findings");
        assertTrue(robot.lookup("#problems-none").tryQuery().isPresent());
        assertTrue(robot.lookup("#problems-table").tryQuery().isEmpty(), "no table without a finding");
        // The first spoke given the hub's address space: an overlap, and the table with it.
        robot.interact(() -> window.editor().execute(new dev.hybridnet.command.SetProperty(
                Set.of("vnet-spoke1"), "addressSpaces", dev.hybridnet.model.PropValue.texts(List.of("10.0.0.0/16")))));
        WaitForAsyncUtils.waitForFxEvents();
        assertNotEquals(0, window.report().findings().size(), "an overlap with the hub");
        TableView<?> table = robot.lookup("#problems-table").queryAs(TableView.class);
        assertFalse(table.getItems().isEmpty());
        assertTrue(robot.lookup("#problems-none").tryQuery().isEmpty());
        // Every severity filtered out: still the table (its own line says nothing is shown), not "No problems".
        for (String s : List.of("error", "warning", "info")) {
            robot.lookup("#problems-filter-" + s).tryQueryAs(ToggleButton.class).ifPresent(b -> {
                robot.interact(() -> b.setSelected(false));
            });
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(table.getItems().isEmpty());
        assertTrue(robot.lookup("#problems-table").tryQuery().isPresent());
        // Undo: no finding, the line again.
        robot.interact(() -> window.editor().edit().undo());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#problems-none").tryQuery().isPresent());
        assertTrue(robot.lookup("#problems-table").tryQuery().isEmpty());
    }
}
