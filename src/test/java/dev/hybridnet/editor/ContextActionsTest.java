package dev.hybridnet.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.command.Rename;
import dev.hybridnet.fixes.QuickFix;
import dev.hybridnet.fixes.QuickFixes;
import dev.hybridnet.geometry.Point;
import dev.hybridnet.geometry.Rect;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import dev.hybridnet.samples.Sample;
import dev.hybridnet.samples.Samples;
import dev.hybridnet.validation.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The context menus' model: which items for an element, a connection and the canvas, and what they do. */
class ContextActionsTest {

    private final Diagram vpn = Samples.load(Sample.VPN);
    private final Editor editor = new Editor(vpn);
    private final FakeShell shell = new FakeShell();

    /** Quick fixes from the real catalogue; Validate This and applied fixes are recorded. */
    private final class FakeShell implements ContextActions.Shell {
        final List<String> shownOf = new ArrayList<>();
        final List<Set<String>> shownIds = new ArrayList<>();

        @Override
        public Optional<String> fixOf(Finding finding) {
            return QuickFixes.forFinding(editor.diagram(), finding).map(QuickFix::label);
        }

        @Override
        public void applyFix(Finding finding) {
            QuickFixes.forFinding(editor.diagram(), finding).ifPresent(f -> editor.execute(f.command()));
        }

        @Override
        public void showProblemsOf(String what, Set<String> ids) {
            shownOf.add(what);
            shownIds.add(ids);
        }
    }

    /** Where an element is on the screen, away from what it contains. */
    private Point screenOf(String id) {
        Rect b = editor.diagram().element(id).orElseThrow().bounds();
        return editor.viewport().toScreen(new Point(b.x() + 6, b.maxY() - 6));
    }

    private static List<String> labels(ContextActions.Menu menu) {
        return menu.actions().stream().map(ContextActions.Action::label).toList();
    }

    private static boolean enabled(ContextActions.Menu menu, String label) {
        return menu.action(label).orElseThrow(() -> new AssertionError("no " + label + " in " + labels(menu)))
                .enabled();
    }

    @Test
    void aRightClickOnAnUnselectedElementSelectsItAndOffersItsActions() {
        editor.select(List.of("lng-onprem"));
        ContextActions.Menu menu = editor.context().at(screenOf("gwsubnet"), shell);
        assertEquals(ContextActions.Target.ELEMENT, menu.target());
        assertEquals(Set.of("gwsubnet"), editor.selection().ids());
        assertEquals(List.of("Cut", "Copy", "Paste", "Duplicate", "Delete", "Rename…", "Select Contents",
                "Bring to Front", "Send to Back", "Tidy Up", "Validate This"), labels(menu));
        assertFalse(enabled(menu, "Paste"), "nothing copied yet");
        assertTrue(enabled(menu, "Select Contents"), "the subnet holds the gateway");
        assertTrue(menu.items().stream().anyMatch(ContextActions.Separator.class::isInstance));
    }

    @Test
    void aComponentHasNoSelectContentsAndARightClickKeepsAWiderSelection() {
        editor.select(List.of("vpngw", "lng-onprem"));
        ContextActions.Menu menu = editor.context().at(screenOf("lng-onprem"), shell);
        assertEquals(Set.of("vpngw", "lng-onprem"), editor.selection().ids(), "it was selected: the menu is for all");
        assertFalse(labels(menu).contains("Select Contents"));
        assertFalse(enabled(menu, "Rename…"), "two elements have no one name");
        assertTrue(enabled(menu, "Duplicate"));
    }

    @Test
    void theEmptyCanvasOffersPasteAtThePointerSelectAllAndTidyUp() {
        editor.select(List.of("lng-onprem"));
        editor.edit().copy();
        Rect all = vpn.elements().stream().map(Element::bounds).reduce(Rect::union).orElseThrow();
        Point world = new Point(all.maxX() + 200, all.maxY() + 200);
        ContextActions.Menu menu = editor.context().at(editor.viewport().toScreen(world), shell);
        assertEquals(ContextActions.Target.CANVAS, menu.target());
        assertEquals(Set.of("lng-onprem"), editor.selection().ids(), "a right-click on nothing keeps the selection");
        assertEquals(List.of("Paste", "Select All", "Tidy Up"), labels(menu));
        assertTrue(enabled(menu, "Paste"));
        menu.action("Paste").orElseThrow().run().run();
        Element copy = editor.diagram().element("lng-onprem-2").orElseThrow();
        assertEquals(new Point(world.x(), world.y()), new Point(copy.bounds().x(), copy.bounds().y()),
                "the copy's corner is where the menu was opened");
        assertEquals(Set.of("lng-onprem-2"), editor.selection().ids());
    }

    @Test
    void pasteAtAPointInsideASubnetGoesIntoIt() {
        editor.select(List.of("vm-web-1"));
        editor.edit().copy();
        Rect subnet = vpn.element("snet-business").orElseThrow().bounds();
        editor.edit().pasteAt(new Point(subnet.x() + 10, subnet.y() + 30));
        String copy = editor.selection().ids().iterator().next();
        assertEquals(Optional.of("snet-business"), editor.diagram().element(copy).orElseThrow().parent());
    }

    @Test
    void aConnectionOffersDeleteRenameResetRouteAndValidateThis() {
        String id = vpn.connections().get(0).id();
        editor.select(List.of(id));
        ContextActions.Menu menu = editor.context().forSelection(shell);
        assertEquals(ContextActions.Target.CONNECTION, menu.target());
        assertEquals(List.of("Delete", "Rename…", "Reset Route", "Validate This"), labels(menu));
        assertFalse(menu.action("Reset Route").orElseThrow().enabled(), "no waypoints to remove");
        menu.action("Delete").orElseThrow().run().run();
        assertFalse(editor.diagram().hasId(id));
    }

    @Test
    void validateThisShowsTheFindingsOfTheElementAndWhatItContains() {
        ContextActions.Menu menu = editor.context().at(screenOf("vnet-app"), shell);
        menu.action("Validate This").orElseThrow().run().run();
        assertEquals(List.of("vnet-app"), shell.shownOf);
        Set<String> ids = shell.shownIds.get(0);
        assertTrue(ids.containsAll(Set.of("vnet-app", "gwsubnet", "vpngw")), ids.toString());
        assertFalse(ids.contains("lng-onprem"), "outside the network");
    }

    @Test
    void theQuickFixesOfTheClickedElementsFindingsAreItemsThatApplyThem() {
        editor.execute(new Rename("gwsubnet", "snet-gateway"));
        ContextActions.Menu menu = editor.context().at(screenOf("gwsubnet"), shell);
        String fix = "Fix: Rename subnet 'snet-gateway' to GatewaySubnet";
        assertTrue(labels(menu).contains(fix), labels(menu).toString());
        assertTrue(enabled(menu, fix));
        menu.action(fix).orElseThrow().run().run();
        assertEquals("GatewaySubnet", editor.diagram().element("gwsubnet").orElseThrow().name());
        ContextActions.Menu other = editor.context().at(screenOf("lng-onprem"), shell);
        assertTrue(labels(other).stream().noneMatch(l -> l.startsWith("Fix: Rename subnet")),
                "another element's menu has no fix of this finding");
    }

    @Test
    void duplicateCopiesTheSelectionOffsetWithFreshNamesAsOneStepAndLeavesTheClipboard() {
        editor.select(List.of("vm-web-1"));
        editor.edit().duplicate();
        assertFalse(editor.edit().canPaste(), "the clipboard is untouched");
        String copy = editor.selection().ids().iterator().next();
        Element e = editor.diagram().element(copy).orElseThrow();
        assertNotEquals("vm-web-1", copy);
        assertNotEquals("vm-web-1", e.name());
        assertEquals(vpn.element("vm-web-1").orElseThrow().parent(), e.parent());
        assertFalse(e.bounds().intersects(vpn.element("vm-web-1").orElseThrow().bounds()), "it lands clear");
        assertEquals(Optional.of("Undo Duplicate vm-web-1"), editor.edit().undoLabel());
        editor.edit().undo();
        assertEquals(vpn, editor.diagram());
    }

    @Test
    void duplicateOfANetworkGivesTheCopyItsOwnAddressRange() {
        editor.select(List.of("vnet-app"));
        editor.edit().duplicate();
        Diagram d = editor.diagram();
        Set<String> copies = editor.selection().ids();
        assertTrue(copies.stream().noneMatch(vpn::hasId), "the selection is the copy: " + copies);
        String copy = copies.stream().filter(id -> d.element(id).orElseThrow().parent().isEmpty()).findFirst()
                .orElseThrow();
        assertNotEquals(vpn.element("vnet-app").orElseThrow().props(),
                d.element(copy).orElseThrow().props());
        assertNotEquals(vpn.element("vnet-app").orElseThrow().name(), d.element(copy).orElseThrow().name());
    }

    @Test
    void aDuplicateWithNoRoomIsRefusedWithTheReason() {
        editor.select(List.of("snet-business"));
        editor.edit().duplicate();
        assertEquals(vpn, editor.diagram());
        assertTrue(editor.status().contains("no free room"), editor.status());
    }

    @Test
    void bringToFrontAndSendToBackReorderSiblingsAsOneUndoableStep() {
        List<String> before = vpn.elements().stream().map(Element::id).toList();
        String first = vpn.roots().get(0).id();
        editor.select(List.of(first));
        editor.edit().bringToFront();
        List<Element> roots = editor.diagram().roots();
        assertEquals(first, roots.get(roots.size() - 1).id(), "drawn last among the top level");
        assertEquals(Optional.of("Undo Bring " + vpn.element(first).orElseThrow().name() + " to Front"),
                editor.edit().undoLabel());
        editor.edit().sendToBack();
        assertEquals(first, editor.diagram().roots().get(0).id());
        editor.edit().undo();
        editor.edit().undo();
        assertEquals(before, editor.diagram().elements().stream().map(Element::id).toList());
        assertFalse(editor.edit().canUndo());
    }

    @Test
    void anInlineRenameCommitsOneRenameAndEscapeCancels() {
        editor.select(List.of("vpngw"));
        assertTrue(editor.edit().startRename());
        assertEquals(Optional.of("vpngw"), editor.edit().renaming());
        editor.edit().cancelRename();
        assertEquals(Optional.empty(), editor.edit().renaming());
        assertFalse(editor.edit().canUndo(), "cancel changes nothing");
        editor.edit().startRename();
        assertTrue(editor.edit().commitRename("  gw-main "));
        assertEquals("gw-main", editor.diagram().element("vpngw").orElseThrow().name());
        assertEquals(Optional.of("Undo Rename vpngw"), editor.edit().undoLabel());
        assertEquals(Optional.empty(), editor.edit().renaming());
    }

    @Test
    void anInlineRenameToNothingOrTheSameNameChangesNothing() {
        editor.select(List.of("vpngw"));
        editor.edit().startRename();
        assertFalse(editor.edit().commitRename("   "));
        assertTrue(editor.status().contains("cannot be empty"), editor.status());
        editor.edit().startRename();
        assertFalse(editor.edit().commitRename("vpngw"));
        assertFalse(editor.edit().canUndo());
    }

    @Test
    void renamingAConnectionEditsItsLabelAndAnEmptyOneRemovesIt() {
        String id = vpn.connections().get(0).id();
        editor.select(List.of(id));
        assertTrue(editor.edit().startRename());
        assertEquals("", editor.edit().renameText(id), "no label yet");
        assertTrue(editor.edit().commitRename(" Tunnel to Paris "));
        assertEquals(Optional.of("Tunnel to Paris"), editor.diagram().connection(id).orElseThrow().props()
                .read(dev.hybridnet.model.Keys.LABEL).toOptional());
        editor.edit().startRename();
        assertTrue(editor.edit().commitRename(""));
        assertFalse(editor.diagram().connection(id).orElseThrow().props().has("label"), "an empty label is removed");
        assertTrue(editor.edit().renameBox(id).isPresent());
    }

    @Test
    void theRenameFieldSitsOverTheNameOfAContainerAndUnderAnIcon() {
        Rect subnet = vpn.element("gwsubnet").orElseThrow().bounds();
        Rect box = editor.edit().renameBox("gwsubnet").orElseThrow();
        assertTrue(box.y() < subnet.y() + 28 && box.y() >= subnet.y(), "in the header: " + box);
        Rect gw = vpn.element("vpngw").orElseThrow().bounds();
        assertTrue(editor.edit().renameBox("vpngw").orElseThrow().y() >= gw.maxY(), "under the icon");
    }
}
