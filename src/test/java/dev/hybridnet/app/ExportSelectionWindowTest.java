package dev.hybridnet.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.export.PictureFormat;
import dev.hybridnet.samples.Sample;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.prefs.Preferences;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.application.Platform;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File ▸ Export with "Selection only": the real dialog, ticked, exports the selected spoke and nothing else. */
@ExtendWith(ApplicationExtension.class)
class ExportSelectionWindowTest {

    private static final Preferences PREFS = Preferences.userRoot().node("dev/hybridnet/test-ui-export-selection");

    private WindowDriver driver;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) throws Exception {
        driver = WindowDriver.open(stage, PREFS);
    }

    @AfterEach
    void clearPreferences() throws Exception {
        PREFS.clear();
    }

    @Test
    void tickingSelectionOnlyExportsTheSelectedSpokeWithItsContentsOnly(FxRobot robot) throws Exception {
        driver.openSample(robot, Sample.HUB_SPOKE);
        Path out = dir.resolve("spoke.svg");
        robot.interact(() -> {
            driver.editor().select(List.of("vnet-spoke1"));
            driver.window().fileActions().answerExportFilesWith(choice -> Optional.of(out));
        });
        Platform.runLater(() -> driver.window().fileActions().export());
        WaitForAsyncUtils.waitForFxEvents();
        ChoiceBox<PictureFormat> format = robot.lookup("#export-format").query();
        robot.interact(() -> format.setValue(PictureFormat.SVG));
        CheckBox only = robot.lookup("#export-selection-only").query();
        assertFalse(only.isDisabled(), "offered while something is selected");
        assertFalse(only.isSelected());
        robot.clickOn(only);
        assertTrue(only.isSelected());
        robot.clickOn("#export-go"); // the dialog's button, not the toolbar's of the same name
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(Files.exists(out), "nothing written to " + out);
        Set<String> ids = new TreeSet<>();
        Matcher m = Pattern.compile("data-element-id=\"([^\"]+)\"").matcher(Files.readString(out));
        while (m.find()) {
            ids.add(m.group(1));
        }
        assertEquals(new TreeSet<>(Set.of("vnet-spoke1", "spoke1-workload", "vm-spoke1-1", "vm-spoke1-2",
                "vm-spoke1-3")), ids);
        assertTrue(driver.window().fileActions().preferences().exportChoice(
                new ExportDialog.Choice(PictureFormat.PNG, dev.hybridnet.render.PictureStyle.CARD, 1,
                        dev.hybridnet.export.Background.WHITE)).selectionOnly(), "remembered for the next export");
    }
}
