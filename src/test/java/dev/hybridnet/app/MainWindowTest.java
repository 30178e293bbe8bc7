package dev.hybridnet.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.editor.Editor;
import dev.hybridnet.geometry.Point;
import dev.hybridnet.geometry.Rect;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import dev.hybridnet.model.ElementKind;
import dev.hybridnet.samples.Sample;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real main window (headless, Monocle) the way a user does. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    private static final Preferences PREFS = Preferences.userRoot().node("dev/hybridnet/test-ui");

    private MainWindow window;
    private WindowDriver driver;
    private Stage stage;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
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

    private String status(FxRobot robot) {
        return robot.lookup("#status-message").queryAs(javafx.scene.control.Label.class).getText();
    }

    @Test
    void openingASampleShowsItsElementsAndCounts(FxRobot robot) {
        robot.clickOn("File").clickOn("Samples").clickOn("Site-to-site VPN");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(21, diagram().elements().size());
        assertEquals("21 elements, 2 connections", robot.lookup("#status-counts").queryAs(Label.class).getText());
        assertEquals("0 errors, 0 warnings", robot.lookup("#status-findings").queryAs(Label.class).getText());
        assertTrue(stage.getTitle().startsWith("Untitled (Site-to-site VPN)"), stage.getTitle());
        assertFalse(stage.getTitle().contains("*"), "an untouched sample copy is not dirty");
    }

    /**
     * Issue 20: the palette narrowed from about 220 to 175 px when the checklist line got long, and stayed narrow;
     * the zoom figure in the status bar was clipped.
     */
    @Test
    void longChecklistLinesNeitherNarrowThePaletteNorClipTheStatusBar(FxRobot robot) {
        javafx.scene.Node palette = robot.lookup("#palette").query();
        WaitForAsyncUtils.waitForFxEvents();
        double before = palette.getLayoutBounds().getWidth();
        String longName = "vnet-" + "connectivity-hub-west-europe-production-".repeat(4) + "01";
        Diagram long_ = new Diagram("Long names", java.util.Optional.empty(), List.of(
                new dev.hybridnet.model.Element("onprem", dev.hybridnet.model.ElementKind.ON_PREMISES_NETWORK,
                        "On-premises network of the " + "headquarters datacenter ".repeat(4), java.util.Optional.empty(),
                        new dev.hybridnet.geometry.Rect(40, 40, 260, 200), dev.hybridnet.model.Props.empty()),
                new dev.hybridnet.model.Element("hub", dev.hybridnet.model.ElementKind.VIRTUAL_NETWORK, longName,
                        java.util.Optional.empty(), new dev.hybridnet.geometry.Rect(400, 40, 420, 300),
                        dev.hybridnet.model.Props.empty()),
                new dev.hybridnet.model.Element("appliance", dev.hybridnet.model.ElementKind.VPN_APPLIANCE,
                        "VPN appliance", java.util.Optional.of("onprem"),
                        new dev.hybridnet.geometry.Rect(80, 100, 48, 48), dev.hybridnet.model.Props.empty())),
                List.of());
        robot.interact(() -> editor().open(long_));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> editor().open(long_.withTitle("again")));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(palette.getLayoutBounds().getWidth() >= Math.min(before, 220) - 0.5,
                "the palette was " + before + " px wide and is now " + palette.getLayoutBounds().getWidth());
        assertTrue(before >= 219.5, "the palette starts at least 220 px wide: " + before);
        Label zoom = robot.lookup("#status-zoom").queryAs(Label.class);
        assertTrue(zoom.getWidth() + 0.5 >= zoom.prefWidth(-1), "the zoom figure is clipped: " + zoom.getWidth()
                + " < " + zoom.prefWidth(-1));
    }

    /** Long undo labels used to widen the toolbar's Undo button and push other buttons into the overflow menu. */
    @Test
    void theToolbarKeepsItsButtonsWhateverTheUndoLabelSays(FxRobot robot) {
        openSample(robot, Sample.VPN);
        javafx.scene.control.ToolBar bar = robot.lookup("#tool-bar").queryAs(javafx.scene.control.ToolBar.class);
        List<String> before = bar.getItems().stream().filter(n -> n instanceof javafx.scene.control.ButtonBase)
                .map(n -> ((javafx.scene.control.ButtonBase) n).getText()).toList();
        double width = bar.getItems().stream().mapToDouble(n -> n.getBoundsInParent().getWidth()).sum();
        robot.interact(() -> editor().execute(new dev.hybridnet.command.Move(java.util.Set.of("vm-web-1", "vm-web-2",
                "vm-biz-1", "vm-biz-2", "vm-data-1"), 0, 1)));
        WaitForAsyncUtils.waitForFxEvents();
        List<String> after = bar.getItems().stream().filter(n -> n instanceof javafx.scene.control.ButtonBase)
                .map(n -> ((javafx.scene.control.ButtonBase) n).getText()).toList();
        assertEquals(before, after, "the toolbar's words stay; the long label is the tooltip");
        assertEquals(width, bar.getItems().stream().mapToDouble(n -> n.getBoundsInParent().getWidth()).sum(), 0.5);
        javafx.scene.control.ButtonBase undo = bar.getItems().stream().filter(n -> n instanceof
                javafx.scene.control.ButtonBase b && "Undo".equals(b.getText()))
                .map(javafx.scene.control.ButtonBase.class::cast).findFirst().orElseThrow();
        assertFalse(undo.isDisabled());
        // Each button makes its tooltip when the pointer first comes over it, and the tooltip follows the action.
        assertNull(undo.getTooltip(), "no tooltip before a hover");
        robot.moveTo(undo);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(undo.getTooltip().getText().startsWith("Undo Move 5 elements"), undo.getTooltip().getText());
        robot.interact(() -> editor().edit().undo());
        assertTrue(undo.getTooltip().getText().startsWith("Undo "), undo.getTooltip().getText());
        assertFalse(undo.getTooltip().getText().contains("Move 5 elements"), undo.getTooltip().getText());
        javafx.scene.control.ButtonBase open = bar.getItems().stream().filter(n -> n instanceof
                javafx.scene.control.ButtonBase b && "Open…".equals(b.getText()))
                .map(javafx.scene.control.ButtonBase.class::cast).findFirst().orElseThrow();
        robot.moveTo(open);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Open (Ctrl+O)", open.getTooltip().getText());
    }

    @Test
    void anEditIsCheckedAndPaintedOnceWithItsFindings(FxRobot robot) {
        openSample(robot, Sample.VPN);
        CanvasView canvas = robot.lookup("#canvas").queryAs(CanvasView.class);
        long before = canvas.paints();
        robot.interact(() -> editor().execute(new dev.hybridnet.command.SetProperty("gwsubnet", "addressPrefix",
                dev.hybridnet.model.PropValue.text("10.20.255.248/29"))));
        assertEquals(before + 1, canvas.paints(), "one paint per change, the badge included");
        assertTrue(editor().drawing().shapes().stream().anyMatch(s -> s instanceof dev.hybridnet.render.Shape.Group g
                && g.id().equals("badge-gwsubnet")));
        assertEquals("0 errors, 1 warning", robot.lookup("#status-findings").queryAs(Label.class).getText());
    }

    @Test
    void aVpnGatewayDraggedFromThePaletteLandsInTheGatewaySubnet(FxRobot robot) {
        openSample(robot, Sample.EXPRESSROUTE);
        Element gatewaySubnet = diagram().element("gwsubnet").orElseThrow();
        Rect b = gatewaySubnet.bounds();
        Point2D target = screen(robot, new Point(b.x() + b.width() * 0.75, b.y() + b.height() * 0.6));
        robot.drag("#palette-vpn-gateway").dropTo(target);
        WaitForAsyncUtils.waitForFxEvents();
        List<Element> gateways = diagram().elementsOfKind(ElementKind.VPN_GATEWAY);
        assertEquals(1, gateways.size(), status(robot));
        assertEquals("gwsubnet", gateways.get(0).parent().orElseThrow());
        assertTrue(stage.getTitle().contains("*"), "the document is dirty after a change");
    }

    @Test
    void aVirtualMachineDroppedOnTheOnPremisesNetworkIsRefusedWithAReason(FxRobot robot) {
        openSample(robot, Sample.VPN);
        Diagram before = diagram();
        Rect onprem = before.element("onprem").orElseThrow().bounds();
        robot.clickOn("#palette-search").write("virtual mach");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#palette-vpn-gateway").query().isVisible(), "the search filters the palette");
        robot.drag("#palette-virtual-machine").dropTo(screen(robot, new Point(onprem.x() + 60,
                onprem.maxY() - 30)));
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(before, diagram(), "nothing was added");
        assertTrue(status(robot).contains("cannot go in the on-premises network"), status(robot));
    }

    @Test
    void draggingAVirtualNetworkMovesItsSubnetsAndIsOneUndoStep(FxRobot robot) {
        openSample(robot, Sample.VPN);
        Rect vnet = diagram().element("vnet-app").orElseThrow().bounds();
        Rect subnet = diagram().element("snet-web").orElseThrow().bounds();
        Rect vm = diagram().element("vm-web-1").orElseThrow().bounds();
        Point2D grab = screen(robot, new Point(vnet.x() + 200, vnet.y() + 12));
        robot.drag(grab).moveBy(60, 0).moveBy(60, 40).drop();
        WaitForAsyncUtils.waitForFxEvents();
        Rect moved = diagram().element("vnet-app").orElseThrow().bounds();
        double dx = moved.x() - vnet.x();
        double dy = moved.y() - vnet.y();
        assertTrue(dx > 50 && dy > 10, "moved by " + dx + ", " + dy);
        assertEquals(subnet.x() + dx, diagram().element("snet-web").orElseThrow().bounds().x(), 1e-9);
        assertEquals(vm.y() + dy, diagram().element("vm-web-1").orElseThrow().bounds().y(), 1e-9);
        assertTrue(editor().edit().undoLabel().orElseThrow().startsWith("Undo Move"),
                editor().edit().undoLabel().orElseThrow());

        robot.clickOn("#canvas").push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(vnet, diagram().element("vnet-app").orElseThrow().bounds());
        assertEquals(subnet, diagram().element("snet-web").orElseThrow().bounds());
        assertFalse(editor().history().canUndo(), "the whole drag was one step");
        robot.push(KeyCode.CONTROL, KeyCode.Y);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(moved, diagram().element("vnet-app").orElseThrow().bounds());
    }

    @Test
    void savingAndReopeningGivesTheSameDiagram(FxRobot robot) throws Exception {
        openSample(robot, Sample.HUB_SPOKE);
        Path file = dir.resolve("hub.hybridnet.json");
        robot.interact(() -> assertTrue(window.fileActions().write(file)));
        Diagram saved = diagram();
        assertFalse(stage.getTitle().contains("*"));
        assertTrue(stage.getTitle().startsWith("hub.hybridnet.json"), stage.getTitle());
        robot.interact(() -> window.fileActions().newDiagram());
        assertEquals(0, diagram().elements().size());
        robot.interact(() -> window.open(file));
        assertEquals(saved, diagram());
        assertEquals(List.of(file.toAbsolutePath().normalize()), new AppPreferences(PREFS).recentFiles());
    }

    @Test
    void aFileThatFailsToLoadShowsTheProblemAndLeavesTheDocumentAlone(FxRobot robot) throws Exception {
        openSample(robot, Sample.VPN);
        Diagram before = diagram();
        String title = stage.getTitle();
        Path bad = dir.resolve("broken.hybridnet.json");
        Files.writeString(bad, "{ \"format\": \"hybridnet-diagram\", \"version\": 1, \"elements\": [ }");
        robot.interact(() -> window.open(bad));
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(before, diagram());
        assertEquals(title, stage.getTitle());
        Node dialog = robot.lookup("#error-dialog").query();
        String text = ((javafx.scene.control.DialogPane) dialog).getContentText();
        assertTrue(text.contains("broken.hybridnet.json") && text.contains("line 1, column")
                && !text.contains("Source:"), text);
        robot.clickOn("OK");
    }

    /** Drags a palette entry onto the canvas at a point of the canvas (in canvas pixels). */
    private void place(FxRobot robot, String entry, double x, double y) {
        Node canvas = robot.lookup("#canvas").query();
        robot.drag("#palette-" + entry).dropTo(canvas.localToScreen(x, y));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void connect(FxRobot robot, Point from, Point to) {
        robot.drag(screen(robot, from)).dropTo(screen(robot, to));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Element only(ElementKind kind) {
        List<Element> found = diagram().elementsOfKind(kind);
        assertEquals(1, found.size(), kind + " in " + diagram().elements());
        return found.get(0);
    }

    @Test
    void aUserBuildsTheVpnReferenceFromAnEmptyCanvasSavesReopensAndUndoesEverything(FxRobot robot)
            throws Exception {
        robot.interact(() -> window.fileActions().newDiagram());
        assertEquals(100, editor().viewport().percent(), "an empty canvas starts at 100 %");
        place(robot, "on-premises-network", 160, 250);
        place(robot, "vpn-appliance", 160, 250);
        place(robot, "virtual-network", 720, 260);
        place(robot, "gateway-subnet", 640, 200);
        Element subnet = only(ElementKind.SUBNET);
        assertEquals("GatewaySubnet", subnet.name());
        place(robot, "vpn-gateway", subnet.bounds().center().x(), subnet.bounds().center().y() + 10);
        place(robot, "local-network-gateway", 400, 250);
        Element onprem = only(ElementKind.ON_PREMISES_NETWORK);
        Element appliance = only(ElementKind.VPN_APPLIANCE);
        Element vnet = only(ElementKind.VIRTUAL_NETWORK);
        Element gateway = only(ElementKind.VPN_GATEWAY);
        Element lng = only(ElementKind.LOCAL_NETWORK_GATEWAY);
        assertEquals(onprem.id(), appliance.parent().orElseThrow());
        assertEquals(vnet.id(), subnet.parent().orElseThrow());
        assertEquals(subnet.id(), gateway.parent().orElseThrow());
        assertTrue(subnet.props().prefix("addressPrefix").toOptional().isPresent(), "the preset got a /27");

        robot.clickOn("Connect");
        connect(robot, gateway.bounds().center(), lng.bounds().center());
        connect(robot, lng.bounds().center(), appliance.bounds().center());
        assertEquals(List.of(dev.hybridnet.model.ConnectionKind.SITE_TO_SITE_VPN,
                dev.hybridnet.model.ConnectionKind.REPRESENTS),
                diagram().connections().stream().map(c -> c.kind()).toList(), status(robot));
        Diagram built = diagram();

        robot.clickOn("#canvas");
        int steps = 0;
        while (editor().edit().canUndo()) {
            robot.push(KeyCode.CONTROL, KeyCode.Z);
            WaitForAsyncUtils.waitForFxEvents();
            steps++;
        }
        assertEquals(8, steps, "six placements and two connections");
        assertEquals(0, diagram().elements().size());
        while (editor().edit().canRedo()) {
            robot.push(KeyCode.CONTROL, KeyCode.Y);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertEquals(built, diagram());

        Path file = dir.resolve("my-vpn.hybridnet.json");
        robot.interact(() -> assertTrue(window.fileActions().write(file)));
        robot.interact(() -> window.fileActions().newDiagram());
        robot.interact(() -> window.open(file));
        assertEquals(built.withTitle("my-vpn"), diagram(), "saved under a name, the new design took it as its title");
        assertFalse(stage.getTitle().contains("*"));

        // What only the user knows goes in through the inspector; then the reference is complete, without errors.
        inspect(robot, gateway, "publicIp", "198.51.100.10");
        inspect(robot, appliance, "publicIp", "203.0.113.10");
        inspect(robot, lng, "gatewayIp", "203.0.113.10");
        inspect(robot, lng, "addressPrefixes", "192.168.0.0/16");
        assertEquals(0, window.report().count(dev.hybridnet.validation.Severity.ERROR),
                window.report().findings().toString());
        assertEquals(dev.hybridnet.validation.PatternMatch.Status.COMPLETE,
                window.report().pattern(dev.hybridnet.model.Reference.VPN).status());
    }

    private void inspect(FxRobot robot, Element e, String property, String value) {
        Rect b = diagram().element(e.id()).orElseThrow().bounds();
        robot.clickOn(screen(robot, b.center()));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#inspector-property-" + property).push(KeyCode.CONTROL, KeyCode.A).write(value)
                .type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theSampleGalleryShowsTheFourCardsAndOpensTheOneDoubleClicked(FxRobot robot) {
        robot.clickOn("File").clickOn("Open Sample…");
        WaitForAsyncUtils.waitForFxEvents();
        for (Sample sample : Sample.values()) {
            assertTrue(robot.lookup("#sample-" + sample.id()).tryQuery().isPresent(), sample.id());
        }
        robot.doubleClickOn("#sample-hub-spoke");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(dev.hybridnet.samples.Samples.load(Sample.HUB_SPOKE), diagram());
        assertTrue(stage.getTitle().startsWith("Untitled (Hub-spoke topology)"), stage.getTitle());
    }

    @Test
    void exportWritesTheCardAsPngThroughTheCoreExporter(FxRobot robot) throws Exception {
        openSample(robot, Sample.EXPRESSROUTE_VPN_FAILOVER);
        Path out = dir.resolve("failover-card.png");
        ExportDialog.Choice card = new ExportDialog.Choice(dev.hybridnet.export.PictureFormat.PNG,
                dev.hybridnet.render.PictureStyle.CARD, 2, dev.hybridnet.export.Background.WHITE);
        robot.interact(() -> assertTrue(window.fileActions().export(card, out)));
        java.awt.image.BufferedImage png = javax.imageio.ImageIO.read(out.toFile());
        assertEquals(640, png.getWidth());
        assertEquals(288, png.getHeight());
        assertEquals(0xFFFFFF, png.getRGB(2, 2) & 0xFFFFFF, "white background");
    }

    private Path brokenVpn() throws Exception {
        Diagram sample = dev.hybridnet.samples.Samples.load(Sample.VPN);
        List<Element> elements = sample.elements().stream().map(e -> switch (e.id()) {
            case "gwsubnet" -> e.withProps(e.props().with("addressPrefix",
                    new dev.hybridnet.model.PropValue.Text("10.20.255.240/28")));
            case "onprem" -> e.withProps(e.props().with("addressSpaces", new dev.hybridnet.model.PropValue.ListValue(
                    List.of(new dev.hybridnet.model.PropValue.Text("10.20.128.0/17")))));
            default -> e;
        }).toList();
        Path file = dir.resolve("broken-vpn.hybridnet.json");
        new dev.hybridnet.io.DiagramWriter().save(sample.withContent(elements, sample.connections()), file);
        return file;
    }

    @Test
    void theProblemsTableFiltersBySeverityAndADoubleClickSelectsTheElements(FxRobot robot) throws Exception {
        Path file = brokenVpn();
        robot.interact(() -> window.open(file));
        WaitForAsyncUtils.waitForFxEvents();
        ProblemsPane problems = window.problems();
        assertEquals(List.of("address-overlap", "gateway-subnet-size", "lng-address-prefixes"),
                problems.visibleFindings().stream().map(f -> f.rule()).sorted().toList());
        assertEquals("1 error, 2 warnings", robot.lookup("#status-findings").queryAs(Label.class).getText());
        robot.clickOn("#problems-filter-warning");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("address-overlap"), problems.visibleFindings().stream().map(f -> f.rule()).toList());
        robot.doubleClickOn("vnet-app (10.20.0.0/16) and On-premises network (10.20.128.0/17) overlap, but they are "
                + "connected");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(java.util.Set.of("vnet-app", "onprem"), editor().selection().ids());
    }

    @Test
    void theProblemsPanelSaysWhichReferenceTheDesignRealises(FxRobot robot) {
        openSample(robot, Sample.VPN);
        javafx.scene.layout.VBox reference = robot.lookup("#problems-reference").queryAs(javafx.scene.layout.VBox.class);
        String text = reference.getChildren().stream().filter(n -> n instanceof Label)
                .map(n -> ((Label) n).getText()).reduce("", String::concat);
        assertEquals("Site-to-site VPN (declared): complete", text);
    }

    @Test
    void connectingAVmToTheOnPremisesNetworkIsRefusedAndAGatewayToTheApplianceMakesAVpn(FxRobot robot) {
        openSample(robot, Sample.VPN);
        Diagram before = diagram();
        robot.clickOn("Connect");
        Point vm = before.element("vm-web-1").orElseThrow().bounds().center();
        Rect onprem = before.element("onprem").orElseThrow().bounds();
        connect(robot, vm, new Point(onprem.x() + 40, onprem.maxY() - 20));
        assertSame(before, diagram(), "no connection added");
        assertTrue(status(robot).contains("vm-web-1 takes part in no connection"), status(robot));

        connect(robot, before.element("vpngw").orElseThrow().bounds().center(),
                before.element("appliance").orElseThrow().bounds().center());
        List<dev.hybridnet.model.Connection> added = diagram().connections().stream()
                .filter(c -> !before.connection(c.id()).isPresent()).toList();
        assertEquals(1, added.size(), status(robot));
        assertEquals(dev.hybridnet.model.ConnectionKind.SITE_TO_SITE_VPN, added.get(0).kind());
        assertEquals(java.util.Set.of("vpngw", "appliance"), java.util.Set.of(added.get(0).from(), added.get(0).to()));
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, diagram(), "undo removes the connection");
    }

    @Test
    void theDarkThemeChangesTheWindowNotTheDrawing(FxRobot robot) {
        openSample(robot, Sample.VPN);
        dev.hybridnet.render.Drawing light = editor().drawing();
        robot.clickOn("View").clickOn("Dark Theme");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stage.getScene().getStylesheets().stream().anyMatch(s -> s.endsWith("dark.css")));
        assertEquals(light, editor().drawing());
        assertEquals(Theme.DARK, new AppPreferences(PREFS).theme());
        robot.clickOn("View").clickOn("Light Theme");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("designer.css"), stage.getScene().getStylesheets().stream()
                .map(s -> s.substring(s.lastIndexOf('/') + 1)).toList(), "only the shared style sheet");
    }

    /** A message cut by its column used to have no way to read it whole. */
    @Test
    void everyProblemMessageShowsItsWholeTextOnHover(FxRobot robot) throws Exception {
        Path file = brokenVpn();
        robot.interact(() -> window.open(file));
        WaitForAsyncUtils.waitForFxEvents();
        List<javafx.scene.control.Labeled> cells = robot.lookup("#problems-table .table-cell").queryAll().stream()
                .filter(n -> n instanceof javafx.scene.control.Labeled l && l.getText() != null
                        && l.getText().contains("GatewaySubnet"))
                .map(javafx.scene.control.Labeled.class::cast).toList();
        assertFalse(cells.isEmpty(), "the finding about GatewaySubnet is listed");
        for (javafx.scene.control.Labeled cell : cells) {
            assertEquals(cell.getText(), cell.getTooltip() == null ? null : cell.getTooltip().getText());
        }
    }

    @Test
    void aQuickFixInTheProblemsTableRemovesItsFindingAsOneUndoableStep(FxRobot robot) throws Exception {
        Path file = brokenVpn();
        robot.interact(() -> window.open(file));
        WaitForAsyncUtils.waitForFxEvents();
        Diagram before = diagram();
        javafx.scene.control.Hyperlink fix = robot.lookup(".quick-fix").queryAs(javafx.scene.control.Hyperlink.class);
        assertTrue(fix.getText().contains("GatewaySubnet"), fix.getText());
        robot.clickOn(fix);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.problems().visibleFindings().stream().anyMatch(f -> f.rule().equals("gateway-subnet-size")),
                "the finding is gone");
        assertEquals("10.20.255.224/27", diagram().element("gwsubnet").orElseThrow().props().prefix("addressPrefix")
                .toOptional().orElseThrow().toString());
        robot.clickOn("#canvas").push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, diagram());
    }
}
