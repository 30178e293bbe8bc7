package dev.hybridnet.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.command.SetProperty;
import dev.hybridnet.editor.Checking;
import dev.hybridnet.editor.Editor;
import dev.hybridnet.model.PropValue;
import dev.hybridnet.render.Shape;
import dev.hybridnet.samples.Sample;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.prefs.Preferences;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every check runs in the background on a worker the test runs by hand, so an edit can be made while the check of
 * the diagram before it is still "running". Whatever the window shows in that time must be "checking", never the
 * previous diagram's counts, findings, badges or recognised references.
 */
@ExtendWith(ApplicationExtension.class)
class StaleReportTest {

    private static final Preferences PREFS = Preferences.userRoot().node("dev/hybridnet/test-stale");

    private final Queue<Runnable> worker = new ConcurrentLinkedQueue<>();
    private final Queue<Runnable> ui = new ConcurrentLinkedQueue<>();
    private WindowDriver driver;

    @Start
    void start(Stage stage) throws Exception {
        driver = WindowDriver.open(stage, PREFS, new dev.hybridnet.io.RecoveryStore(
                dev.hybridnet.io.RecoveryStore.defaultFolder()), new Checking.Policy(-1, worker::add, ui::add));
    }

    @AfterEach
    void clearPreferences() throws Exception {
        PREFS.clear();
    }

    /** The slow check finishes: the worker's queue, then the hand-over on the JavaFX thread. */
    private void finishChecks(FxRobot robot) {
        List<Runnable> work = new ArrayList<>(worker);
        worker.clear();
        work.forEach(Runnable::run);
        robot.interact(() -> {
            List<Runnable> handOver = new ArrayList<>(ui);
            ui.clear();
            handOver.forEach(Runnable::run);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Editor editor() {
        return driver.editor();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private boolean badges() {
        return editor().drawing().shapes().stream().anyMatch(s -> s instanceof Shape.Group g
                && g.role().startsWith("badge"));
    }

    private static int inspectorFindings(FxRobot robot) {
        return robot.lookup("#inspector-findings").queryAs(VBox.class).getChildren().size();
    }

    @Test
    void anEditDuringASlowCheckShowsCheckingEverywhereUntilItsOwnReportArrives(FxRobot robot) {
        driver.openSample(robot, Sample.VPN);
        assertEquals(StatusLine.CHECKING, text(robot, "#status-findings"), "the opened sample is being checked");
        finishChecks(robot);
        assertEquals("0 errors, 0 warnings", text(robot, "#status-findings"));
        assertTrue(robot.lookup("#status-message").queryAs(javafx.scene.control.Label.class).getText().contains("Recognised"));

        // A gateway subnet that is too small: one warning, on the subnet.
        robot.interact(() -> {
            editor().select(List.of("gwsubnet"));
            editor().execute(new SetProperty("gwsubnet", "addressPrefix", PropValue.text("10.20.255.248/29")));
        });
        finishChecks(robot);
        assertEquals("0 errors, 1 warning", text(robot, "#status-findings"));
        assertEquals(1, driver.window().problems().visibleFindings().size());
        assertTrue(inspectorFindings(robot) > 0, "the inspector lists the subnet's finding");
        assertTrue(badges());

        // Another edit while its check is still running: nothing of the last answer may remain on show.
        robot.interact(() -> editor().execute(new SetProperty("gwsubnet", "addressPrefix",
                PropValue.text("10.20.255.224/27"))));
        assertTrue(editor().checked().isEmpty(), "the new diagram's check has not finished");
        assertEquals(StatusLine.CHECKING, text(robot, "#status-findings"), "no stale counts");
        assertEquals(List.of(), driver.window().problems().visibleFindings(), "no stale rows in the table");
        assertTrue(robot.lookup("#problems").queryAs(ProblemsPane.class).isDisabled());
        assertEquals(0, inspectorFindings(robot), "no stale findings in the inspector");
        assertFalse(badges(), "no stale badges on the canvas");
        assertFalse(robot.lookup("#status-message").queryAs(javafx.scene.control.Label.class).getText().contains("Recognised"),
                "no stale recognised references");

        finishChecks(robot);
        assertEquals("0 errors, 0 warnings", text(robot, "#status-findings"), "a /27 is large enough");
        assertEquals(List.of(), driver.window().problems().visibleFindings());
        assertFalse(robot.lookup("#problems").queryAs(ProblemsPane.class).isDisabled());
        assertFalse(badges());
    }

    @Test
    void undoingBackToACheckedDiagramShowsItsReportAtOnce(FxRobot robot) {
        driver.openSample(robot, Sample.VPN);
        finishChecks(robot);
        robot.interact(() -> editor().execute(new SetProperty("gwsubnet", "addressPrefix",
                PropValue.text("10.20.255.248/29"))));
        assertEquals(StatusLine.CHECKING, text(robot, "#status-findings"));
        robot.interact(() -> editor().edit().undo());
        assertEquals("0 errors, 0 warnings", text(robot, "#status-findings"),
                "the sample as opened was checked before: its report is remembered");
        assertTrue(worker.size() <= 1, "no new check started for the remembered diagram");
    }

    @Test
    void eachChangeIsPaintedOnceAndTheArrivingReportOnceMore(FxRobot robot) {
        driver.openSample(robot, Sample.VPN);
        finishChecks(robot);
        CanvasView canvas = robot.lookup("#canvas").queryAs(CanvasView.class);
        long before = canvas.paints();
        robot.interact(() -> editor().execute(new SetProperty("gwsubnet", "addressPrefix",
                PropValue.text("10.20.255.248/29"))));
        assertEquals(before + 1, canvas.paints(), "the edit: one paint, showing 'checking'");
        finishChecks(robot);
        assertEquals(before + 2, canvas.paints(), "its report: one more, with the badge");
        assertTrue(badges());
    }
}
