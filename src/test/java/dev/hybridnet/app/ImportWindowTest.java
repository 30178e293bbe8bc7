package dev.hybridnet.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.layout.Misplaced;
import dev.hybridnet.model.ElementKind;
import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File ▸ Import… as a user meets it: an untitled, unsaved, laid-out diagram and the report beside it. */
@ExtendWith(ApplicationExtension.class)
class ImportWindowTest {

    private static final Preferences PREFS = Preferences.userRoot().node("dev/hybridnet/test-import");

    private WindowDriver driver;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        driver = WindowDriver.open(stage, PREFS);
    }

    @AfterEach
    void clearPreferences() throws Exception {
        PREFS.clear();
    }

    @Test
    void anImportedTemplateOpensLaidOutAndUnsavedWithItsReport(FxRobot robot) {
        Path template = Path.of("src/test/resources/import/own/hub-spoke-vpn.json");
        robot.interact(() -> ImportAction.importFiles(stage, driver.window().document(), List.of(template),
                driver.window()::documentOpened));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(4, driver.diagram().elementsOfKind(ElementKind.VIRTUAL_NETWORK).size());
        assertEquals(java.util.Set.of(), Misplaced.of(driver.diagram()));
        assertTrue(stage.getTitle().startsWith("Untitled (imported) *"), stage.getTitle());
        DialogPane report = robot.lookup("#import-report").queryAs(DialogPane.class);
        String text = robot.lookup("#import-report-text").queryAs(TextArea.class).getText();
        assertTrue(report.getHeaderText().startsWith("Imported hub-spoke-vpn.json"), report.getHeaderText());
        assertTrue(text.contains("skipped  1 x Microsoft.Storage/storageAccounts"), text);
        assertTrue(text.contains("parameters.sharedKey"), text);
        robot.interact(() -> ((Stage) report.getScene().getWindow()).close());
    }

    @Test
    void aFileThatCannotBeImportedSaysWhyAndKeepsTheDocument(FxRobot robot) {
        driver.openSample(robot, dev.hybridnet.samples.Sample.VPN);
        var before = driver.diagram();
        Path hostile = Path.of("src/test/resources/import/hostile/not-json.json");
        robot.interact(() -> ImportAction.importFiles(stage, driver.window().document(), List.of(hostile),
                driver.window()::documentOpened));
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane error = robot.lookup("#error-dialog").queryAs(DialogPane.class);
        assertTrue(error.getContentText().contains("not JSON at line 1, column 1"), error.getContentText());
        assertEquals(before, driver.diagram(), "nothing lost");
        robot.interact(() -> ((Stage) error.getScene().getWindow()).close());
    }
}
