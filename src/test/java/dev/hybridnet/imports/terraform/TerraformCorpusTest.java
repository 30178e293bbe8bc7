package dev.hybridnet.imports.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hybridnet.imports.ImportException;
import dev.hybridnet.imports.Imported;
import dev.hybridnet.imports.Importer;
import dev.hybridnet.validation.Finding;
import dev.hybridnet.validation.Severity;
import dev.hybridnet.validation.Validator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The real public plans and states of {@code import/terraform/manifest.json}, imported and validated, each held to
 * its expected verdict (and element count, when given). They are not stored in the project; this test runs on the
 * cases whose files lie in {@code -Dimport.terraform.corpus=DIR} (as {@code DIR/<dir>/<file>}).
 */
class TerraformCorpusTest {

    private static final Path MANIFEST = Path.of("src/test/resources/import/terraform/manifest.json");

    @Test
    void everyManifestCaseListsItsSourceAndLicence() throws Exception {
        JsonNode cases = new ObjectMapper().readTree(MANIFEST.toFile());
        assertTrue(cases.size() > 0);
        for (JsonNode c : cases) {
            for (String field : List.of("dir", "source", "path", "commit", "licence", "file", "expected")) {
                assertTrue(c.hasNonNull(field), c.path("dir").asText() + " has no " + field);
            }
            assertTrue(c.get("commit").asText().matches("[0-9a-f]{40}"), c.path("dir").asText());
        }
    }

    @Test
    void everyRealPlanOrStateAtHandImportsWithItsExpectedVerdict() throws Exception {
        String corpus = System.getProperty("import.terraform.corpus", "");
        Assumptions.assumeFalse(corpus.isBlank(), "no -Dimport.terraform.corpus=DIR given: the files are not stored");
        Path root = Path.of(corpus);
        List<String> failures = new ArrayList<>();
        int ran = 0;
        for (JsonNode c : new ObjectMapper().readTree(MANIFEST.toFile())) {
            Path file = root.resolve(c.path("dir").asText()).resolve(c.path("file").asText());
            if (!Files.isRegularFile(file)) {
                continue;
            }
            ran++;
            try {
                Imported imported = Importer.importFile(file, Optional.empty());
                Set<String> errors = new TreeSet<>();
                new Validator().validate(imported.diagram()).findings().stream()
                        .filter(f -> f.severity() == Severity.ERROR).map(Finding::rule).forEach(errors::add);
                JsonNode expected = c.path("expected");
                Set<String> wanted = new TreeSet<>();
                expected.path("errors").forEach(e -> wanted.add(e.asText()));
                boolean valid = expected.path("verdict").asText().equals("valid");
                if (valid != errors.isEmpty() || !errors.containsAll(wanted)) {
                    failures.add(c.path("dir").asText() + ": expected " + expected.path("verdict").asText() + " "
                            + wanted + ", errors " + errors);
                }
                if (expected.has("elements") && expected.get("elements").asInt() != imported.diagram().elements()
                        .size()) {
                    failures.add(c.path("dir").asText() + ": " + imported.diagram().elements().size() + " elements");
                }
            } catch (ImportException e) {
                failures.add(c.path("dir").asText() + ": " + e.getMessage());
            }
        }
        System.out.println("TerraformCorpusTest: " + ran + " real plans and states imported from " + root);
        assertTrue(ran > 0, "no case of the manifest lies in " + root);
        assertEquals(List.of(), failures);
    }
}
