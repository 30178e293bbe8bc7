package dev.hybridnet.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hybridnet.io.DiagramReader;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.validation.Finding;
import dev.hybridnet.validation.Severity;
import dev.hybridnet.validation.ValidationReport;
import dev.hybridnet.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of real designs in {@code src/test/resources/real/}: designs others published, translated into our
 * format, each with the verdict Azure's documentation gives it. A valid design must get no error at all, and an
 * invalid one exactly the errors its manifest entry names; a false error fails the build like a missed one.
 */
class RealDesignsTest {

    private static final String FOLDER = "/real/";

    record Entry(String file, String verdict, Set<String> expectedErrors, JsonNode json) {

        @Override
        public String toString() {
            return file;
        }
    }

    static List<Entry> entries() throws IOException {
        try (InputStream in = RealDesignsTest.class.getResourceAsStream(FOLDER + "manifest.json")) {
            JsonNode manifest = new ObjectMapper().readTree(in);
            List<Entry> entries = new ArrayList<>();
            for (JsonNode e : manifest) {
                Set<String> errors = new TreeSet<>();
                e.path("expectedErrors").forEach(x -> errors.add(x.asText()));
                entries.add(new Entry(e.get("file").asText(), e.get("verdict").asText(), errors, e));
            }
            return entries;
        }
    }

    static Stream<Entry> designs() throws IOException {
        return entries().stream();
    }

    @Test
    void theCorpusHoldsAtLeastTwentyDesignsFromSeveralSources() throws IOException {
        List<Entry> all = entries();
        assertTrue(all.size() >= 20, "only " + all.size() + " designs");
        Set<String> repos = new TreeSet<>();
        all.forEach(e -> repos.add(e.json().path("repo").asText()));
        assertTrue(repos.size() >= 4, repos.toString());
        assertTrue(all.stream().anyMatch(e -> e.verdict().equals("invalid")), "some designs are wrong");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("designs")
    void everyEntryNamesItsSourceCommitAndDocumentation(Entry entry) {
        JsonNode e = entry.json();
        assertTrue(e.path("source").asText().startsWith("https://github.com/"), e.path("source").asText());
        assertTrue(e.path("commit").asText().matches("[0-9a-f]{40}"), e.path("commit").asText());
        assertTrue(e.path("source").asText().contains(e.path("commit").asText()), "the link pins the commit");
        assertFalse(e.path("docs").isEmpty(), "the documentation behind the verdict");
        e.path("docs").forEach(d -> assertTrue(d.asText().startsWith("https://learn.microsoft.com/"), d.asText()));
        assertTrue(Set.of("valid", "invalid").contains(entry.verdict()), entry.verdict());
        assertEquals(entry.verdict().equals("valid"), entry.expectedErrors().isEmpty(),
                "valid designs expect no error, invalid ones name theirs");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("designs")
    void theValidatorGivesTheVerdictOfAzuresDocumentation(Entry entry) throws IOException {
        Diagram diagram;
        try (InputStream in = RealDesignsTest.class.getResourceAsStream(FOLDER + entry.file())) {
            assertTrue(in != null, "missing " + entry.file());
            diagram = new DiagramReader().read(in, entry.file());
        }
        ValidationReport report = new Validator().validate(diagram);
        Set<String> errors = new TreeSet<>();
        List<String> messages = new ArrayList<>();
        for (Finding f : report.findings()) {
            if (f.severity() == Severity.ERROR) {
                errors.add(f.rule());
                messages.add(f.rule() + ": " + f.message());
            }
        }
        assertEquals(entry.expectedErrors(), errors, entry.file() + " " + messages);
        List<String> unknown = report.findings().stream().filter(f -> f.rule().equals("unknown-property")
                || f.rule().equals("property-value")).map(Finding::message).toList();
        assertEquals(List.of(), unknown, "the translations use the format as documented");
    }
}
