package dev.hybridnet.imports.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.imports.ImportException;
import dev.hybridnet.imports.ImportReport;
import dev.hybridnet.imports.Imported;
import dev.hybridnet.imports.Importer;
import dev.hybridnet.model.ElementKind;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Hostile plans and states of our own ({@code import/terraform/hostile/}): each ends in one clear line that names
 * the file, or in a diagram whose report says what was left out; never in an exception or a hang.
 */
class TerraformHostileTest {

    private static final Path HOSTILE = Path.of("src/test/resources/import/terraform/hostile");

    @Test
    void whatCannotBeReadAtAllIsOneSentenceNamingTheFile() {
        Map<String, String> expected = Map.of(
                "format-version-2.json", "format version 2.0 is not one the importer reads",
                "no-root-module.json", "has no planned_values.root_module",
                "stored-state.json", "a state file as Terraform stores it; import the output of 'terraform show",
                "saved-plan.tfplan", "a saved Terraform plan is binary");
        expected.forEach((file, words) -> {
            ImportException e = assertThrows(ImportException.class, () -> Importer.importFile(HOSTILE.resolve(file),
                    Optional.empty()), file);
            assertTrue(e.getMessage().startsWith(HOSTILE.resolve(file) + ": "), e.getMessage());
            assertTrue(e.getMessage().contains(words), file + ": " + e.getMessage());
            assertFalse(e.getMessage().contains("Exception") || e.getMessage().contains("\n"), e.getMessage());
        });
    }

    @Test
    void aNetworkTwoHundredModulesDownIsFound() throws Exception {
        Imported imported = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Importer.importFile(
                HOSTILE.resolve("modules-200-deep.json"), Optional.empty()));
        assertEquals(List.of("vnet-deep"), imported.diagram().elementsOfKind(ElementKind.VIRTUAL_NETWORK).stream()
                .map(e -> e.name()).toList());
    }

    @Test
    void resourcesWhoseValuesAreNoObjectAreReportedAndTheOthersImported() throws Exception {
        Imported imported = Importer.importFile(HOSTILE.resolve("values-not-objects.json"), Optional.empty());
        assertEquals(1, imported.diagram().elementsOfKind(ElementKind.VIRTUAL_NETWORK).size());
        assertEquals(List.of(
                new ImportReport.Problem("azurerm_virtual_network.text", "its values are not an object; left out"),
                new ImportReport.Problem("azurerm_virtual_network.list", "its values are not an object; left out"),
                new ImportReport.Problem("azurerm_virtual_network.none", "its values are not an object; left out"),
                new ImportReport.Problem("values.root_module.resources[4]",
                        "not a resource with an address, a type and a name; left out")),
                imported.report().problems());
    }

    @Test
    void modulesAndResourcesThatAreNoListsAreReported() throws Exception {
        Imported imported = Importer.importFile(HOSTILE.resolve("modules-not-lists.json"), Optional.empty());
        assertEquals(List.of(), imported.diagram().elements());
        assertEquals(List.of("planned_values.root_module.resources", "planned_values.root_module.child_modules"),
                imported.report().problems().stream().map(ImportReport.Problem::path).toList());
    }

    @Test
    void referencesThatGoRoundEndAndLeaveTheValueUnknown() throws Exception {
        Imported imported = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Importer.importFile(
                HOSTILE.resolve("reference-loop.json"), Optional.empty()));
        assertTrue(imported.report().problems().stream().anyMatch(p -> p.path().equals(
                "module.loop.azurerm_virtual_network_peering.self.remote_virtual_network_id")),
                imported.report().problems().toString());
    }
}
