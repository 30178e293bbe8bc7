package dev.hybridnet.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.model.Element;
import dev.hybridnet.model.ElementKind;
import dev.hybridnet.model.PropValue;
import java.util.List;
import java.util.Optional;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A note placed from the palette and written in the inspector, in the real window. */
@ExtendWith(ApplicationExtension.class)
class NoteWindowTest {

    private static final Preferences PREFS = Preferences.userRoot().node("dev/hybridnet/test-ui-notes");

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
    void aNotePlacedFromThePaletteTakesMultiLineTextTypedInTheInspector(FxRobot robot) {
        robot.interact(() -> driver.editor().open(dev.hybridnet.model.Diagram.empty("Notes")));
        robot.clickOn("#palette-search").write("note");
        Node canvas = robot.lookup("#canvas").query();
        robot.drag("#palette-note").dropTo(canvas.localToScreen(200, 200));
        WaitForAsyncUtils.waitForFxEvents();
        List<Element> notes = driver.diagram().elementsOfKind(ElementKind.NOTE);
        assertEquals(1, notes.size(), driver.diagram().elements().toString());
        Element note = notes.get(0);
        assertEquals(java.util.Set.of(note.id()), driver.editor().selection().ids());

        TextArea text = robot.lookup("#inspector-property-text").queryAs(TextArea.class);
        assertEquals("Note", text.getText());
        robot.clickOn(text).push(KeyCode.CONTROL, KeyCode.A).write("Ask the network team").type(KeyCode.ENTER)
                .write("about the spokes").push(KeyCode.CONTROL, KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Optional.of(PropValue.text("Ask the network team\nabout the spokes")),
                driver.diagram().element(note.id()).orElseThrow().props().get("text"));
        assertTrue(driver.editor().edit().undoLabel().orElseThrow().startsWith("Undo"));
        assertEquals("0 elements, 0 connections, 1 annotation",
                robot.lookup("#status-counts").queryAs(Label.class).getText());
        assertEquals("0 errors, 0 warnings", robot.lookup("#status-findings").queryAs(Label.class).getText());
    }
}
