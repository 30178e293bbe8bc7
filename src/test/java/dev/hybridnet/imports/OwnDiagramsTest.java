package dev.hybridnet.imports;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OwnDiagramsTest {

    private static final Path SAMPLES = Path.of("src/main/resources/dev/hybridnet/samples");
    private static final Path TEMPLATE = Path.of("src/main/resources/dev/hybridnet/training/hub-spoke-vpn.arm.json");

    @TempDir
    Path folder;

    @Test
    void everySampleDeclaresItselfAndIsNotImported() throws IOException {
        try (Stream<Path> samples = Files.list(SAMPLES)) {
            for (Path sample : samples.filter(p -> p.toString().endsWith(".hybridnet.json")).toList()) {
                assertTrue(OwnDiagrams.declaresItself(sample), sample.toString());
                assertFalse(Importer.accepts(sample), sample.toString());
            }
        }
    }

    @Test
    void aTemplateIsNotADiagramAndIsStillImported() {
        assertFalse(OwnDiagrams.declaresItself(TEMPLATE));
        assertTrue(Importer.accepts(TEMPLATE));
    }

    @Test
    void theFormatFieldCountsOnlyAtTheTopLevel() throws IOException {
        assertTrue(OwnDiagrams.declaresItself(file("{\"meta\": {\"format\": \"x\"}, \"list\": [1, {\"format\": 2}],"
                + " \"format\": \"hybridnet\"}")));
        assertFalse(OwnDiagrams.declaresItself(file("{\"meta\": {\"format\": \"hybridnet\"}}")));
        assertFalse(OwnDiagrams.declaresItself(file("[{\"format\": \"hybridnet\"}]")));
    }

    @Test
    void anythingElseIsLeftToTheUsualSniffing() throws IOException {
        assertFalse(OwnDiagrams.declaresItself(file("{\"format\": \"arm\"}")));
        assertFalse(OwnDiagrams.declaresItself(file("{\"format\": [\"hybridnet\"]}")));
        assertFalse(OwnDiagrams.declaresItself(file("{\"title\": \"x\" \"format\": \"hybridnet\"}")));
        assertFalse(OwnDiagrams.declaresItself(file("")));
        assertFalse(OwnDiagrams.declaresItself(folder.resolve("missing.json")));
    }

    private Path file(String json) throws IOException {
        return Files.writeString(Files.createTempFile(folder, "d", ".json"), json, StandardCharsets.UTF_8);
    }
}
