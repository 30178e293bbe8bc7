package dev.hybridnet.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.editor.Editor;
import dev.hybridnet.geometry.Point;
import dev.hybridnet.geometry.Rect;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import dev.hybridnet.model.ElementKind;
import dev.hybridnet.model.Reference;
import dev.hybridnet.validation.PatternMatch;
import dev.hybridnet.validation.Severity;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The walk-through of docs/tutorial.md, done by the robot: the hub-spoke reference built from an empty canvas with
 * the palette, the connect tool, the problems panel's quick fixes and the inspector, until the panel reports the
 * reference complete with no errors. With {@code -Dtutorial.shots=DIR} it also saves the window at each step
 * (how the tutorial's pictures are made). The same way, the ExpressRoute with VPN failover reference is built through
 * the window (its ExpressRoute half is the ExpressRoute reference).
 */
@ExtendWith(ApplicationExtension.class)
class HubSpokeWalkthroughTest {

    private static final Preferences PREFS = Preferences.userRoot().node("dev/hybridnet/test-walkthrough");

    private MainWindow window;
    private Stage stage;
    private double ox;
    private double oy;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        window = WindowDriver.open(stage, PREFS).window();
    }

    private Editor editor() {
        return window.editor();
    }

    private Diagram diagram() {
        return editor().diagram();
    }

    private Point2D screen(FxRobot robot, double x, double y) {
        Point local = editor().viewport().toScreen(new Point(x, y));
        Node canvas = robot.lookup("#canvas").query();
        return canvas.localToScreen(local.x(), local.y());
    }

    private void place(FxRobot robot, String entry, double x, double y) {
        robot.drag("#palette-" + entry).dropTo(screen(robot, ox + x, oy + y));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Element only(String name, ElementKind kind) {
        return diagram().elementsOfKind(kind).stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow(
                () -> new AssertionError("no " + kind + " named " + name + " in " + diagram().elements()));
    }

    private void connect(FxRobot robot, Point from, Point to) {
        Point2D a = screen(robot, from.x(), from.y());
        Point2D b = screen(robot, to.x(), to.y());
        robot.drag(a).dropTo(b);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void select(FxRobot robot, Element e) {
        Rect b = e.bounds();
        robot.clickOn("Select");
        robot.clickOn(screen(robot, b.center().x(), b.center().y()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(java.util.Set.of(e.id()), editor().selection().ids());
    }

    private void type(FxRobot robot, String property, String text) {
        robot.clickOn("#inspector-property-" + property).push(KeyCode.CONTROL, KeyCode.A).write(text)
                .type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A new diagram, zoomed out three steps to make room; positions are then given from the visible corner. */
    private void startEmptyAndZoomOut(FxRobot robot) {
        robot.interact(() -> window.fileActions().newDiagram());
        robot.clickOn("#canvas");
        for (int i = 0; i < 3; i++) {
            robot.push(KeyCode.CONTROL, KeyCode.MINUS);
        }
        WaitForAsyncUtils.waitForFxEvents();
        Rect visible = editor().viewport().visible(editor().view().viewSize());
        ox = visible.x() + 40;
        oy = visible.y() + 40;
    }

    private long errors() {
        return window.report().count(Severity.ERROR);
    }

    private void shot(FxRobot robot, String name) throws Exception {
        String dir = System.getProperty("tutorial.shots");
        if (dir == null || dir.isBlank()) {
            return;
        }
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = stage.getScene().snapshot(null));
        int w = (int) image[0].getWidth();
        int h = (int) image[0].getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        PixelReader pixels = image[0].getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        Files.createDirectories(Path.of(dir));
        javax.imageio.ImageIO.write(out, "png", Path.of(dir, name + ".png").toFile());
    }

    @Test
    void aUserBuildsTheHubSpokeReferenceFromAnEmptyCanvasUntilItIsCompleteWithoutErrors(FxRobot robot)
            throws Exception {
        startEmptyAndZoomOut(robot);

        // 1. The on-premises side: the network, its VPN appliance, and the local network gateway.
        place(robot, "on-premises-network", 130, 200);
        place(robot, "vpn-appliance", 130, 200);
        place(robot, "local-network-gateway", 330, 200);
        // 2. The hub: a virtual network with a GatewaySubnet and a VPN gateway in it.
        place(robot, "virtual-network", 620, 200);
        place(robot, "gateway-subnet", 520, 120);
        Element gatewaySubnet = only("GatewaySubnet", ElementKind.SUBNET);
        assertEquals("10.0.255.224/27", gatewaySubnet.props().text("addressPrefix").orElse(""));
        Point gwCenter = gatewaySubnet.bounds().center();
        place(robot, "vpn-gateway", gwCenter.x() - ox, gwCenter.y() - oy + 6);
        // 3. Two spokes.
        place(robot, "virtual-network", 1130, 190);
        place(robot, "virtual-network", 1130, 600);
        shot(robot, "tutorial-1-placed");

        Element appliance = only("VPN appliance", ElementKind.VPN_APPLIANCE);
        Element lng = diagram().elementsOfKind(ElementKind.LOCAL_NETWORK_GATEWAY).get(0);
        Element gateway = diagram().elementsOfKind(ElementKind.VPN_GATEWAY).get(0);
        List<Element> vnets = diagram().elementsOfKind(ElementKind.VIRTUAL_NETWORK);
        assertEquals(3, vnets.size());
        Element hub = vnets.get(0);

        // 4. Connections with the connect tool.
        robot.clickOn("Connect");
        connect(robot, gateway.bounds().center(), lng.bounds().center());
        connect(robot, lng.bounds().center(), appliance.bounds().center());
        Point inHub = new Point(hub.bounds().maxX() - 40, hub.bounds().maxY() - 40);
        connect(robot, inHub, vnets.get(1).bounds().center());
        connect(robot, inHub, vnets.get(2).bounds().center());
        assertEquals(4, diagram().connections().size(), window.report().findings().toString());
        shot(robot, "tutorial-2-connected");

        // 5. The quick fixes set the peering flags a hub and its spokes need: select a spoke, Apply fix.
        for (Element spoke : List.of(vnets.get(1), vnets.get(2))) {
            select(robot, spoke);
            robot.clickOn("#inspector-fix-hs-use-remote-gateways");
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertTrue(window.report().findings().stream().noneMatch(f -> f.rule().startsWith("hs-")
                && f.severity() == Severity.ERROR), window.report().findings().toString());
        assertEquals(PatternMatch.Status.COMPLETE, window.report().pattern(Reference.HUB_SPOKE).status(),
                window.report().pattern(Reference.HUB_SPOKE).missing().toString());
        shot(robot, "tutorial-3-fixed");

        // 6. The inspector fills in what only the user knows: public addresses and the on-premises ranges.
        select(robot, gateway);
        type(robot, "publicIp", "198.51.100.10");
        select(robot, appliance);
        type(robot, "publicIp", "203.0.113.10");
        select(robot, lng);
        type(robot, "gatewayIp", "203.0.113.10");
        type(robot, "addressPrefixes", "192.168.0.0/16");
        shot(robot, "tutorial-4-complete");

        assertEquals(0, errors(), window.report().findings().toString());
        assertEquals(PatternMatch.Status.COMPLETE, window.report().pattern(Reference.HUB_SPOKE).status());
        assertTrue(window.report().detected().contains(Reference.HUB_SPOKE), window.report().detected().toString());
    }

    @Test
    void aUserBuildsExpressRouteWithVpnFailoverFromAnEmptyCanvasUntilItIsCompleteWithoutErrors(FxRobot robot) {
        startEmptyAndZoomOut(robot);

        place(robot, "on-premises-network", 130, 200);
        Element onprem = diagram().elementsOfKind(ElementKind.ON_PREMISES_NETWORK).get(0);
        place(robot, "edge-router", onprem.bounds().center().x() - ox, onprem.bounds().y() - oy + 70);
        place(robot, "edge-router", onprem.bounds().center().x() - ox, onprem.bounds().y() - oy + 170);
        place(robot, "vpn-appliance", onprem.bounds().center().x() - ox, onprem.bounds().y() - oy + 280);
        place(robot, "expressroute-circuit", 360, 120);
        place(robot, "local-network-gateway", 360, 300);
        place(robot, "virtual-network", 700, 200);
        place(robot, "gateway-subnet", 600, 150);
        Element gatewaySubnet = only("GatewaySubnet", ElementKind.SUBNET);
        Rect gs = gatewaySubnet.bounds();
        place(robot, "expressroute-gateway", gs.x() + 45 - ox, gs.center().y() - oy + 10);
        place(robot, "vpn-gateway", gs.maxX() - 45 - ox, gs.center().y() - oy + 10);

        List<Element> routers = diagram().elementsOfKind(ElementKind.EDGE_ROUTER);
        assertEquals(2, routers.size());
        Element circuit = diagram().elementsOfKind(ElementKind.EXPRESSROUTE_CIRCUIT).get(0);
        Element erGateway = diagram().elementsOfKind(ElementKind.EXPRESSROUTE_GATEWAY).get(0);
        Element vpnGateway = diagram().elementsOfKind(ElementKind.VPN_GATEWAY).get(0);
        Element lng = diagram().elementsOfKind(ElementKind.LOCAL_NETWORK_GATEWAY).get(0);
        Element appliance = diagram().elementsOfKind(ElementKind.VPN_APPLIANCE).get(0);
        assertEquals(gatewaySubnet.id(), erGateway.parent().orElseThrow());
        assertEquals(gatewaySubnet.id(), vpnGateway.parent().orElseThrow());

        robot.clickOn("Connect");
        connect(robot, routers.get(0).bounds().center(), circuit.bounds().center());
        connect(robot, routers.get(1).bounds().center(), circuit.bounds().center());
        connect(robot, erGateway.bounds().center(), circuit.bounds().center());
        connect(robot, vpnGateway.bounds().center(), lng.bounds().center());
        connect(robot, lng.bounds().center(), appliance.bounds().center());
        assertEquals(5, diagram().connections().size(), window.report().findings().toString());

        select(robot, vpnGateway);
        type(robot, "publicIp", "198.51.100.10");
        select(robot, appliance);
        type(robot, "publicIp", "203.0.113.10");
        select(robot, lng);
        type(robot, "gatewayIp", "203.0.113.10");
        type(robot, "addressPrefixes", "192.168.0.0/16");

        assertEquals(0, errors(), window.report().findings().toString());
        assertEquals(PatternMatch.Status.COMPLETE,
                window.report().pattern(Reference.EXPRESSROUTE_VPN_FAILOVER).status(),
                window.report().pattern(Reference.EXPRESSROUTE_VPN_FAILOVER).missing().toString());
    }
}
