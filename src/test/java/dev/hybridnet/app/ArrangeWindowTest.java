package dev.hybridnet.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.layout.Misplaced;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.samples.HubSpokeGenerator;
import java.util.Optional;
import java.util.Set;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Arrange ▸ Tidy Up from the menu bar, as one undo step. */
@ExtendWith(ApplicationExtension.class)
class ArrangeWindowTest {

    private static final Preferences PREFS = Preferences.userRoot().node("dev/hybridnet/test-arrange");

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
    void tidyUpFromTheMenuLaysOutTheDiagramAndUndoPutsItBack(FxRobot robot) {
        Diagram untidy = HubSpokeGenerator.generate(6).withTitle("untidy");
        robot.interact(() -> {
            driver.window().document().startFrom(untidy, "Untitled");
            driver.window().documentOpened();
        });
        robot.clickOn("Arrange").clickOn("Tidy Up");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Optional.of("Undo Tidy up"), driver.editor().edit().undoLabel());
        assertEquals(Set.of(), Misplaced.of(driver.diagram()));
        assertTrue(!driver.editor().arrange().canPlaceNew(), "nothing is left without a place");
        robot.interact(() -> driver.editor().edit().undo());
        assertEquals(untidy, driver.diagram(), "one undo step");
        robot.interact(() -> driver.editor().edit().redo());
        assertNotEquals(untidy, driver.diagram());
    }
}
