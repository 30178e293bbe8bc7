package dev.hybridnet.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.command.Move;
import dev.hybridnet.editor.Editor;
import dev.hybridnet.geometry.Point;
import dev.hybridnet.geometry.Rect;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Props;
import dev.hybridnet.samples.Sample;
import dev.hybridnet.samples.Samples;
import dev.hybridnet.validation.Finding;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.prefs.Preferences;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
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

/** Drives the inspector of the real main window (headless, Monocle): edits, checks as you type, quick fixes. */
@ExtendWith(ApplicationExtension.class)
class InspectorTest {

    private static final Preferences PREFS = Preferences.userRoot().node("dev/hybridnet/test-inspector");

    private MainWindow window;
    private WindowDriver driver;

    @Start
    void start(Stage stage) throws Exception {
        driver = WindowDriver.open(stage, PREFS);
        window = driver.window();
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

    private void openSample(FxRobot robot, Sample sample) {
        driver.openSample(robot, sample);
    }

    private Point2D screen(FxRobot robot, Point world) {
        return driver.screen(robot, world);
    }

    /** Clicks an element on the canvas, away from what it contains. */
    private void clickElement(FxRobot robot, String id) {
        Rect b = diagram().element(id).orElseThrow().bounds();
        robot.clickOn(screen(robot, new Point(b.x() + 8, b.maxY() - 8)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Props props(String id) {
        return diagram().element(id).map(e -> e.props())
                .orElseGet(() -> diagram().connection(id).orElseThrow().props());
    }

    private static boolean has(List<Finding> findings, String rule) {
        return findings.stream().anyMatch(f -> f.rule().equals(rule));
    }

    @SuppressWarnings("unchecked")
    private List<Finding> problemsList(FxRobot robot) {
        // A design without findings shows a line instead of the table.
        return robot.lookup("#problems-table").tryQueryAs(javafx.scene.control.TableView.class)
                .map(t -> List.<Finding>copyOf(t.getItems())).orElse(List.of());
    }

    private TextField field(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(TextField.class);
    }

    /** Replaces the text of a field the way a user does: click, select all, type. */
    private void type(FxRobot robot, String id, String text) {
        robot.clickOn("#" + id).push(KeyCode.CONTROL, KeyCode.A).write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Ctrl+Z on the canvas; focused without a click, since two clicks in a row on an element are a double-click. */
    private void undo(FxRobot robot) {
        robot.interact(() -> robot.lookup("#canvas").query().requestFocus());
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aSlash29GatewaySubnetBringsTheFindingItsQuickFixRemovesItAndBothUndo(FxRobot robot) {
        openSample(robot, Sample.VPN);
        clickElement(robot, "gwsubnet");
        assertEquals("GatewaySubnet", robot.lookup("#inspector-heading").queryAs(Label.class).getText());
        assertEquals("10.20.255.224/27", field(robot, "inspector-property-addressPrefix").getText());

        type(robot, "inspector-property-addressPrefix", "10.20.255.248/29");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("10.20.255.248/29", props("gwsubnet").text("addressPrefix").orElse(""));
        assertEquals(Optional.of("Undo Set address prefix of GatewaySubnet"), editor().edit().undoLabel());
        assertTrue(has(editor().findings(), "gateway-subnet-size"), editor().findings().toString());
        assertTrue(has(problemsList(robot), "gateway-subnet-size"), "the problems panel lists it");

        assertEquals("Apply fix: Widen GatewaySubnet to 10.20.255.224/27",
                robot.lookup("#inspector-fix-gateway-subnet-size").queryAs(javafx.scene.control.Button.class).getText(),
                "the one button says what it does");
        assertTrue(robot.lookup("#inspector-findings .label").queryAllAs(Label.class).stream()
                .noneMatch(l -> l.getText().startsWith("Fix:")),
                "issue 20: a separate 'Fix: ...' line looked like a button but was not one");
        robot.clickOn("#inspector-fix-gateway-subnet-size");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("10.20.255.224/27", props("gwsubnet").text("addressPrefix").orElse(""));
        assertFalse(has(editor().findings(), "gateway-subnet-size"));
        assertFalse(has(problemsList(robot), "gateway-subnet-size"));
        assertTrue(robot.lookup("#inspector-fix-gateway-subnet-size").tryQuery().isEmpty(), "the button is gone");
        javafx.scene.Node focused = robot.lookup("#canvas").query().getScene().getFocusOwner();
        assertEquals("canvas", focused == null ? null : focused.getId(),
                "issue 20: after Apply fix the focus went to the palette's search field, not back to the canvas");
        assertEquals(Optional.of("Undo Widen GatewaySubnet to 10.20.255.224/27"), editor().edit().undoLabel());
        assertEquals("10.20.255.224/27", field(robot, "inspector-property-addressPrefix").getText());

        undo(robot);
        assertEquals("10.20.255.248/29", props("gwsubnet").text("addressPrefix").orElse(""));
        assertTrue(has(editor().findings(), "gateway-subnet-size"), "undoing the fix brings the finding back");
        assertEquals("10.20.255.248/29", field(robot, "inspector-property-addressPrefix").getText(),
                "the inspector follows the undo");
        undo(robot);
        assertEquals(Samples.load(Sample.VPN), diagram());
        assertFalse(editor().edit().canUndo());
    }

    @Test
    void anInvalidPrefixIsMarkedWithTheParsersMessageAndNotCommitted(FxRobot robot) {
        openSample(robot, Sample.VPN);
        clickElement(robot, "gwsubnet");
        Diagram before = diagram();
        type(robot, "inspector-property-addressPrefix", "10.20.255.249/29");
        Label message = robot.lookup("#inspector-message").queryAs(Label.class);
        assertTrue(message.isVisible());
        String problem = "'10.20.255.249/29' is not a network prefix because its host bits are set (did you mean "
                + "10.20.255.248/29?)";
        assertEquals("Address prefix: " + problem, message.getText());
        TextField prefix = field(robot, "inspector-property-addressPrefix");
        assertEquals(problem, prefix.getTooltip().getText());
        assertTrue(prefix.getStyleClass().contains(TextRowEditor.INVALID), "marked red");
        assertTrue(prefix.isFocused(), "typing keeps the focus");

        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(before, diagram(), "a bad value is not committed");
        assertFalse(editor().edit().canUndo());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("10.20.255.224/27", prefix.getText(), "Escape puts the value back");
        assertFalse(message.isVisible());
    }

    @Test
    void theFieldBeingTypedIntoKeepsItsFocusAndTextWhenTheDiagramChangesElsewhereAndARenameIsFixed(FxRobot robot) {
        openSample(robot, Sample.VPN);
        clickElement(robot, "gwsubnet");
        type(robot, "inspector-name", "GatewaySub");
        robot.interact(() -> editor().execute(new Move(Set.of("lng-onprem"), 10, 0)));
        WaitForAsyncUtils.waitForFxEvents();
        TextField name = field(robot, "inspector-name");
        assertTrue(name.isFocused());
        assertEquals("GatewaySub", name.getText());
        robot.write("net2").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("GatewaySubnet2", diagram().element("gwsubnet").orElseThrow().name());
        assertTrue(has(editor().findings(), "gateway-subnet-name"), "the gateway is no longer in GatewaySubnet");
        robot.clickOn("#inspector-fix-gateway-subnet-name");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("GatewaySubnet", diagram().element("gwsubnet").orElseThrow().name());
        assertEquals("GatewaySubnet", name.getText());
        assertEquals(Optional.of("Undo Rename subnet 'GatewaySubnet2' to GatewaySubnet"),
                editor().edit().undoLabel());
    }

    @Test
    void editingKeysInAFieldStayInTheField(FxRobot robot) {
        openSample(robot, Sample.VPN);
        clickElement(robot, "gwsubnet");
        Diagram before = diagram();
        robot.clickOn("#inspector-name").push(KeyCode.HOME).push(KeyCode.DELETE).push(KeyCode.CONTROL, KeyCode.A);
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(before, diagram(), "Delete in a field deletes a character, not the element");
        assertEquals(Set.of("gwsubnet"), editor().selection().ids(), "Ctrl+A in a field selects its text");
        assertEquals("atewaySubnet", field(robot, "inspector-name").getText());
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(before, diagram());
    }

    @Test
    void theVpnGatewaysSkuIsChosenInAChoiceBox(FxRobot robot) {
        openSample(robot, Sample.VPN);
        Rect gateway = diagram().element("vpngw").orElseThrow().bounds();
        robot.clickOn(screen(robot, gateway.center()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("vpngw", robot.lookup("#inspector-heading").queryAs(Label.class).getText());
        robot.clickOn("#inspector-property-sku");
        robot.clickOn("VpnGw3");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("VpnGw3", props("vpngw").text("sku").orElse(""));
        assertEquals(Optional.of("Undo Set SKU of vpngw"), editor().edit().undoLabel());
        undo(robot);
        assertEquals("VpnGw2AZ", props("vpngw").text("sku").orElse(""));
    }

    @Test
    void aPeeringFlagIsToggledAndItsQuickFixSetsItBack(FxRobot robot) {
        openSample(robot, Sample.HUB_SPOKE);
        robot.interact(() -> editor().select(List.of("peering-hub-spoke1")));
        WaitForAsyncUtils.waitForFxEvents();
        CheckBox transit = robot.lookup("#inspector-flag-from-allowGatewayTransit").queryAs(CheckBox.class);
        assertTrue(transit.isSelected());
        robot.clickOn(transit);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(props("peering-hub-spoke1").peering("from").toOptional().orElseThrow().allowGatewayTransit());
        assertEquals(Optional.of("Undo Do not allow gateway transit on vnet-hub's side of peering-hub-spoke1"),
                editor().edit().undoLabel());
        assertTrue(has(editor().findings(), "hs-allow-gateway-transit"));
        assertFalse(transit.isSelected());

        robot.clickOn("#inspector-fix-hs-allow-gateway-transit");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Samples.load(Sample.HUB_SPOKE), diagram());
        assertTrue(robot.lookup("#inspector-flag-from-allowGatewayTransit").queryAs(CheckBox.class).isSelected());
        undo(robot);
        undo(robot);
        assertEquals(Samples.load(Sample.HUB_SPOKE), diagram());
        assertFalse(editor().edit().canUndo());
    }

    @Test
    void twoVirtualMachinesSelectedTogetherGetAPropertyInOneUndoStep(FxRobot robot) {
        openSample(robot, Sample.VPN);
        robot.clickOn(screen(robot, diagram().element("vm-web-1").orElseThrow().bounds().center()));
        robot.press(KeyCode.SHIFT).clickOn(screen(robot, diagram().element("vm-web-2").orElseThrow().bounds()
                .center())).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of("vm-web-1", "vm-web-2"), editor().selection().ids());
        assertEquals("2 virtual machines", robot.lookup("#inspector-heading").queryAs(Label.class).getText());
        assertEquals("(differs)", field(robot, "inspector-property-privateIp").getPromptText());

        type(robot, "inspector-property-publicIp", "198.51.100.50");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("198.51.100.50", props("vm-web-1").text("publicIp").orElse(""));
        assertEquals("198.51.100.50", props("vm-web-2").text("publicIp").orElse(""));
        assertEquals(Optional.of("Undo Set public IP of 2 elements"), editor().edit().undoLabel());
        undo(robot);
        assertEquals(Samples.load(Sample.VPN), diagram());
        assertFalse(editor().edit().canUndo(), "one step for both");
    }

    @Test
    void withNothingSelectedTheDiagramsTitleIsEdited(FxRobot robot) {
        openSample(robot, Sample.VPN);
        robot.interact(() -> editor().clearSelection());
        type(robot, "inspector-title", "Branch office");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Branch office", diagram().title());
        assertEquals("Branch office", robot.lookup("#inspector-heading").queryAs(Label.class).getText());
        assertEquals(Optional.of("Undo Set title"), editor().edit().undoLabel());
    }
}
