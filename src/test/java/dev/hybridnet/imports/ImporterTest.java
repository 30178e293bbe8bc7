package dev.hybridnet.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.layout.Misplaced;
import dev.hybridnet.model.Connection;
import dev.hybridnet.model.ConnectionKind;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import dev.hybridnet.model.ElementKind;
import dev.hybridnet.model.Keys;
import dev.hybridnet.validation.Severity;
import dev.hybridnet.validation.ValidationReport;
import dev.hybridnet.validation.Validator;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ImporterTest {

    private static final Path OWN = Path.of("src/test/resources/import/own");
    private static final Path HOSTILE = Path.of("src/test/resources/import/hostile");

    private static long count(Diagram d, ElementKind kind) {
        return d.elementsOfKind(kind).size();
    }

    private static Element named(Diagram d, String name) {
        return d.elements().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow(() ->
                new AssertionError("no element named " + name + " in " + d.elements()));
    }

    @Test
    void aHubSpokeTemplateBecomesALaidOutValidatedDiagram() throws Exception {
        Imported imported = Importer.importFile(OWN.resolve("hub-spoke-vpn.json"), Optional.empty());
        Diagram d = imported.diagram();
        assertEquals(4, count(d, ElementKind.VIRTUAL_NETWORK));
        assertEquals(5, count(d, ElementKind.SUBNET));
        Element gateway = named(d, "contoso-hub-vpngw");
        assertEquals(ElementKind.VPN_GATEWAY, gateway.kind());
        assertEquals("GatewaySubnet", d.element(gateway.parent().orElseThrow()).orElseThrow().name());
        assertEquals("10.0.255.0/27", named(d, "GatewaySubnet").props().nonBlankText(Keys.ADDRESS_PREFIX.name())
                .toOptional().orElseThrow(), "cidrSubnet evaluated");
        assertEquals(Optional.of("Standard"), gateway.props().nonBlankText(Keys.PUBLIC_IP_SKU.name()).toOptional());
        assertEquals(Optional.of("Static"), gateway.props().nonBlankText(Keys.PUBLIC_IP_ALLOCATION.name())
                .toOptional());
        Element site = d.elementsOfKind(ElementKind.ON_PREMISES_NETWORK).get(0);
        assertEquals(Optional.of(true), site.props().read(Keys.IMPLIED).toOptional(), "marked as implied");
        List<Connection> peerings = d.connectionsOfKind(ConnectionKind.VNET_PEERING);
        assertEquals(3, peerings.size(), "the hub's and the spokes' halves merged, one connection a pair");
        for (Connection p : peerings) {
            assertTrue(p.props().read(Keys.PEERING_FROM).toOptional().orElseThrow().allowGatewayTransit());
            assertTrue(p.props().read(Keys.PEERING_TO).toOptional().orElseThrow().useRemoteGateways());
        }
        assertEquals(1, d.connectionsOfKind(ConnectionKind.SITE_TO_SITE_VPN).size());
        assertEquals(1, d.connectionsOfKind(ConnectionKind.REPRESENTS).size());
        ImportReport report = imported.report();
        assertEquals(Map.of("Microsoft.Storage/storageAccounts", 1), report.skipped());
        assertEquals(6, report.mapped().get("Microsoft.Network/virtualNetworks/virtualNetworkPeerings"));
        assertTrue(report.problems().stream().anyMatch(p -> p.path().equals("parameters.sharedKey")),
                report.problems().toString());
        ValidationReport checked = new Validator().validate(d);
        assertEquals(0, checked.count(Severity.ERROR), checked.findings().toString());
        assertEquals(Set.of(), Misplaced.of(d), "laid out: every element has its place");
        assertEquals(List.of(), dev.hybridnet.layout.LayoutProperties.problems(d), "the layout's promises hold");
        assertEquals(List.of(), dev.hybridnet.render.RouteProperties.crossings(d), "no route crosses an element");
    }

    @Test
    void azuresOwnResourceJsonIsImportedWithAssociationsAndPeerings() throws Exception {
        Imported imported = Importer.importFile(OWN.resolve("az-network-list.json"), Optional.empty());
        Diagram d = imported.diagram();
        Element web = named(d, "snet-web");
        assertEquals(Optional.of(true), web.props().read(Keys.NSG).toOptional());
        assertEquals(1, web.props().read(Keys.ROUTES).toOptional().orElseThrow().size());
        assertEquals(ElementKind.AZURE_FIREWALL, named(d, "hub-fw").kind());
        assertEquals(1, d.connectionsOfKind(ConnectionKind.VNET_PEERING).size(), "two halves, one peering");
        assertEquals(Map.of(), imported.report().skipped());
        assertEquals(0, new Validator().validate(d).count(Severity.ERROR));
    }

    @Test
    void severalFilesMakeOneDiagram() throws Exception {
        Imported both = Importer.importFiles(List.of(OWN.resolve("hub-spoke-vpn.json"),
                OWN.resolve("az-network-list.json")), Optional.empty());
        assertEquals(6, count(both.diagram(), ElementKind.VIRTUAL_NETWORK));
    }

    @Test
    void everyHostileFileIsOneClearSentenceNamingTheFile() {
        Map<String, String> expected = Map.of(
                "not-json.json", "not JSON at line 1, column 1",
                "not-a-template.json", "neither an ARM template nor Azure resource JSON",
                "malformed-expression.json", "is not closed with ']'",
                "unknown-function.json", "the function 'frobnicate' is not one the importer knows",
                "copy-count-negative.json", "needs a count from 0 to 800, not -1",
                "circular-variables.json", "needs itself",
                "nested-deployments-100.json", "nested deployments go deeper than 10 levels");
        expected.forEach((file, words) -> {
            ImportException e = assertThrows(ImportException.class, () -> Importer.importFile(HOSTILE.resolve(file),
                    Optional.empty()), file);
            assertTrue(e.getMessage().startsWith(HOSTILE.resolve(file) + ": "), e.getMessage());
            assertTrue(e.getMessage().contains(words), file + ": " + e.getMessage());
            assertFalse(e.getMessage().contains("Exception") || e.getMessage().contains("\n"), e.getMessage());
        });
        Path other = HOSTILE.resolve("params-for-other-template");
        ImportException e = assertThrows(ImportException.class, () -> Importer.importFile(other.resolve(
                "azuredeploy.json"), Optional.of(other.resolve("azuredeploy.parameters.json"))));
        assertTrue(e.getMessage().contains("circuitName, peerASN, primaryPeerAddressPrefix"), e.getMessage());
        ImportException parameters = assertThrows(ImportException.class, () -> Importer.importFile(other.resolve(
                "azuredeploy.parameters.json"), Optional.empty()));
        assertTrue(parameters.getMessage().contains("this is a parameters file"), parameters.getMessage());
    }
}
