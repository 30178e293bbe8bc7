package dev.hybridnet.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.editor.Editor;
import dev.hybridnet.editor.ToolKind;
import dev.hybridnet.geometry.Point;
import dev.hybridnet.geometry.Rect;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.samples.Sample;
import java.util.Optional;
import java.util.Set;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drives the real window's keys: single-key tools, which never fire while the user types (nor does Escape in a
 * text field touch the tool), the canvas's context menu, inline rename and Duplicate.
 */
@ExtendWith(ApplicationExtension.class)
class KeysWindowTest {

    private static final Preferences PREFS = Preferences.userRoot().node("dev/hybridnet/test-keys");

    private WindowDriver driver;

    @Start
    void start(Stage stage) throws Exception {
        driver = WindowDriver.open(stage, PREFS);
    }

    @AfterEach
    void clearPreferences() throws Exception {
        PREFS.clear();
    }

    private Editor editor() {
        return driver.editor();
    }

    private Diagram diagram() {
        return driver.diagram();
    }

    /** Clicks an element on the canvas, away from what it contains. */
    private void clickElement(FxRobot robot, String id) {
        Rect b = diagram().element(id).orElseThrow().bounds();
        robot.clickOn(driver.screen(robot, new Point(b.x() + 8, b.maxY() - 8)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void focusCanvas(FxRobot robot) {
        robot.interact(() -> robot.lookup("#canvas").query().requestFocus());
    }

    private ToolKind tool() {
        return editor().tool().kind();
    }

    @Test
    void singleKeysSwitchToolsOnTheCanvas(FxRobot robot) {
        driver.openSample(robot, Sample.VPN);
        focusCanvas(robot);
        robot.type(KeyCode.C);
        assertEquals(ToolKind.CONNECT, tool());
        robot.type(KeyCode.H);
        assertEquals(ToolKind.PAN, tool());
        robot.type(KeyCode.V);
        assertEquals(ToolKind.SELECT, tool());
    }

    @Test
    void keysTypedIntoTheInspectorNeverReachTheCanvas(FxRobot robot) {
        driver.openSample(robot, Sample.VPN);
        clickElement(robot, "vpngw");
        focusCanvas(robot);
        robot.type(KeyCode.C);
        assertEquals(ToolKind.CONNECT, tool());
        TextField name = robot.lookup("#inspector-name").queryAs(TextField.class);
        robot.clickOn(name).push(KeyCode.END).write("vch");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("vpngwvch", name.getText(), "the letters are the field's");
        assertEquals(ToolKind.CONNECT, tool(), "V, C and H typed into a field leave the tool alone");
        robot.type(KeyCode.F2).type(KeyCode.BACK_SPACE).type(KeyCode.DELETE);
        assertEquals(Optional.empty(), editor().edit().renaming(), "F2 in a field starts no rename on the canvas");
        assertTrue(diagram().hasId("vpngw"), "Delete and Backspace in a field delete nothing");
        assertEquals(Set.of("vpngw"), editor().selection().ids());
    }

    @Test
    void escapeWhileTypingInTheInspectorPutsTheFieldBackAndLeavesTheToolAlone(FxRobot robot) {
        driver.openSample(robot, Sample.VPN);
        clickElement(robot, "vpngw");
        robot.interact(() -> editor().useConnect());
        TextField name = robot.lookup("#inspector-name").queryAs(TextField.class);
        robot.clickOn(name).push(KeyCode.END).write("-x");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("vpngw", name.getText(), "Escape puts the value back");
        assertEquals(ToolKind.CONNECT, tool(), "Escape in a field is the field's");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ToolKind.CONNECT, tool(), "a second Escape, with nothing to put back, still is");
        assertEquals(Set.of("vpngw"), editor().selection().ids(), "and keeps the selection");
        assertEquals("vpngw", diagram().element("vpngw").orElseThrow().name());
    }

    @Test
    void escapeInASuggestionFieldPutsTheValueBackAndLeavesTheToolAlone(FxRobot robot) {
        driver.openSample(robot, Sample.VPN);
        clickElement(robot, "appliance");
        String device = diagram().element("appliance").orElseThrow().props().text("device").orElse("");
        robot.interact(() -> editor().useConnect());
        javafx.scene.control.ComboBox<?> combo = robot.lookup("#inspector-property-device")
                .queryAs(javafx.scene.control.ComboBox.class);
        robot.clickOn(combo.getEditor()).push(KeyCode.END).write("zz");
        assertEquals(device + "zz", combo.getEditor().getText());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(device, combo.getEditor().getText(), "Escape puts the value back");
        assertEquals(ToolKind.CONNECT, tool());
        assertEquals(device, diagram().element("appliance").orElseThrow().props().text("device").orElse(""));
    }

    @Test
    void aRightClickOnAnElementSelectsItAndItsMenuDuplicates(FxRobot robot) {
        driver.openSample(robot, Sample.VPN);
        Rect b = diagram().element("lng-onprem").orElseThrow().bounds();
        robot.rightClickOn(driver.screen(robot, b.center()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of("lng-onprem"), editor().selection().ids());
        CanvasView canvas = driver.window().canvas();
        assertTrue(canvas.contextMenu().isPresent(), "the menu shows");
        assertTrue(canvas.contextMenu().get().getItems().stream().anyMatch(i -> "Paste".equals(i.getText())
                && i.isDisable()), "Paste is disabled with nothing copied");
        robot.clickOn("Duplicate");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(diagram().hasId("lng-onprem-2"), "duplicated");
        assertEquals(Set.of("lng-onprem-2"), editor().selection().ids());
        assertEquals(Optional.of("Undo Duplicate lng-onprem"), editor().edit().undoLabel());
        assertFalse(canvas.contextMenu().isPresent());
    }

    @Test
    void shiftF10OpensTheMenuOfTheSelectionAndCtrlDDuplicates(FxRobot robot) {
        driver.openSample(robot, Sample.VPN);
        clickElement(robot, "lng-onprem");
        robot.press(KeyCode.SHIFT).type(KeyCode.F10).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(driver.window().canvas().contextMenu().isPresent());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        focusCanvas(robot);
        robot.push(KeyCode.CONTROL, KeyCode.D);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(diagram().hasId("lng-onprem-2"));
    }

    @Test
    void f2RenamesOnTheCanvasEnterKeepsEscapeCancels(FxRobot robot) {
        driver.openSample(robot, Sample.VPN);
        clickElement(robot, "vpngw");
        robot.type(KeyCode.F2);
        WaitForAsyncUtils.waitForFxEvents();
        TextField field = robot.lookup("#inline-rename").queryAs(TextField.class);
        assertTrue(field.isVisible() && field.isFocused(), "the field shows over the name, focused");
        assertEquals("vpngw", field.getText());
        robot.push(KeyCode.CONTROL, KeyCode.A).write("gw-main").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("gw-main", diagram().element("vpngw").orElseThrow().name());
        assertFalse(field.isVisible());
        assertEquals(ToolKind.SELECT, tool());
        robot.type(KeyCode.F2).write("vch").type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("gw-main", diagram().element("vpngw").orElseThrow().name(), "Escape keeps the old name");
        assertEquals(ToolKind.SELECT, tool(), "letters typed in the rename field are no tool keys");
        assertEquals(Set.of("vpngw"), editor().selection().ids(), "Escape in the field keeps the selection");
        Node canvas = robot.lookup("#canvas").query();
        assertTrue(canvas.isFocused(), "the canvas has the keys again");
    }

    @Test
    void aDoubleClickRenamesAndClickingElsewhereKeepsTheName(FxRobot robot) {
        driver.openSample(robot, Sample.VPN);
        Rect b = diagram().element("lng-onprem").orElseThrow().bounds();
        javafx.geometry.Point2D at = driver.screen(robot, b.center());
        robot.clickOn(at);
        // The headless robot's clicks never count as a double-click: the second click of one is sent as the
        // platform would send it.
        Node canvas = robot.lookup("#canvas").query();
        javafx.geometry.Point2D local = canvas.screenToLocal(at);
        robot.interact(() -> canvas.fireEvent(new javafx.scene.input.MouseEvent(
                javafx.scene.input.MouseEvent.MOUSE_CLICKED, local.getX(), local.getY(), at.getX(), at.getY(),
                javafx.scene.input.MouseButton.PRIMARY, 2, false, false, false, false, true, false, false, true,
                false, true, null)));
        WaitForAsyncUtils.waitForFxEvents();
        TextField field = robot.lookup("#inline-rename").queryAs(TextField.class);
        assertTrue(field.isVisible());
        robot.push(KeyCode.CONTROL, KeyCode.A).write("branch");
        robot.clickOn(driver.screen(robot, diagram().element("vpngw").orElseThrow().bounds().center()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("branch", diagram().element("lng-onprem").orElseThrow().name());
        assertEquals(Optional.of("Undo Rename lng-onprem"), editor().edit().undoLabel());
    }
}
