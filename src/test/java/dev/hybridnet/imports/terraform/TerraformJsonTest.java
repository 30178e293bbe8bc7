package dev.hybridnet.imports.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hybridnet.imports.arm.ArmResource;
import dev.hybridnet.imports.arm.Deployment;
import dev.hybridnet.imports.arm.Json;
import dev.hybridnet.imports.arm.Unknown;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading {@code terraform show -json} output: plans, states, modules, unknown values, references, deletions. */
class TerraformJsonTest {

    private static JsonNode json(String text) throws Exception {
        return Json.MAPPER.readTree(text.replace('\'', '"'));
    }

    private static TerraformImport read(String text) throws Exception {
        return TerraformJson.read(json(text));
    }

    private static ArmResource at(TerraformImport t, String address) {
        return t.resources().stream().filter(r -> r.path().equals(address)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + address + " in " + t.resources()));
    }

    private static String resource(String address, String type, String values) {
        return resource(address, type, address.substring(address.lastIndexOf('.') + 1), values);
    }

    private static String resource(String address, String type, String name, String values) {
        return "{'address': '" + address + "', 'mode': 'managed', 'type': '" + type + "', 'name': '" + name
                + "', 'values': " + values + "}";
    }

    @Test
    void planAndStateAreToldByTheirVersionsAndTheStoredStateIsNot() throws Exception {
        assertTrue(TerraformJson.is(json("{'format_version': '1.2', 'terraform_version': '1.9.5'}")));
        assertFalse(TerraformJson.is(json("{'$schema': 'x/deploymentTemplate.json#', 'resources': []}")));
        assertFalse(TerraformJson.is(json("{'format_version': '1.0'}")));
        JsonNode stored = json("{'version': 4, 'terraform_version': '1.9.5', 'lineage': 'x', 'resources': []}");
        assertFalse(TerraformJson.is(stored));
        assertTrue(TerraformJson.isStoredState(stored));
    }

    @Test
    void aStateBecomesArmResourcesReportedUnderTheirTerraformTypes() throws Exception {
        TerraformImport t = read("{'format_version': '1.0', 'terraform_version': '1.9.5', 'values': {'root_module': "
                + "{'resources': [" + resource("azurerm_virtual_network.hub", "azurerm_virtual_network",
                        "{'name': 'hub', 'location': 'westeurope', 'address_space': ['10.0.0.0/16'], 'subnet': "
                        + "[{'name': 'app', 'address_prefix': '10.0.1.0/24', 'security_group': ''}]}") + ", "
                + resource("azurerm_resource_group.rg", "azurerm_resource_group", "{'name': 'rg'}") + "]}}}");
        ArmResource hub = at(t, "azurerm_virtual_network.hub");
        assertEquals("Microsoft.Network/virtualNetworks", hub.type());
        assertEquals("/providers/Microsoft.Network/virtualNetworks/hub", hub.id());
        assertEquals("10.0.0.0/16", hub.properties().path("addressSpace").path("addressPrefixes").get(0).asText());
        assertEquals("10.0.1.0/24", hub.properties().path("subnets").get(0).path("properties").path("addressPrefix")
                .asText());
        assertEquals(Map.of("azurerm_virtual_network.hub", "azurerm_virtual_network"), t.labels());
        assertEquals(Map.of("azurerm_resource_group", 1), t.skipped());
    }

    @Test
    void whatAPlanKnowsOnlyAfterApplyIsUnknownAndNoted() throws Exception {
        TerraformImport t = read("{'format_version': '1.2', 'terraform_version': '1.9.5', 'planned_values': "
                + "{'root_module': {'resources': [" + resource("azurerm_public_ip.gw", "azurerm_public_ip",
                        "{'name': 'gw-pip', 'sku': 'Standard', 'allocation_method': 'Static'}") + "]}}, "
                + "'resource_changes': [{'address': 'azurerm_public_ip.gw', 'mode': 'managed', 'type': "
                + "'azurerm_public_ip', 'change': {'actions': ['create'], 'after_unknown': {'id': true, "
                + "'ip_address': true}}}]}");
        ArmResource ip = at(t, "azurerm_public_ip.gw");
        assertTrue(Unknown.is(ip.properties().get("ipAddress")), ip.body().toString());
        assertEquals("Standard", ip.body().path("sku").path("name").asText());
        assertEquals(List.of(new Deployment.Problem("azurerm_public_ip.gw.ip_address",
                "known only after apply; left out")), t.notes());
    }

    @Test
    void resourcesThePlanDeletesAreCountedAndLeftOut() throws Exception {
        TerraformImport t = read("{'format_version': '1.2', 'terraform_version': '1.9.5', 'planned_values': "
                + "{'root_module': {}}, 'resource_changes': [{'address': 'azurerm_subnet.old', 'mode': 'managed', "
                + "'type': 'azurerm_subnet', 'change': {'actions': ['delete'], 'before': {'id': '/subscriptions/s/"
                + "resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v/subnets/old'}, 'after': null}}, "
                + "{'address': 'azurerm_subnet.new', 'mode': 'managed', 'type': 'azurerm_subnet', 'change': "
                + "{'actions': ['delete', 'create']}}]}");
        assertEquals(Map.of("azurerm_subnet", 1), t.destroyed(), "a replacement is not a destruction");
        assertEquals(List.of(), t.resources());
    }

    @Test
    void childModulesAreReadDepthFirstAndAnIdIsFoundThroughAnOutputAndAVariable() throws Exception {
        String hub = "{'address': 'module.hub', 'resources': [" + resource("module.hub.azurerm_subnet.gw",
                "azurerm_subnet", "{'name': 'GatewaySubnet', 'virtual_network_name': 'hub', 'address_prefixes': "
                        + "['10.0.255.0/27']}") + "]}";
        String gateway = "{'address': 'module.gw', 'child_modules': [{'address': 'module.gw.module.inner', "
                + "'resources': [" + resource("module.gw.module.inner.azurerm_virtual_network_gateway.this",
                        "azurerm_virtual_network_gateway", "{'name': 'vpngw', 'type': 'Vpn', 'ip_configuration': "
                        + "[{'name': 'default'}]}") + "]}]}";
        String configuration = "{'root_module': {'module_calls': {"
                + "'hub': {'module': {'outputs': {'gw_subnet': {'expression': {'references': "
                + "['azurerm_subnet.gw.id', 'azurerm_subnet.gw']}}}}}, "
                + "'gw': {'expressions': {'subnet': {'references': ['module.hub.gw_subnet', 'module.hub']}}, "
                + "'module': {'module_calls': {'inner': {'expressions': {'subnet': {'references': ['var.subnet']}}, "
                + "'module': {'resources': [{'address': 'azurerm_virtual_network_gateway.this', 'expressions': "
                + "{'ip_configuration': [{'subnet_id': {'references': ['var.subnet']}}]}}]}}}}}}}}";
        TerraformImport t = read("{'format_version': '1.2', 'terraform_version': '1.9.5', 'planned_values': "
                + "{'root_module': {'child_modules': [" + hub + ", " + gateway + "]}}, 'resource_changes': "
                + "[{'address': 'module.gw.module.inner.azurerm_virtual_network_gateway.this', 'change': "
                + "{'actions': ['create'], 'after_unknown': {'ip_configuration': [{'subnet_id': true}]}}}], "
                + "'configuration': " + configuration + "}");
        assertEquals(List.of("module.hub.azurerm_subnet.gw", "module.gw.module.inner.azurerm_virtual_network_gateway"
                + ".this"), t.resources().stream().map(ArmResource::path).toList());
        ArmResource gw = at(t, "module.gw.module.inner.azurerm_virtual_network_gateway.this");
        assertEquals("/providers/Microsoft.Network/virtualNetworks/hub/subnets/GatewaySubnet", gw.properties()
                .path("ipConfigurations").get(0).path("properties").path("subnet").path("id").asText());
        assertEquals(List.of(), t.notes());
    }

    @Test
    void amongInstancesTheIndexNamedOrTheReferrersOwnIsTakenAndNothingElseIsGuessed() throws Exception {
        StringBuilder resources = new StringBuilder();
        for (String key : List.of("web", "data")) {
            resources.append(resource("azurerm_subnet.s[\\\"" + key + "\\\"]", "azurerm_subnet", "s",
                    "{'name': '" + key + "', 'virtual_network_name': 'v'}")).append(", ");
            resources.append(resource("azurerm_subnet_network_security_group_association.a[\\\"" + key + "\\\"]",
                    "azurerm_subnet_network_security_group_association", "a", "{'network_security_group_id': "
                            + "'/providers/Microsoft.Network/networkSecurityGroups/nsg'}")).append(", ");
        }
        resources.append(resource("azurerm_network_interface.nic", "azurerm_network_interface",
                "{'name': 'nic', 'ip_configuration': [{'name': 'c'}]}"));
        String unknownSubnet = "{'actions': ['create'], 'after_unknown': {'subnet_id': true}}";
        TerraformImport t = read("{'format_version': '1.2', 'terraform_version': '1.9.5', 'planned_values': "
                + "{'root_module': {'resources': [" + resources + "]}}, 'resource_changes': ["
                + "{'address': 'azurerm_subnet_network_security_group_association.a[\\\"web\\\"]', 'change': "
                + unknownSubnet + "}, {'address': 'azurerm_subnet_network_security_group_association.a[\\\"data\\\"]',"
                + " 'change': " + unknownSubnet + "}, {'address': 'azurerm_network_interface.nic', 'change': "
                + "{'actions': ['create'], 'after_unknown': {'ip_configuration': [{'subnet_id': true}]}}}], "
                + "'configuration': {'root_module': {'resources': [{'address': "
                + "'azurerm_subnet_network_security_group_association.a', 'expressions': {'subnet_id': "
                + "{'references': ['azurerm_subnet.s', 'each.key']}}}, {'address': 'azurerm_network_interface.nic', "
                + "'expressions': {'ip_configuration': [{'subnet_id': {'references': ['azurerm_subnet.s']}}]}}]}}}");
        for (String key : List.of("web", "data")) {
            assertEquals("/providers/Microsoft.Network/networkSecurityGroups/nsg", at(t, "azurerm_subnet.s[\""
                    + key + "\"]").properties().path("networkSecurityGroup").path("id").asText(), key);
        }
        assertEquals(Map.of("azurerm_subnet_network_security_group_association", 2), t.folded());
        assertEquals(List.of(new Deployment.Problem("azurerm_network_interface.nic.ip_configuration[0].subnet_id",
                "known only after apply; left out")), t.notes(), "two subnets: which one is not guessed");
    }

    @Test
    void aFormatOfAnotherMajorVersionIsRefused() {
        TerraformException e = assertThrows(TerraformException.class, () -> read(
                "{'format_version': '2.0', 'terraform_version': '2.0.0', 'values': {}}"));
        assertTrue(e.getMessage().contains("format version 2.0"), e.getMessage());
    }

    @Test
    void addressesAreCutIntoStepsWithTheirIndexesAsWritten() {
        assertEquals(List.of("module", "spoke", "[\"a.b\"]", "azurerm_subnet", "app", "[0]", "id"),
                Addresses.steps("module.spoke[\"a.b\"].azurerm_subnet.app[0].id"));
        assertEquals(List.of("spoke", "inner"), Addresses.moduleCalls("module.spoke[\"x\"].module.inner[1]"));
        assertEquals(List.of("module.spoke[\"x\"]", "inner"), List.of(Addresses.parent(
                "module.spoke[\"x\"].module.inner[1]")));
        assertEquals(List.of("", ""), List.of(Addresses.parent("")));
    }
}
