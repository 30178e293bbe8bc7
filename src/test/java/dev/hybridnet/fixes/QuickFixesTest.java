package dev.hybridnet.fixes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.catalog.PeeringFlag;
import dev.hybridnet.command.AddElement;
import dev.hybridnet.command.Command;
import dev.hybridnet.command.History;
import dev.hybridnet.command.Rename;
import dev.hybridnet.command.SetPeeringFlag;
import dev.hybridnet.command.SetProperty;
import dev.hybridnet.geometry.Rect;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import dev.hybridnet.model.ElementKind;
import dev.hybridnet.model.Props;
import dev.hybridnet.model.PropValue;
import dev.hybridnet.samples.Sample;
import dev.hybridnet.samples.Samples;
import dev.hybridnet.validation.Finding;
import dev.hybridnet.validation.RuleBook;
import dev.hybridnet.validation.RuleInfo;
import dev.hybridnet.validation.Severity;
import dev.hybridnet.validation.Validator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Each quick fix on a sample broken to trip its rule: the finding is there before, gone after the fix, no other
 * error or warning appears, and one undo through the history restores the broken diagram.
 */
class QuickFixesTest {

    private static final Validator VALIDATOR = new Validator();

    private static Diagram broken(Sample sample, Command... breaks) {
        Diagram d = Samples.load(sample);
        for (Command c : breaks) {
            d = c.apply(d);
        }
        return d;
    }

    private static List<Finding> findings(Diagram d, String rule) {
        return VALIDATOR.validate(d).findings().stream().filter(f -> f.rule().equals(rule)).toList();
    }

    private static Finding only(Diagram d, String rule) {
        List<Finding> found = findings(d, rule);
        assertEquals(1, found.size(), rule + " in " + VALIDATOR.validate(d).findings());
        return found.get(0);
    }

    /** The errors and warnings; notes (such as where GatewaySubnet sits) may come and go. */
    private static Set<String> messages(Diagram d) {
        Set<String> messages = new HashSet<>();
        VALIDATOR.validate(d).findings().stream().filter(f -> f.severity() != Severity.INFO)
                .forEach(f -> messages.add(f.rule() + ": " + f.message()));
        return messages;
    }

    /** Applies the fix of the only finding of {@code rule} through a history; checks the finding goes and undo. */
    private static Diagram fixes(Diagram broken, String rule, String label) {
        Finding finding = only(broken, rule);
        QuickFix fix = QuickFixes.forFinding(broken, finding).orElseThrow(() -> new AssertionError("no fix"));
        assertEquals(label, fix.label());
        History history = new History(broken);
        assertTrue(history.execute(fix.command()));
        Diagram after = history.current();
        assertEquals(List.of(), findings(after, rule), "the finding is gone");
        Set<String> appeared = messages(after);
        appeared.removeAll(messages(broken));
        assertEquals(Set.of(), appeared, "the fix brings no new error or warning");
        assertEquals(Optional.empty(), QuickFixes.forFinding(after, finding), "nothing left to fix");
        assertEquals(Optional.of("Undo " + label), history.undoLabel());
        history.undo();
        assertEquals(broken, history.current());
        return after;
    }

    private static String prefix(Diagram d, String id) {
        return d.element(id).orElseThrow().props().text("addressPrefix").orElse("");
    }

    @Test
    void aGatewaySubnetThatIsTooSmallWidensToTheSlashTwentySevenAroundIt() {
        Diagram broken = broken(Sample.VPN, new SetProperty("gwsubnet", "addressPrefix",
                PropValue.text("10.20.255.248/29")));
        Diagram after = fixes(broken, "gateway-subnet-size", "Widen GatewaySubnet to 10.20.255.224/27");
        assertEquals("10.20.255.224/27", prefix(after, "gwsubnet"));
    }

    @Test
    void aGatewaySubnetWhoseBlockIsTakenWidensIntoTheTopmostFreeSlashTwentySeven() {
        Diagram broken = broken(Sample.VPN,
                new SetProperty("gwsubnet", "addressPrefix", PropValue.text("10.20.255.248/29")),
                new SetProperty("snet-data", "addressPrefix", PropValue.text("10.20.255.224/29")));
        Diagram after = fixes(broken, "gateway-subnet-size", "Widen GatewaySubnet to 10.20.255.192/27");
        assertEquals("10.20.255.192/27", prefix(after, "gwsubnet"));
    }

    @Test
    void aGatewaySubnetWithNoRoomInItsNetworkHasNoFix() {
        Diagram broken = broken(Sample.VPN,
                new SetProperty("vnet-app", "addressSpaces", PropValue.texts(List.of("10.20.255.224/27"))),
                new SetProperty("gwsubnet", "addressPrefix", PropValue.text("10.20.255.248/29")),
                new SetProperty("snet-web", "addressPrefix", PropValue.text("10.20.255.224/29")));
        assertEquals(Optional.empty(), QuickFixes.forFinding(broken, only(broken, "gateway-subnet-size")));
    }

    @Test
    void coexistingGatewaysInASmallSubnetWidenItToo() {
        Diagram broken = broken(Sample.EXPRESSROUTE_VPN_FAILOVER, new SetProperty("gwsubnet", "addressPrefix",
                PropValue.text("10.200.255.240/28")));
        Diagram after = fixes(broken, "ervpn-gateway-subnet-27", "Widen GatewaySubnet to 10.200.255.224/27");
        assertEquals("10.200.255.224/27", prefix(after, "gwsubnet"));
    }

    @Test
    void aSubnetHoldingAGatewayIsRenamedGatewaySubnet() {
        Diagram broken = broken(Sample.VPN, new Rename("gwsubnet", "snet-gateway"));
        Diagram after = fixes(broken, "gateway-subnet-name", "Rename subnet 'snet-gateway' to GatewaySubnet");
        assertEquals("GatewaySubnet", after.element("gwsubnet").orElseThrow().name());
    }

    @Test
    void noRenameWhenTheNetworkAlreadyHasAGatewaySubnet() {
        Diagram broken = broken(Sample.VPN, new Rename("gwsubnet", "snet-gateway"),
                new Rename("bastionsubnet", "GatewaySubnet"));
        assertEquals(Optional.empty(), QuickFixes.forFinding(broken, only(broken, "gateway-subnet-name")));
    }

    @Test
    void anNsgOnGatewaySubnetIsRemoved() {
        Diagram broken = broken(Sample.VPN, new SetProperty("gwsubnet", "nsg", PropValue.bool(true)));
        Diagram after = fixes(broken, "gateway-subnet-nsg-udr", "Remove the NSG from GatewaySubnet");
        assertFalse(after.element("gwsubnet").orElseThrow().props().bool("nsg").orElse(true));
    }

    @Test
    void disabledBgpRoutePropagationOnGatewaySubnetIsEnabledAgain() {
        Diagram broken = broken(Sample.VPN, new SetProperty("gwsubnet", "disableBgpRoutePropagation",
                PropValue.bool(true)));
        fixes(broken, "gateway-subnet-nsg-udr", "Enable BGP route propagation on GatewaySubnet");
    }

    @Test
    void theHubSideOfAPeeringGetsAllowGatewayTransit() {
        Diagram broken = broken(Sample.HUB_SPOKE, new SetPeeringFlag("peering-hub-spoke1", "from",
                PeeringFlag.ALLOW_GATEWAY_TRANSIT, false));
        Diagram after = fixes(broken, "hs-allow-gateway-transit",
                "Allow gateway transit on vnet-hub's side of peering-hub-spoke1");
        assertEquals(Samples.load(Sample.HUB_SPOKE), after);
    }

    @Test
    void theSpokeSideOfAPeeringGetsUseRemoteGateways() {
        Diagram broken = broken(Sample.HUB_SPOKE, new SetPeeringFlag("peering-hub-spoke2", "to",
                PeeringFlag.USE_REMOTE_GATEWAYS, false));
        Diagram after = fixes(broken, "hs-use-remote-gateways",
                "Use remote gateways on vnet-spoke2's side of peering-hub-spoke2");
        assertEquals(Samples.load(Sample.HUB_SPOKE), after);
    }

    @Test
    void aSpokeThatStartsUsingTheHubGatewayAlsoGetsTransitOnTheHubSide() {
        Diagram broken = broken(Sample.HUB_SPOKE,
                new SetPeeringFlag("peering-hub-spoke2", "to", PeeringFlag.USE_REMOTE_GATEWAYS, false),
                new SetPeeringFlag("peering-hub-spoke2", "from", PeeringFlag.ALLOW_GATEWAY_TRANSIT, false));
        Diagram after = fixes(broken, "hs-use-remote-gateways", "Use remote gateways on vnet-spoke2's side of "
                + "peering-hub-spoke2, and allow gateway transit on the other side");
        assertEquals(Samples.load(Sample.HUB_SPOKE), after);
    }

    @Test
    void aPeeringSideThatDropsForwardedTrafficAllowsItAgain() {
        Diagram broken = broken(Sample.HUB_SPOKE, new SetPeeringFlag("peering-hub-spoke1", "to",
                PeeringFlag.ALLOW_FORWARDED_TRAFFIC, false));
        fixes(broken, "hs-allow-forwarded", "Allow forwarded traffic on vnet-spoke1's side of peering-hub-spoke1");
    }

    @Test
    void aLocalNetworkGatewayWithAnEmptyPrefixListTakesTheAddressSpaceOfTheSiteItRepresents() {
        Diagram broken = broken(Sample.VPN, new SetProperty("lng-onprem", "addressPrefixes",
                new PropValue.ListValue(List.of())));
        Diagram after = fixes(broken, "lng-address-prefixes",
                "Give lng-onprem the address space of On-premises network (192.168.0.0/16)");
        assertEquals(after.element("onprem").orElseThrow().props().get("addressSpaces"),
                after.element("lng-onprem").orElseThrow().props().get("addressPrefixes"));
    }

    @Test
    void aVpnGatewayWithABasicDynamicPublicIpGetsAStandardStaticOne() {
        Diagram broken = broken(Sample.VPN, new SetProperty("vpngw", "publicIpSku", PropValue.text("Basic")),
                new SetProperty("vpngw", "publicIpAllocation", PropValue.text("Dynamic")));
        Diagram after = fixes(broken, "vpn-gateway-public-ip", "Give vpngw a Standard, static public IP");
        assertEquals("Standard", after.element("vpngw").orElseThrow().props().text("publicIpSku").orElse(""));
    }

    @Test
    void aVpnGatewayBesideRouteServerBecomesActiveActive() {
        Diagram broken = broken(Sample.VPN,
                new AddElement(new Element("rs-subnet", ElementKind.SUBNET, "RouteServerSubnet",
                        Optional.of("vnet-app"), new Rect(0, 0, 180, 120), Props.builder()
                        .text("addressPrefix", "10.20.250.0/27").build())),
                new AddElement(new Element("rs", ElementKind.ROUTE_SERVER, "rs", Optional.of("rs-subnet"),
                        new Rect(10, 10, 48, 48), Props.empty())));
        fixes(broken, "route-server-vpn-gateway", "Make vpngw active-active");
    }

    @Test
    void anNvaThatRoutesUseTurnsIpForwardingOn() {
        Diagram broken = broken(Sample.HUB_SPOKE,
                new AddElement(new Element("nva", ElementKind.NETWORK_VIRTUAL_APPLIANCE, "nva",
                        Optional.of("snet-shared"), new Rect(10, 10, 48, 48), Props.builder()
                        .bool("ipForwarding", false).build())),
                new SetProperty("spoke1-workload", "routes", new PropValue.ListValue(List.of(
                        PropValue.ObjectValue.of(java.util.Map.of("addressPrefix", PropValue.text("10.2.0.0/16"),
                                "nextHopType", PropValue.text("VirtualAppliance"), "nextHop",
                                PropValue.text("nva")))))));
        fixes(broken, "nva-ip-forwarding", "Turn IP forwarding on for nva");
    }

    @Test
    void findingsOfOtherRulesHaveNoQuickFix() {
        Diagram broken = broken(Sample.VPN, new SetProperty("vpngw", "publicIp", PropValue.text("not an ip")));
        List<Finding> all = VALIDATOR.validate(broken).findings();
        assertFalse(all.isEmpty());
        all.forEach(f -> assertEquals(Optional.empty(), QuickFixes.forFinding(broken, f), f.rule()));
    }

    @Test
    void everyRuleWithQuickFixesIsARuleOfTheValidator() {
        Set<String> ids = new HashSet<>(RuleBook.all().stream().map(r -> r.info()).map(RuleInfo::id).toList());
        assertTrue(ids.containsAll(QuickFixes.RULES), QuickFixes.RULES + " in " + ids);
    }
}
