package dev.hybridnet.app;

import static dev.hybridnet.command.Tiny.element;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.geometry.Point;
import dev.hybridnet.geometry.Rect;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.ElementKind;
import dev.hybridnet.render.Shape;
import java.util.List;
import java.util.Optional;
import java.util.prefs.Preferences;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Smart guides and Align in the real window: a mouse drag snaps, the View menu turns them off for good. */
@ExtendWith(ApplicationExtension.class)
class SmartGuidesWindowTest {

    private static final Preferences PREFS = Preferences.userRoot().node("dev/hybridnet/test-guides");

    private WindowDriver driver;

    @Start
    void start(Stage stage) throws Exception {
        driver = WindowDriver.open(stage, PREFS);
    }

    @AfterEach
    void clearPreferences() throws Exception {
        PREFS.clear();
    }

    /** A subnet with vm-a at (107, 100) and vm-b at (400, 300). */
    private void openTwoVms(FxRobot robot) {
        Diagram two = new Diagram("guides", Optional.empty(), List.of(
                element("vnet", ElementKind.VIRTUAL_NETWORK, "vnet", null, new Rect(0, 0, 1000, 700)),
                element("snet", ElementKind.SUBNET, "snet-app", "vnet", new Rect(20, 40, 960, 640)),
                element("vm-a", ElementKind.VIRTUAL_MACHINE, "vm-a", "snet", new Rect(107, 100, 48, 48)),
                element("vm-b", ElementKind.VIRTUAL_MACHINE, "vm-b", "snet", new Rect(400, 300, 48, 48))),
                List.of());
        robot.interact(() -> {
            driver.window().document().startFrom(two, "Untitled");
            driver.window().documentOpened();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private boolean guidesDrawn() {
        return driver.editor().drawing().shapes().stream().anyMatch(s -> s instanceof Shape.Group g
                && g.role().equals("smart-guides"));
    }

    private Rect bounds(String id) {
        return driver.diagram().element(id).orElseThrow().bounds();
    }

    @Test
    void draggingAVmNearASiblingsColumnSnapsItIntoLine(FxRobot robot) {
        openTwoVms(robot);
        double pixel = 1 / driver.editor().viewport().scale();
        // vm-b's left edge 3 screen pixels right of vm-a's, 100 units lower.
        Point2D from = driver.screen(robot, new Point(424, 324));
        Point2D to = driver.screen(robot, new Point(424 - 293 + 3 * pixel, 424));
        var drag = robot.drag(from).moveBy(-40, 20).moveTo(to);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(guidesDrawn(), "a guide is drawn during the drag");
        drag.drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(107, bounds("vm-b").x(), 1e-9, "snapped onto vm-a's left edge: " + bounds("vm-b"));
        assertFalse(guidesDrawn(), "the guide goes with the drag");
        assertEquals(Optional.of("Undo Move vm-b"), driver.editor().edit().undoLabel());
    }

    @Test
    void smartGuidesTurnedOffInTheViewMenuStayOffAndMovesAreFree(FxRobot robot) {
        openTwoVms(robot);
        assertTrue(new AppPreferences(PREFS).smartGuides(), "on at first");
        robot.clickOn("View").clickOn("Smart Guides");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(driver.editor().view().smartGuides());
        assertFalse(new AppPreferences(PREFS).smartGuides(), "remembered");
        double pixel = 1 / driver.editor().viewport().scale();
        robot.drag(driver.screen(robot, new Point(424, 324))).moveBy(-40, 20)
                .moveTo(driver.screen(robot, new Point(424 - 293 + 3 * pixel, 424))).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(bounds("vm-b").x() > 107.5, "not snapped: " + bounds("vm-b"));
    }

    @Test
    void alignLeftFromItsShortcutLinesUpTheSelectionAsOneStep(FxRobot robot) {
        openTwoVms(robot);
        robot.interact(() -> {
            robot.lookup("#canvas").query().requestFocus();
            driver.editor().select(List.of("vm-a", "vm-b"));
        });
        robot.push(KeyCode.ALT, KeyCode.SHIFT, KeyCode.L);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(107, bounds("vm-b").x());
        assertEquals(Optional.of("Undo Align left"), driver.editor().edit().undoLabel());
    }
}
