package dev.hybridnet.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hybridnet.layout.Misplaced;
import dev.hybridnet.validation.Finding;
import dev.hybridnet.validation.Severity;
import dev.hybridnet.validation.ValidationReport;
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
 * The real public templates of {@code import/manifest.json}, imported and validated, each verdict held to the one
 * Azure's documentation gives. The templates are not stored in the project (see the manifest's README); this test
 * runs on the cases whose files lie in {@code -Dimport.corpus=DIR} (laid out as {@code DIR/<dir>/...}), and says
 * how many it ran.
 */
class ImportCorpusTest {

    private static final Path MANIFEST = Path.of("src/test/resources/import/manifest.json");

    @Test
    void everyRealTemplateAtHandImportsWithTheDocumentedVerdict() throws Exception {
        String corpus = System.getProperty("import.corpus", "");
        Assumptions.assumeFalse(corpus.isBlank(), "no -Dimport.corpus=DIR given: the real templates are not stored");
        Path root = Path.of(corpus);
        List<String> failures = new ArrayList<>();
        int ran = 0;
        for (JsonNode c : new ObjectMapper().readTree(MANIFEST.toFile())) {
            Path dir = root.resolve(c.path("dir").asText());
            Path template = dir.resolve(c.path("files").path("template").asText());
            if (!Files.isRegularFile(template)) {
                continue;
            }
            ran++;
            JsonNode parameters = c.path("files").path("parameters");
            Optional<Path> values = parameters.isArray() && !parameters.isEmpty()
                    ? Optional.of(dir.resolve(parameters.get(0).asText())).filter(Files::isRegularFile)
                    : Optional.empty();
            try {
                Imported imported = Importer.importFile(template, values);
                ValidationReport report = new Validator().validate(imported.diagram());
                Set<String> errors = new TreeSet<>();
                report.findings().stream().filter(f -> f.severity() == Severity.ERROR).map(Finding::rule)
                        .forEach(errors::add);
                boolean valid = c.path("expected").path("verdict").asText().equals("valid");
                if (valid != errors.isEmpty()) {
                    failures.add(c.path("dir").asText() + ": expected " + c.path("expected").path("verdict").asText()
                            + ", errors " + errors);
                }
                if (!Misplaced.of(imported.diagram()).isEmpty()) {
                    failures.add(c.path("dir").asText() + ": not laid out " + Misplaced.of(imported.diagram()));
                }
            } catch (ImportException e) {
                failures.add(c.path("dir").asText() + ": " + e.getMessage());
            }
        }
        System.out.println("ImportCorpusTest: " + ran + " real templates imported from " + root);
        assertTrue(ran > 0, "no case of the manifest lies in " + root);
        assertEquals(List.of(), failures);
    }
}
