package dev.hybridnet.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.geometry.Point;
import dev.hybridnet.model.Keys;
import dev.hybridnet.model.PropValue;
import dev.hybridnet.model.Props;
import dev.hybridnet.render.Shape;
import dev.hybridnet.samples.Sample;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.prefs.Preferences;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The connection inspector in the real window: a label typed in shows on the canvas, a custom IPsec policy. */
@ExtendWith(ApplicationExtension.class)
class ConnectionInspectorTest {

    private static final Preferences PREFS = Preferences.userRoot().node("dev/hybridnet/test-connection-inspector");
    private static final String TUNNEL = "s2s-onprem";

    private WindowDriver driver;

    @Start
    void start(Stage stage) throws Exception {
        driver = WindowDriver.open(stage, PREFS);
    }

    @AfterEach
    void clearPreferences() throws Exception {
        PREFS.clear();
    }

    private Props tunnel() {
        return driver.diagram().connection(TUNNEL).orElseThrow().props();
    }

    /** The texts the canvas's display list draws for the tunnel. */
    private List<String> texts() {
        return driver.editor().drawing().shapes().stream()
                .filter(s -> s instanceof Shape.Group g && g.id().equals(TUNNEL))
                .flatMap(s -> ((Shape.Group) s).children().stream()).filter(Shape.Text.class::isInstance)
                .map(s -> ((Shape.Text) s).text()).toList();
    }

    @Test
    void aVpnConnectionIsNamedInTheInspectorAndGetsACustomIpsecPolicy(FxRobot robot) {
        driver.openSample(robot, Sample.VPN);
        // On the tunnel, between the local network gateway and the VPN gateway.
        robot.clickOn(driver.screen(robot, new Point(700, 315)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of(TUNNEL), driver.editor().selection().ids());
        assertEquals("Site-to-site VPN", robot.lookup("#inspector-heading").queryAs(Label.class).getText());
        assertEquals(List.of("VPN Connection"), texts());

        robot.clickOn("#inspector-property-label").write("Tunnel to Paris").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Optional.of("Tunnel to Paris"), tunnel().read(Keys.LABEL).toOptional());
        assertEquals(Optional.of("Undo Set label of s2s-onprem"), driver.editor().edit().undoLabel());
        assertEquals(List.of("Tunnel to Paris"), texts(), "the canvas draws the label instead of the kind's word");

        CheckBox custom = robot.lookup("#inspector-policy").queryAs(CheckBox.class);
        assertFalse(custom.isSelected());
        robot.clickOn(custom);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(tunnel().read(Keys.IPSEC_POLICY).isPresent());
        assertTrue(robot.lookup("#inspector-policy").queryAs(CheckBox.class).isSelected());

        robot.clickOn("#inspector-policy-dhGroup");
        robot.clickOn("ECP384");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(PropValue.text("ECP384"),
                tunnel().read(Keys.IPSEC_POLICY).toOptional().orElseThrow().fields().get("dhGroup"));
        assertEquals(Optional.of("Undo Set DH group of the IPsec policy of s2s-onprem"),
                driver.editor().edit().undoLabel());
        assertTrue(driver.editor().findings().stream().noneMatch(f -> f.message().contains("ipsecPolicy")),
                driver.editor().findings().toString());

        robot.clickOn(robot.lookup("#inspector-policy").queryAs(CheckBox.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(tunnel().has(Keys.IPSEC_POLICY.name()), "clearing the box removes the policy");
        assertTrue(robot.lookup("#inspector-policy-dhGroup").tryQuery().isEmpty(), "and hides its fields");
    }
}
