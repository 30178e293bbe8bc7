package dev.hybridnet.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.catalog.PeeringFlag;
import dev.hybridnet.catalog.Properties;
import dev.hybridnet.catalog.PropertySpec;
import dev.hybridnet.command.Command;
import dev.hybridnet.command.History;
import dev.hybridnet.command.SetProperty;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.ElementKind;
import dev.hybridnet.model.PropValue;
import dev.hybridnet.model.Reference;
import dev.hybridnet.samples.Sample;
import dev.hybridnet.samples.Samples;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The inspector's rows and the commands its edits make, without a toolkit. */
class InspectionTest {

    private final Diagram vpn = Samples.load(Sample.VPN);
    private final Diagram hubSpoke = Samples.load(Sample.HUB_SPOKE);

    private static InspectorField.Property property(Inspection i, String key) {
        return (InspectorField.Property) i.field("property:" + key).orElseThrow(() -> new AssertionError(key));
    }

    @Test
    void withNothingSelectedItShowsTheTitleAndTheDeclaredReference() {
        Inspection i = Inspection.of(vpn, Set.of());
        assertEquals("Site-to-site VPN", i.heading());
        InspectorField.DeclaredReference reference = (InspectorField.DeclaredReference) i.field("reference")
                .orElseThrow();
        assertEquals(Optional.of(Reference.VPN), reference.reference());
        assertEquals(Optional.empty(), reference.set(Optional.empty()).apply(vpn).reference());
        assertEquals("Branch", ((InspectorField.Title) i.field("title").orElseThrow()).set("Branch").apply(vpn)
                .title());
    }

    @Test
    void anElementShowsItsNameAndEveryPropertyOfItsKindInTheCatalogOrder() {
        Inspection i = Inspection.of(vpn, Set.of("vpngw"));
        assertEquals("vpngw", i.heading());
        List<String> keys = i.fields().stream().filter(f -> f instanceof InspectorField.Property)
                .map(f -> ((InspectorField.Property) f).spec().name()).toList();
        assertEquals(Set.copyOf(Properties.of(ElementKind.VPN_GATEWAY).stream().map(PropertySpec::name).toList()),
                Set.copyOf(keys));
        assertEquals(List.of("General", "Settings", "Addresses", "Routing"),
                i.sections().stream().map(Inspection.Section::title).toList());
        assertEquals(Optional.of(PropValue.text("VpnGw2AZ")), property(i, "sku").value());
        assertEquals("vpngw-main", ((InspectorField.Name) i.field("name").orElseThrow()).rename("vpngw-main")
                .apply(vpn).element("vpngw").orElseThrow().name());
    }

    @Test
    void anEditIsOneCommandWithTheLabelOfThePropertyAndTheElement() {
        Command edit = property(Inspection.of(vpn, Set.of("vpngw")), "sku").set(Optional.of(PropValue.text("VpnGw3")));
        assertEquals("Set SKU of vpngw", edit.label(vpn));
        History history = new History(vpn);
        history.execute(edit);
        assertEquals("VpnGw3", history.current().element("vpngw").orElseThrow().props().text("sku").orElse(""));
        history.undo();
        assertEquals(vpn, history.current());
    }

    @Test
    void clearingAValueRemovesTheProperty() {
        Command clear = property(Inspection.of(vpn, Set.of("vpngw")), "publicIp").set(Optional.empty());
        assertFalse(clear.apply(vpn).element("vpngw").orElseThrow().props().has("publicIp"));
    }

    @Test
    void severalElementsOfOneKindShowTheirCommonValueAndAnEditChangesAllInOneStep() {
        Inspection i = Inspection.of(vpn, Set.of("vm-web-1", "vm-web-2"));
        assertEquals("2 virtual machines", i.heading());
        assertTrue(property(i, "privateIp").mixed(), "10.20.1.5 and 10.20.1.6 differ");
        assertEquals(Optional.empty(), property(i, "publicIp").value());
        assertFalse(property(i, "publicIp").mixed(), "both have none");
        Command edit = property(i, "publicIp").set(Optional.of(PropValue.text("198.51.100.50")));
        assertEquals("Set public IP of 2 elements", edit.label(vpn));
        History history = new History(vpn);
        history.execute(edit);
        for (String vm : List.of("vm-web-1", "vm-web-2")) {
            assertEquals("198.51.100.50", history.current().element(vm).orElseThrow().props().text("publicIp")
                    .orElse(""), vm);
        }
        history.undo();
        assertEquals(vpn, history.current());
        assertFalse(history.canUndo(), "one step for both");
    }

    @Test
    void itemsOfDifferentKindsHaveNothingToEdit() {
        Inspection i = Inspection.of(vpn, Set.of("vpngw", "vm-web-1"));
        assertEquals("2 items selected", i.heading());
        assertTrue(i.fields().stream().allMatch(f -> f instanceof InspectorField.Info));
    }

    @Test
    void aBadValueInTheFileIsShownWithTheRulesMessage() {
        Diagram bad = new SetProperty("gwsubnet", "addressPrefix", PropValue.text("10.20.255.249/29")).apply(vpn);
        InspectorField.Property prefix = property(Inspection.of(bad, Set.of("gwsubnet")), "addressPrefix");
        assertEquals("10.20.255.249/29", prefix.text());
        assertTrue(prefix.problem().orElseThrow().contains("did you mean 10.20.255.248/29?"), prefix.problem()
                .toString());
    }

    @Test
    void propertiesTheCatalogDoesNotKnowAreShownReadOnly() {
        Diagram odd = new SetProperty("vpngw", "colour", PropValue.text("blue")).apply(vpn);
        Inspection i = Inspection.of(odd, Set.of("vpngw"));
        assertEquals(new InspectorField.Unknown("unknown:colour", "colour", "blue"),
                i.field("unknown:colour").orElseThrow());
        assertEquals("Other properties", i.sections().get(i.sections().size() - 1).title());
    }

    @Test
    void aPeeringShowsBothDirectionsWithTheirFlags() {
        Inspection i = Inspection.of(hubSpoke, Set.of("peering-hub-spoke1"));
        assertEquals(List.of("General", "Peering on vnet-hub (from)", "Peering on vnet-spoke1 (to)"),
                i.sections().stream().map(Inspection.Section::title).toList());
        InspectorField.PeeringFlagValue transit = (InspectorField.PeeringFlagValue) i
                .field("flag:from:allowGatewayTransit").orElseThrow();
        assertTrue(transit.value() && transit.editable());
        Diagram after = transit.set(false).apply(hubSpoke);
        assertFalse(after.connection("peering-hub-spoke1").orElseThrow().props().peering("from").toOptional()
                .orElseThrow().allowGatewayTransit());
        assertEquals("Do not allow gateway transit on vnet-hub's side of peering-hub-spoke1",
                transit.set(false).label(hubSpoke));
    }

    @Test
    void aMissingDirectionCanBeCreatedAndItsFlagsWaitForIt() {
        Diagram oneSided = new InspectorField.PeeringSide(Set.of("peering-hub-spoke1"), "to", "vnet-spoke1", true,
                false, Optional.empty()).set(false).apply(hubSpoke);
        Inspection i = Inspection.of(oneSided, Set.of("peering-hub-spoke1"));
        InspectorField.PeeringSide to = (InspectorField.PeeringSide) i.field("side:to").orElseThrow();
        assertFalse(to.present());
        assertFalse(((InspectorField.PeeringFlagValue) i.field("flag:to:useRemoteGateways").orElseThrow())
                .editable());
        Diagram created = to.set(true).apply(oneSided);
        assertEquals(Optional.of(dev.hybridnet.model.PeeringDirection.defaults()),
                created.connection("peering-hub-spoke1").orElseThrow().props().peering("to").toOptional());
        assertEquals("Create the peering on vnet-spoke1's side", to.set(true).label(oneSided));
    }

    @Test
    void severalPeeringsShowAFlagAsMixedWhenTheyDiffer() {
        Diagram differ = new dev.hybridnet.command.SetPeeringFlag("peering-hub-spoke2", "to",
                PeeringFlag.ALLOW_FORWARDED_TRAFFIC, false).apply(hubSpoke);
        Inspection i = Inspection.of(differ, Set.of("peering-hub-spoke1", "peering-hub-spoke2"));
        InspectorField.PeeringFlagValue forwarded = (InspectorField.PeeringFlagValue) i
                .field("flag:to:allowForwardedTraffic").orElseThrow();
        assertTrue(forwarded.mixed());
        Diagram after = forwarded.set(true).apply(differ);
        assertEquals(hubSpoke, after);
    }

    @Test
    void theLayoutStaysWhenOnlyValuesChange() {
        Inspection before = Inspection.of(vpn, Set.of("gwsubnet"));
        Diagram changed = new SetProperty("gwsubnet", "addressPrefix", PropValue.text("10.20.255.248/29"))
                .apply(vpn);
        Inspection after = Inspection.of(changed, Set.of("gwsubnet"));
        assertEquals(before.layout(), after.layout());
        assertNotEquals(before, after);
        assertNotEquals(before.layout(), Inspection.of(vpn, Set.of("vpngw")).layout());
    }

    @Test
    void everyFieldKindHasAnExampleInTheseInspections() {
        List<Inspection> all = List.of(Inspection.of(vpn, Set.of()), Inspection.of(vpn, Set.of("vpngw")),
                Inspection.of(new SetProperty("vpngw", "x", PropValue.text("y")).apply(vpn), Set.of("vpngw")),
                Inspection.of(hubSpoke, Set.of("peering-hub-spoke1")),
                Inspection.of(new SetProperty("s2s-onprem", "ipsecPolicy", dev.hybridnet.model.Ipsec.defaults())
                        .apply(vpn), Set.of("s2s-onprem")));
        Set<Class<?>> seen = new java.util.HashSet<>();
        all.forEach(i -> i.fields().forEach(f -> seen.add(f.getClass())));
        assertEquals(kinds(InspectorField.class), seen);
        assertInstanceOf(InspectorField.Name.class, Inspection.of(vpn, Set.of("vpngw")).fields().get(0));
    }

    /** The concrete field kinds of a sealed hierarchy: sealed sub-interfaces are followed down to their records. */
    private static Set<Class<?>> kinds(Class<?> sealed) {
        Set<Class<?>> out = new java.util.HashSet<>();
        for (Class<?> c : sealed.getPermittedSubclasses()) {
            if (c.isSealed()) {
                out.addAll(kinds(c));
            } else {
                out.add(c);
            }
        }
        return out;
    }
}
