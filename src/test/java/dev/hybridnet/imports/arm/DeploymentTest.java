package dev.hybridnet.imports.arm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeploymentTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static Deployment.Result run(String template, Map<String, JsonNode> parameters) throws Exception {
        return Deployment.run(MAPPER.readTree(template.replace('`', '"')), parameters, Optional.empty());
    }

    private static List<String> names(Deployment.Result r) {
        return r.resources().stream().map(x -> x.type() + " " + x.name()).toList();
    }

    @Test
    void copyLoopsConditionsChildrenAndPropertyCopies() throws Exception {
        Deployment.Result r = run("""
                {`parameters`: {`spokes`: {`type`: `int`, `defaultValue`: 2}, `bastion`: {`type`: `bool`,
                   `defaultValue`: false}, `location`: {`type`: `string`,
                   `defaultValue`: `[resourceGroup().location]`}},
                 `variables`: {`hub`: `hub-vnet`, `copy`: [{`name`: `prefixes`, `count`: 2,
                   `input`: `[cidrSubnet('10.0.0.0/16', 24, copyIndex('prefixes'))]`}]},
                 `resources`: [
                  {`type`: `Microsoft.Network/virtualNetworks`, `name`: `[variables('hub')]`,
                   `location`: `[parameters('location')]`,
                   `properties`: {`addressSpace`: {`addressPrefixes`: [`10.0.0.0/16`]},
                     `copy`: [{`name`: `subnets`, `count`: 2, `input`: {`name`: `[concat('snet-', copyIndex('subnets'))]`,
                       `properties`: {`addressPrefix`: `[variables('prefixes')[copyIndex('subnets')]]`}}}]},
                   `resources`: [{`type`: `subnets`, `name`: `GatewaySubnet`,
                     `properties`: {`addressPrefix`: `10.0.255.0/27`}}]},
                  {`type`: `Microsoft.Network/virtualNetworks`, `name`: `[format('spoke-{0}', copyIndex(1))]`,
                   `copy`: {`name`: `spokes`, `count`: `[parameters('spokes')]`},
                   `properties`: {`addressSpace`: {`addressPrefixes`: [`[format('10.{0}.0.0/16', copyIndex(1))]`]}}},
                  {`condition`: `[parameters('bastion')]`, `type`: `Microsoft.Network/bastionHosts`, `name`: `bas`}
                 ]}""", Map.of());
        assertEquals(List.of("Microsoft.Network/virtualNetworks hub-vnet",
                "Microsoft.Network/virtualNetworks/subnets hub-vnet/GatewaySubnet",
                "Microsoft.Network/virtualNetworks spoke-1", "Microsoft.Network/virtualNetworks spoke-2"), names(r));
        JsonNode hub = r.resources().get(0).properties();
        assertEquals("[{\"name\":\"snet-0\",\"properties\":{\"addressPrefix\":\"10.0.0.0/24\"}},"
                + "{\"name\":\"snet-1\",\"properties\":{\"addressPrefix\":\"10.0.1.0/24\"}}]",
                hub.get("subnets").toString());
        assertEquals("10.2.0.0/16", r.resources().get(3).properties().path("addressSpace").path("addressPrefixes")
                .get(0).asText());
        assertTrue(Unknown.is(r.resources().get(0).body().get("location")), "the location is only known in Azure");
        assertEquals("/providers/Microsoft.Network/virtualNetworks/hub-vnet/subnets/GatewaySubnet",
                r.resources().get(1).id());
        assertEquals(List.of(), r.problems());
    }

    @Test
    void nestedDeploymentsInTheirOwnScopeOrTheOuterOne() throws Exception {
        Deployment.Result r = run("""
                {`parameters`: {`name`: {`type`: `string`, `defaultValue`: `outer`}},
                 `resources`: [
                  {`type`: `Microsoft.Resources/deployments`, `name`: `inner`,
                   `properties`: {`expressionEvaluationOptions`: {`scope`: `inner`},
                     `parameters`: {`vnetName`: {`value`: `[concat(parameters('name'), '-passed')]`}},
                     `template`: {`parameters`: {`vnetName`: {`type`: `string`}},
                       `resources`: [{`type`: `Microsoft.Network/virtualNetworks`,
                         `name`: `[parameters('vnetName')]`}]}}},
                  {`type`: `Microsoft.Resources/deployments`, `name`: `outer`,
                   `properties`: {`template`: {
                       `resources`: [{`type`: `Microsoft.Network/routeTables`, `name`: `[parameters('name')]`}]}}}
                 ]}""", Map.of());
        assertEquals(List.of("Microsoft.Network/virtualNetworks outer-passed", "Microsoft.Network/routeTables outer"),
                names(r));
        assertTrue(r.resources().get(0).path().startsWith("resources[0].properties.template.resources[0]"));
    }

    @Test
    void whatOnlyAzureKnowsIsReportedWithItsPathAndTheRestImported() throws Exception {
        Deployment.Result r = run("""
                {`parameters`: {`missing`: {`type`: `string`}},
                 `resources`: [
                  {`type`: `Microsoft.Network/virtualNetworks`, `name`: `looped`,
                   `copy`: {`name`: `c`, `count`: `[reference('x').count]`}},
                  {`type`: `Microsoft.Resources/deployments`, `name`: `linked`,
                   `properties`: {`templateLink`: {`uri`: `[uri(deployment().properties.templateLink.uri, 'x.json')]`}}},
                  {`type`: `Microsoft.Network/virtualNetworks`, `name`: `[concat('v-', parameters('missing'))]`}
                 ]}""", Map.of());
        assertEquals(List.of("Microsoft.Network/virtualNetworks v-<missing>"), names(r));
        assertEquals(List.of("resources[0]", "resources[1]"), r.problems().stream().map(Deployment.Problem::path)
                .toList());
        assertTrue(r.problems().get(0).message().contains("only known in Azure"), r.problems().get(0).message());
        assertTrue(r.problems().get(1).message().contains("not beside the template"), r.problems().get(1).message());
        assertEquals(java.util.Set.of("missing"), r.unsetParameters());
    }

    @Test
    void aTemplateAzureWouldRefuseStopsTheImportWithThePlaceAndTheReason() {
        assertEquals("resources[0]: variable 'a' needs itself to be worked out", refused(
                "{`variables`: {`a`: `[variables('b')]`, `b`: `[variables('a')]`},"
                + " `resources`: [{`type`: `Microsoft.Network/virtualNetworks`, `name`: `[variables('a')]`}]}"));
        assertEquals("resources[0]: the copy loop of 'c' needs a count from 0 to 800, not -1", refused(
                "{`resources`: [{`type`: `Microsoft.Network/virtualNetworks`, `name`: `ok`,"
                + " `copy`: {`name`: `c`, `count`: -1}}]}"));
        assertEquals("resources[0]: the function 'frob' is not one the importer knows, in [frob()]", refused(
                "{`resources`: [{`type`: `Microsoft.Network/virtualNetworks`, `name`: `[frob()]`}]}"));
        StringBuilder deep = new StringBuilder("{`type`: `Microsoft.Network/virtualNetworks`, `name`: `bottom`}");
        for (int i = 0; i < 100; i++) {
            deep.insert(0, "{`type`: `Microsoft.Resources/deployments`, `name`: `d" + i + "`, `properties`: "
                    + "{`template`: {`resources`: [").append("]}}}");
        }
        assertTrue(refused("{`resources`: [" + deep + "]}").endsWith("nested deployments go deeper than 10 levels"));
    }

    private static String refused(String template) {
        return org.junit.jupiter.api.Assertions.assertThrows(ArmException.class, () -> run(template, Map.of()))
                .getMessage();
    }
}
