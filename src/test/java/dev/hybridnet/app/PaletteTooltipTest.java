package dev.hybridnet.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A palette row gets its tooltip when the pointer first comes over it, and the tooltip then shows as before. */
@ExtendWith(ApplicationExtension.class)
class PaletteTooltipTest {

    private static final Preferences PREFS = Preferences.userRoot().node("dev/hybridnet/test-palette-tooltip");

    @Start
    void start(Stage stage) throws Exception {
        WindowDriver.open(stage, PREFS);
    }

    @AfterEach
    void clearPreferences() throws Exception {
        PREFS.clear();
    }

    private static Tooltip tooltipOf(Node node) {
        return (Tooltip) node.getProperties().get("javafx.scene.control.Tooltip");
    }

    @Test
    void hoveringARowGivesItsNameAndDescription(FxRobot robot) throws Exception {
        Node row = robot.lookup("#palette-virtual-network").query();
        assertNull(tooltipOf(row), "no tooltip is made before the pointer comes over the row");
        robot.moveTo(row);
        WaitForAsyncUtils.waitForFxEvents();
        Tooltip tooltip = tooltipOf(row);
        assertTrue(tooltip != null, "the row has its tooltip once hovered");
        assertTrue(tooltip.getText().startsWith("Virtual network\n"), tooltip.getText());
        robot.moveBy(3, 1);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, tooltip::isShowing);
        robot.moveTo("#palette-subnet");
        WaitForAsyncUtils.waitForFxEvents();
        Tooltip other = tooltipOf(robot.lookup("#palette-subnet").query());
        assertTrue(other != null && other != tooltip, "each row its own tooltip");
        assertEquals(tooltip, tooltipOf(row), "made once, kept");
    }
}
