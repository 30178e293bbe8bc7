package dev.hybridnet.imports.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.imports.ImportReport;
import dev.hybridnet.imports.Imported;
import dev.hybridnet.imports.Importer;
import dev.hybridnet.layout.Misplaced;
import dev.hybridnet.model.Connection;
import dev.hybridnet.model.ConnectionKind;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import dev.hybridnet.model.ElementKind;
import dev.hybridnet.model.Keys;
import dev.hybridnet.model.PropValue;
import dev.hybridnet.validation.Severity;
import dev.hybridnet.validation.ValidationReport;
import dev.hybridnet.validation.Validator;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Each azurerm resource the importer reads, mapped as the ARM resource it stands for, on our own plans and states
 * (see {@code tools/make-terraform-fixtures.py}); each file also imports laid out and free of errors.
 */
class AzurermMappingTest {

    private static final Path DIR = Path.of("src/test/resources/import/terraform");

    private static Imported load(String file) throws Exception {
        Imported imported = Importer.importFile(DIR.resolve(file), Optional.empty());
        assertEquals(Set.of(), Misplaced.of(imported.diagram()), file + ": laid out");
        ValidationReport checked = new Validator().validate(imported.diagram());
        assertEquals(0, checked.count(Severity.ERROR), file + ": " + checked.findings());
        return imported;
    }

    private static Element named(Diagram d, String name) {
        return d.elements().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow(() ->
                new AssertionError("no element named " + name + " in " + d.elements()));
    }

    private static String parentName(Diagram d, Element e) {
        return e.parent().flatMap(d::element).map(Element::name).orElse("-");
    }

    private static Optional<String> text(Element e, String key) {
        return e.props().nonBlankText(key).toOptional();
    }

    private static boolean joins(Diagram d, Connection c, String from, String to) {
        return named(d, from).id().equals(c.from()) && named(d, to).id().equals(c.to());
    }

    @Test
    void networksSubnetsPeeringsGatewaysAndIpsecConnectionsOfAPlanWithModules() throws Exception {
        Imported imported = load("pair/hub-spoke-vpn.plan.json");
        Diagram d = imported.diagram();
        assertEquals(4, d.elementsOfKind(ElementKind.VIRTUAL_NETWORK).size());
        assertEquals("contoso-spoke2", parentName(d, d.elements().stream().filter(e -> e.name().equals("snet-app")
                && text(e, Keys.ADDRESS_PREFIX.name()).equals(Optional.of("10.2.1.0/24"))).findFirst()
                .orElseThrow()), "an inline subnet block in its network");
        Element gateway = named(d, "contoso-hub-vpngw");
        assertEquals(ElementKind.VPN_GATEWAY, gateway.kind());
        assertEquals("GatewaySubnet", parentName(d, gateway), "subnet_id found through the configuration");
        assertEquals(Optional.of("Standard"), text(gateway, Keys.PUBLIC_IP_SKU.name()), "public_ip_address_id too");
        assertEquals(Optional.empty(), text(gateway, Keys.PUBLIC_IP.name()), "the address is known after apply");
        Connection vpn = d.connectionsOfKind(ConnectionKind.SITE_TO_SITE_VPN).get(0);
        assertTrue(joins(d, vpn, "contoso-hub-vpngw", "branch-lng"), "through module.hub's output: " + vpn);
        assertEquals(3, d.connectionsOfKind(ConnectionKind.VNET_PEERING).size(), "halves merged, ids through var");
        ImportReport report = imported.report();
        assertEquals(Map.of("azurerm_resource_group", 1, "azurerm_storage_account", 1), report.skipped());
        assertEquals(6, report.mapped().get("azurerm_virtual_network_peering"));
        assertEquals(List.of(new ImportReport.Problem("module.hub.azurerm_public_ip.gateway.ip_address",
                "known only after apply; left out")), report.problems());
    }

    @Test
    void circuitsPeeringsBothGatewayKindsAndExpressRouteConnectionsOfAStateInNestedModules() throws Exception {
        Diagram d = load("expressroute-vpn-failover.state.json").diagram();
        Element circuit = named(d, "er-circuit");
        assertEquals(Optional.of("Equinix"), text(circuit, Keys.PROVIDER.name()));
        assertEquals(Optional.of("MeteredData"), text(circuit, Keys.SKU_FAMILY.name()));
        List<Connection> peerings = d.connectionsOfKind(ConnectionKind.EXPRESSROUTE_PEERING);
        assertEquals(2, peerings.size(), "primary and secondary links");
        assertEquals(Optional.of("192.168.100.4/30"), peerings.stream().map(c -> c.props().nonBlankText(
                Keys.PEER_ADDRESS_PREFIX.name()).toOptional()).filter(p -> p.orElse("").endsWith(".4/30"))
                .findFirst().orElseThrow());
        assertEquals(ElementKind.EXPRESSROUTE_GATEWAY, named(d, "hub-ergw").kind());
        Element vpn = named(d, "hub-vpngw");
        assertEquals(Optional.of(true), vpn.props().read(Keys.ACTIVE_ACTIVE).toOptional());
        assertEquals(Optional.of(65515L), vpn.props().read(Keys.BGP_ASN).toOptional().map(Number::longValue));
        assertEquals(Optional.of("20.42.1.12"), text(vpn, Keys.SECOND_PUBLIC_IP.name()));
        assertEquals(1, d.elementsOfKind(ElementKind.SUBNET).size(), "the network's list and the subnet: one");
        assertTrue(joins(d, d.connectionsOfKind(ConnectionKind.EXPRESSROUTE_CONNECTION).get(0), "hub-ergw",
                "er-circuit"));
        Connection ipsec = d.connectionsOfKind(ConnectionKind.SITE_TO_SITE_VPN).get(0);
        assertEquals(Optional.of(true), ipsec.props().read(Keys.ENABLE_BGP).toOptional());
        Element lng = named(d, "onprem-lng");
        assertEquals(Optional.of("10.200.0.1"), text(lng, Keys.BGP_PEERING_ADDRESS.name()));
    }

    @Test
    void firewallBastionRouteServerLoadBalancerNvaMachinesRoutesAndAssociationsOfAPlan() throws Exception {
        Imported imported = load("hub-firewall-nva.plan.json");
        Diagram d = imported.diagram();
        assertEquals("AzureFirewallSubnet", parentName(d, named(d, "hub-fw")));
        assertEquals("AzureBastionSubnet", parentName(d, named(d, "hub-bastion")));
        assertEquals("RouteServerSubnet", parentName(d, named(d, "hub-rs")));
        Element lb = named(d, "hub-ilb");
        assertEquals("snet-lb", parentName(d, lb));
        assertEquals(Optional.of("10.0.4.10"), text(lb, Keys.PRIVATE_IP.name()));
        Element nva = named(d, "nva-vm");
        assertEquals(ElementKind.NETWORK_VIRTUAL_APPLIANCE, nva.kind(), "forwards IP, and a route points at it");
        assertEquals("snet-nva", parentName(d, nva));
        assertEquals(ElementKind.VIRTUAL_MACHINE, named(d, "app-vm").kind());
        assertEquals("snet-web", parentName(d, named(d, "app-vm")), "the for_each subnet named by its key");
        assertEquals("snet-data", parentName(d, named(d, "legacy-vm")), "azurerm_virtual_machine");
        for (String subnet : List.of("snet-web", "snet-data")) {
            Element s = named(d, subnet);
            PropValue routes = s.props().values().get(Keys.ROUTES.name());
            assertEquals(2, routes instanceof PropValue.ListValue l ? l.items().size() : 0, subnet + ": " + routes);
            assertTrue(routes.toString().contains("nva-vm") && routes.toString().contains("hub-ilb"), subnet
                    + ": the inline route and azurerm_route, each to its appliance: " + routes);
            assertEquals(Optional.of(true), s.props().read(Keys.DISABLE_BGP_ROUTE_PROPAGATION).toOptional(),
                    "bgp_route_propagation_enabled = false");
        }
        assertEquals(Optional.of(true), named(d, "snet-web").props().read(Keys.NSG).toOptional());
        assertEquals(Optional.of(false), named(d, "snet-data").props().read(Keys.NSG).toOptional());
        ImportReport report = imported.report();
        assertEquals(2, report.mapped().get("azurerm_subnet_route_table_association"));
        assertEquals(1, report.mapped().get("azurerm_route"));
        assertTrue(report.problems().contains(new ImportReport.Problem(
                "azurerm_firewall.hub.ip_configuration[0].private_ip_address", "known only after apply; left out")),
                report.problems().toString());
    }

    @Test
    void whatThePlanDestroysIsNotDrawnAndIsCounted() throws Exception {
        Imported imported = load("destroy-and-replace.plan.json");
        Diagram d = imported.diagram();
        assertEquals(List.of("snet-keep", "snet-new"), d.elementsOfKind(ElementKind.SUBNET).stream()
                .map(Element::name).sorted().toList(), "snet-old is destroyed, though the network still lists it");
        assertEquals(Optional.of(true), named(d, "snet-new").props().read(Keys.NSG).toOptional(),
                "associated with the replaced NSG, whose new id is unknown");
        assertEquals(List.of(), d.connectionsOfKind(ConnectionKind.VNET_PEERING));
        assertEquals(Map.of("azurerm_subnet", 1, "azurerm_virtual_network_peering", 1),
                imported.report().destroyed());
        assertTrue(imported.report().lines().get(0).contains("2 destroyed by the plan"),
                imported.report().lines().get(0));
    }

    @Test
    void vnetToVnetConnectionsInlineSubnetsInAzurerm3SpellingsAndDataSourcesOfAState() throws Exception {
        Imported imported = load("vnet2vnet.state.json");
        Diagram d = imported.diagram();
        List<Connection> links = d.connectionsOfKind(ConnectionKind.VNET_TO_VNET);
        assertEquals(2, links.size());
        assertTrue(links.stream().anyMatch(c -> joins(d, c, "vpngw-a", "vpngw-b")));
        Element appA = d.elements().stream().filter(e -> e.name().equals("snet-app") && parentName(d, e)
                .equals("vnet-a")).findFirst().orElseThrow();
        assertEquals(Optional.of("10.60.1.0/24"), text(appA, Keys.ADDRESS_PREFIX.name()), "address_prefix");
        assertEquals(Optional.of(true), appA.props().read(Keys.NSG).toOptional(), "security_group by id");
        assertEquals(Optional.of(true), appA.props().read(Keys.DISABLE_BGP_ROUTE_PROPAGATION).toOptional(),
                "a route table associated with an inline subnet");
        assertEquals(Optional.of("northeurope"), text(named(d, "vnet-b"), Keys.REGION.name()));
        assertEquals(Map.of("data.azurerm_resource_group", 1), imported.report().skipped());
    }

    @Test
    void aSpokeOfAHubReadWithDataSourcesAndANameKnownOnlyAfterApply() throws Exception {
        Imported imported = load("existing-hub.plan.json");
        Diagram d = imported.diagram();
        Element spoke = named(d, "module.spoke.azurerm_virtual_network.this");
        assertEquals(spoke.name(), parentName(d, named(d, "snet-workload")), "the subnet found its network");
        Element hub = named(d, "hub-prod");
        assertEquals(Optional.of(true), hub.props().read(Keys.IMPLIED).toOptional());
        List<Connection> peerings = d.connectionsOfKind(ConnectionKind.VNET_PEERING);
        assertEquals(1, peerings.size(), "both halves, one in the hub's resource group, merged");
        assertTrue(peerings.get(0).props().values().containsKey(Keys.PEERING_TO.name()), peerings.toString());
        assertTrue(imported.report().problems().contains(new ImportReport.Problem(
                "module.spoke.azurerm_virtual_network.this.name", "known only after apply; named after its address")),
                imported.report().problems().toString());
    }
}
