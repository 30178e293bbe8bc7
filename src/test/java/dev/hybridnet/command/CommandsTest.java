package dev.hybridnet.command;

import static dev.hybridnet.command.Tiny.bounds;
import static dev.hybridnet.command.Tiny.parent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.catalog.PeeringFlag;
import dev.hybridnet.geometry.Point;
import dev.hybridnet.geometry.Rect;
import dev.hybridnet.model.Connection;
import dev.hybridnet.model.ConnectionKind;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import dev.hybridnet.model.ElementKind;
import dev.hybridnet.model.PropValue;
import dev.hybridnet.model.Reference;
import dev.hybridnet.samples.Sample;
import dev.hybridnet.samples.Samples;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CommandsTest {

    private final Diagram tiny = Tiny.vpn();

    @Test
    void addingAVpnGatewayToTheGatewaySubnetMakesItAChildOfTheSubnet() {
        Element gw = Blueprint.of(ElementKind.VPN_GATEWAY).create(tiny, Optional.of("gw"), new Point(560, 100));
        AddElement add = new AddElement(gw);
        Diagram after = add.apply(tiny);
        assertEquals(Optional.of("gw"), parent(after, gw.id()));
        assertEquals("vpn-gateway-1", gw.id());
        assertEquals("Add VPN gateway", add.label(tiny));
    }

    @Test
    void addingAVpnGatewayOutsideAGatewaySubnetIsRefusedWithAReason() {
        Element gw = Blueprint.of(ElementKind.VPN_GATEWAY).create(tiny, Optional.of("app"), new Point(500, 300));
        CommandRefusedException e = assertThrows(CommandRefusedException.class, () -> new AddElement(gw).apply(tiny));
        assertEquals("A VPN gateway cannot go in subnet snet-app; it belongs in a GatewaySubnet.", e.getMessage());
    }

    @Test
    void addingAnElementWithATakenIdIsRefused() {
        Element copy = tiny.element("vm").orElseThrow();
        assertEquals(Optional.of("The id 'vm' is already used."), new AddElement(copy).whyNot(tiny));
    }

    @Test
    void aConnectionIsAddedWithAFreshIdAndLabelledWithTheNamesOfItsEnds() {
        Element lng2 = Tiny.element("lng2", ElementKind.LOCAL_NETWORK_GATEWAY, "lng-branch", null,
                new Rect(700, 450, 48, 48));
        Diagram d = new AddElement(lng2).apply(tiny);
        AddConnection connect = AddConnection.of(d, ConnectionKind.SITE_TO_SITE_VPN, "vpngw", "lng2");
        Diagram after = connect.apply(d);
        assertEquals("site-to-site-vpn-1", connect.connection().id());
        assertTrue(after.connection("site-to-site-vpn-1").isPresent());
        assertEquals("Connect vpngw to lng-branch", connect.label(d));
    }

    @Test
    void anIllegalOrDuplicateConnectionIsRefused() {
        assertEquals(Optional.of("A site-to-site VPN cannot join a VPN gateway to a virtual machine."),
                AddConnection.of(tiny, ConnectionKind.SITE_TO_SITE_VPN, "vpngw", "vm").whyNot(tiny));
        assertEquals(Optional.of("lng and vpngw are already joined by a site-to-site VPN."),
                AddConnection.of(tiny, ConnectionKind.SITE_TO_SITE_VPN, "lng", "vpngw").whyNot(tiny));
    }

    @Test
    void movingAContainerMovesEverythingInsideItOnce() {
        Move move = new Move(Set.of("vnet", "vm"), 10, 20);
        Diagram after = move.apply(tiny);
        assertEquals(bounds(tiny, "vnet").movedBy(10, 20), bounds(after, "vnet"));
        assertEquals(bounds(tiny, "vpngw").movedBy(10, 20), bounds(after, "vpngw"));
        assertEquals(bounds(tiny, "vm").movedBy(10, 20), bounds(after, "vm"));
        assertEquals(bounds(tiny, "lng"), bounds(after, "lng"));
        assertEquals("Move 2 elements", move.label(tiny));
        assertEquals("Move vpngw", new Move(Set.of("vpngw"), 1, 1).label(tiny));
    }

    @Test
    void movingAConnectionIsRefused() {
        assertEquals(Optional.of("'s2s' is a connection, not an element."), new Move(Set.of("s2s"), 1, 1)
                .whyNot(tiny));
    }

    @Test
    void resizingAContainerKeepsItsChildrenInsideOrIsRefused() {
        Resize grow = new Resize("app", new Rect(420, 200, 300, 180));
        assertEquals(new Rect(420, 200, 300, 180), bounds(grow.apply(tiny), "app"));
        assertEquals("Resize snet-app", grow.label(tiny));
        assertEquals(Optional.of("snet-app cannot be made that small: vm-1 would stick out."),
                new Resize("app", new Rect(420, 200, 50, 50)).whyNot(tiny));
        assertEquals(Optional.of("snet-app cannot grow out of vnet."),
                new Resize("app", new Rect(420, 200, 600, 150)).whyNot(tiny));
        assertEquals(Optional.of("vpngw cannot be resized; only networks, subnets, notes and groups can."),
                new Resize("vpngw", new Rect(0, 0, 100, 100)).whyNot(tiny));
    }

    @Test
    void reparentingMovesAVmIntoAnotherSubnetWithItsOffset() {
        Diagram d = new AddElement(Tiny.element("web", ElementKind.SUBNET, "snet-web", "vnet",
                new Rect(650, 200, 200, 150))).apply(tiny);
        Reparent reparent = new Reparent(Set.of("vm"), Optional.of("web"), 250, 0);
        Diagram after = reparent.apply(d);
        assertEquals(Optional.of("web"), parent(after, "vm"));
        assertEquals(bounds(d, "vm").movedBy(250, 0), bounds(after, "vm"));
        assertEquals("Move into snet-web", reparent.label(d));
    }

    @Test
    void reparentingIntoAnIllegalContainerOrIntoItselfIsRefused() {
        assertEquals(Optional.of("A virtual machine cannot go in the on-premises network; it belongs in a subnet."),
                new Reparent(Set.of("vm"), Optional.of("onprem"), 0, 0).whyNot(tiny));
        assertEquals(Optional.of("Virtual network vnet cannot go inside itself."),
                new Reparent(Set.of("vnet"), Optional.of("app"), 0, 0).whyNot(tiny));
        assertEquals(Optional.of("A virtual machine cannot go at the top level; it belongs in a subnet."),
                new Reparent(Set.of("vm"), Optional.empty(), 0, 0).whyNot(tiny));
    }

    @Test
    void deletingAContainerRemovesItsDescendantsAndAllTheirConnections() {
        Delete delete = new Delete(Set.of("vnet"));
        Diagram after = delete.apply(tiny);
        for (String gone : List.of("vnet", "gw", "vpngw", "app", "vm", "s2s")) {
            assertFalse(after.hasId(gone), gone);
        }
        assertTrue(after.hasId("rep"));
        assertEquals("Delete vnet", delete.label(tiny));
    }

    @Test
    void deletingConnectionsLeavesTheirEnds() {
        Diagram after = new Delete(Set.of("s2s")).apply(tiny);
        assertFalse(after.hasId("s2s"));
        assertTrue(after.hasId("vpngw") && after.hasId("lng"));
        assertEquals("Delete site-to-site VPN s2s", new Delete(Set.of("s2s")).label(tiny));
        assertEquals("Delete 2 elements and 1 connection", new Delete(Set.of("vm", "lng", "rep")).label(tiny));
        assertEquals(Optional.of("There is no element or connection 'nope'."), new Delete(Set.of("nope"))
                .whyNot(tiny));
    }

    @Test
    void propertiesAreSetAndClearedWithTheCatalogsLabel() {
        SetProperty sku = new SetProperty("vpngw", "sku", new PropValue.Text("VpnGw2AZ"));
        Diagram after = sku.apply(tiny);
        assertEquals(Optional.of(new PropValue.Text("VpnGw2AZ")), after.element("vpngw").orElseThrow().props()
                .get("sku"));
        assertEquals("Set SKU of vpngw", sku.label(tiny));
        RemoveProperty clear = new RemoveProperty("vpngw", "sku");
        assertFalse(clear.apply(after).element("vpngw").orElseThrow().props().has("sku"));
        assertEquals("Clear SKU of vpngw", clear.label(after));
        assertEquals("Set bgpAsn of 2 elements", new SetProperty(Set.of("gw", "app"), "bgpAsn",
                PropValue.Number.of(1)).label(tiny));
    }

    @Test
    void aPropertyOfAConnectionCanBeSet() {
        Diagram after = new SetProperty("s2s", "enableBgp", new PropValue.Bool(true)).apply(tiny);
        assertEquals(Optional.of(new PropValue.Bool(true)), after.connection("s2s").orElseThrow().props()
                .get("enableBgp"));
    }

    @Test
    void renameTitleAndReferenceChangeOnlyWhatTheySay() {
        Diagram renamed = new Rename("vm", "vm-web").apply(tiny);
        assertEquals("vm-web", renamed.element("vm").orElseThrow().name());
        assertEquals("Rename vm-1", new Rename("vm", "vm-web").label(tiny));
        assertEquals("New", new SetTitle("New").apply(tiny).title());
        Diagram following = new SetReference(Optional.of(Reference.VPN)).apply(tiny);
        assertEquals(Optional.of(Reference.VPN), following.reference());
        assertEquals("Follow Site-to-site VPN", new SetReference(Optional.of(Reference.VPN)).label(tiny));
    }

    @Test
    void pasteGivesFreshIdsAndKeepsOnlyInnerConnections() {
        Fragment fragment = Fragment.of(tiny, Set.of("vnet", "lng", "s2s", "rep"));
        assertEquals(List.of("s2s"), fragment.connections().stream().map(Connection::id).toList());
        Paste paste = new Paste(fragment, Optional.empty(), 20, 20);
        Diagram after = paste.apply(tiny);
        assertEquals(tiny.elements().size() + 6, after.elements().size());
        assertEquals(tiny.connections().size() + 1, after.connections().size());
        Connection copy = after.connection("s2s-2").orElseThrow();
        assertEquals("vpngw-2", copy.from());
        assertEquals("lng-2", copy.to());
        assertEquals(Optional.of("gw-2"), parent(after, "vpngw-2"));
        assertEquals(bounds(tiny, "vpngw").movedBy(20, 20), bounds(after, "vpngw-2"));
        assertEquals("Paste 6 elements", paste.label(tiny));
    }

    @Test
    void pasteIntoAContainerChecksThatItMayHoldTheCopy() {
        Fragment vm = Fragment.of(tiny, Set.of("vm"));
        Diagram after = new Paste(vm, Optional.of("app"), 60, 0).apply(tiny);
        assertEquals(Optional.of("app"), parent(after, "vm-2"));
        assertEquals(Optional.of("A virtual machine cannot go in GatewaySubnet; GatewaySubnet holds only VPN "
                + "gateways and ExpressRoute gateways."), new Paste(vm, Optional.of("gw"), 0, 0).whyNot(tiny));
    }

    @Test
    void aCompositeAppliesItsStepsAsOneWithOneLabel() {
        Composite both = new Composite("Tidy up", List.of(new Move(Set.of("lng"), 5, 0),
                new Rename("lng", "lng-main")));
        Diagram after = both.apply(tiny);
        assertEquals("lng-main", after.element("lng").orElseThrow().name());
        assertEquals(bounds(tiny, "lng").movedBy(5, 0), bounds(after, "lng"));
        assertEquals("Tidy up", both.label(tiny));
        Composite broken = new Composite("x", List.of(new Move(Set.of("lng"), 5, 0), new Delete(Set.of("nope"))));
        assertTrue(broken.whyNot(tiny).isPresent());
    }

    @Test
    void restackReordersOnlyAndIsANoOpWhenInPlaceAlready() {
        Diagram vpn = Samples.load(Sample.VPN);
        Diagram front = new Restack(Set.of("gwsubnet"), true).apply(vpn);
        List<Element> elements = front.elements();
        assertEquals("gwsubnet", elements.get(elements.size() - 1).id());
        assertEquals(Set.copyOf(vpn.elements()), Set.copyOf(elements), "the same elements, unchanged");
        assertEquals(vpn.connections(), front.connections());
        assertSame(front, new Restack(Set.of("gwsubnet"), true).apply(front), "in front already");
        assertEquals("Send GatewaySubnet to Back", new Restack(Set.of("gwsubnet"), false).label(vpn));
        assertTrue(new Restack(Set.of("s2s-onprem"), true).whyNot(vpn).isPresent(), "a connection has no stack");
    }

    @Test
    void everyKindOfCommandAppliesToTheVpnSampleAndHasALabel() {
        Diagram vpn = Samples.load(Sample.VPN);
        Fragment web = Fragment.of(vpn, Set.of("snet-web"));
        List<Command> commands = List.of(
                new AddElement(Blueprint.of(ElementKind.VIRTUAL_MACHINE).create(vpn, Optional.of("snet-web"),
                        new Point(1100, 200))),
                AddConnection.of(vpn, ConnectionKind.SITE_TO_SITE_VPN, "vpngw", "appliance"),
                new Move(Set.of("vnet-app"), 10, 10),
                new Resize("vnet-app", bounds(vpn, "vnet-app").resized(900, 520)),
                new Reparent(Set.of("vm-web-1"), Optional.of("snet-business"), 0, 0),
                new Delete(Set.of("snet-web")),
                new SetProperty("vpngw", "sku", new PropValue.Text("VpnGw3AZ")),
                new RemoveProperty("vpngw", "publicIp"),
                new Rename("vpngw", "vpngw-main"),
                new SetTitle("Branch"),
                new SetReference(Optional.empty()),
                new Paste(web, Optional.empty(), 0, 600),
                new Composite("Two moves", List.of(new Move(Set.of("lng-onprem"), 1, 0),
                        new Move(Set.of("lng-onprem"), 0, 1))),
                new Landed(new Move(Set.of("lng-onprem"), 0, 40), Set.of("lng-onprem")),
                new Arrange("Tidy up", java.util.Map.of("lng-onprem", bounds(vpn, "lng-onprem").movedBy(0, 50))),
                new Align(Set.of("onprem", "lng-onprem"), Align.How.TOP),
                new Restack(Set.of("snet-web"), true));
        Diagram hubSpoke = Samples.load(Sample.HUB_SPOKE);
        Command flag = new SetPeeringFlag("peering-hub-spoke1", "to", PeeringFlag.ALLOW_FORWARDED_TRAFFIC, false);
        assertFalse(flag.apply(hubSpoke).equals(hubSpoke));
        assertFalse(flag.label(hubSpoke).isBlank());
        Set<Class<?>> examples = new java.util.HashSet<>(commands.stream().map(Object::getClass).toList());
        examples.add(flag.getClass());
        assertEquals(Set.of(Command.class.getPermittedSubclasses()), examples, "one example of each command");
        for (Command c : commands) {
            Diagram after = c.apply(vpn);
            assertFalse(after.equals(vpn), c + " changes the sample");
            assertFalse(c.label(vpn).isBlank(), c + " has a label");
        }
    }

    @Test
    void aNewGatewaySubnetTakesTheTopmostFreeSlash27AndAPlainSubnetTheLowestFreeSlash24() {
        Diagram empty = Diagram.empty("t");
        Element vnet = Blueprint.of(ElementKind.VIRTUAL_NETWORK).create(empty, Optional.empty(), new Point(300, 300));
        Diagram d = new AddElement(vnet).apply(empty);
        String space = vnet.props().prefixes("addressSpaces").toOptional().orElseThrow().get(0).toString();
        assertEquals("10.0.0.0/16", space);
        dev.hybridnet.catalog.SubnetPreset gateway = dev.hybridnet.catalog.Catalog.presetNamed("GatewaySubnet")
                .orElseThrow();
        Element gw = Blueprint.of(gateway).create(d, Optional.of(vnet.id()), new Point(200, 200));
        assertEquals("GatewaySubnet", gw.name());
        assertEquals("10.0.255.224/27", gw.props().prefix("addressPrefix").toOptional().orElseThrow().toString());
        d = new AddElement(gw).apply(d);
        Element second = Blueprint.of(gateway).create(d, Optional.of(vnet.id()), new Point(200, 400));
        assertEquals("10.0.255.192/27", second.props().prefix("addressPrefix").toOptional().orElseThrow().toString(),
                "the next block down when the top one is taken");
        Element plain = Blueprint.of(ElementKind.SUBNET).create(d, Optional.of(vnet.id()), new Point(400, 200));
        assertEquals("10.0.0.0/24", plain.props().prefix("addressPrefix").toOptional().orElseThrow().toString());
    }
}
