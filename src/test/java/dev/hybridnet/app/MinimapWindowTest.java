package dev.hybridnet.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.editor.Overview;
import dev.hybridnet.geometry.Point;
import dev.hybridnet.geometry.Rect;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.samples.HubSpokeGenerator;
import java.util.prefs.Preferences;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 20, feature 6: a minimap for large designs, in the canvas's corner. */
@ExtendWith(ApplicationExtension.class)
class MinimapWindowTest {

    private static final Preferences PREFS = Preferences.userRoot().node("dev/hybridnet/test-minimap");

    private WindowDriver driver;

    @Start
    void start(Stage stage) throws Exception {
        driver = WindowDriver.open(stage, PREFS);
    }

    @AfterEach
    void clearPreferences() throws Exception {
        PREFS.clear();
    }

    @Test
    void clickingInTheMinimapCentresTheViewThereAndCtrlMHidesIt(FxRobot robot) {
        Diagram large = HubSpokeGenerator.generate(80);
        robot.interact(() -> {
            driver.window().document().startFrom(large, "Untitled");
            driver.window().documentOpened();
        });
        WaitForAsyncUtils.waitForFxEvents();
        MinimapView minimap = robot.lookup("#minimap").queryAs(MinimapView.class);
        assertFalse(minimap.isVisible(), "fitted, the whole design is in view: the minimap keeps out of the way");
        robot.interact(() -> driver.editor().view().zoomToActualSize());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(minimap.isVisible(), "at 100 % most of the design is out of view: the minimap shows");
        Overview o = minimap.overview();
        assertTrue(o.visible().width() < Overview.SIZE.width() / 2, "at 100 % the view is a small frame in it: "
                + o.visible());

        // Click near the minimap's bottom-right drawing: the view moves there.
        Rect corner = o.toBox(new Rect(driver.diagram().elements().stream().map(e -> e.bounds())
                .reduce(Rect::union).orElseThrow().maxX() - 50, 0, 10, 10));
        Point target = new Point(corner.x(), Overview.SIZE.height() / 2);
        Bounds b = minimap.localToScreen(minimap.getBoundsInLocal());
        robot.clickOn(b.getMinX() + target.x(), b.getMinY() + target.y());
        WaitForAsyncUtils.waitForFxEvents();
        Point wanted = o.toWorld(target);
        Rect shown = driver.editor().viewport().visible(driver.editor().view().viewSize());
        assertEquals(wanted.x(), shown.center().x(), 1 / o.scale(), "centred where the minimap was clicked (to a pixel of it)");
        assertEquals(wanted.y(), shown.center().y(), 1 / o.scale());

        Node canvas = robot.lookup("#canvas").query();
        robot.clickOn(canvas).push(KeyCode.CONTROL, KeyCode.M);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(minimap.isVisible(), "View ▸ Show Minimap (Ctrl+M) hides it");
        assertFalse(PREFS.getBoolean("minimap", true), "and that is remembered");
    }
}
