package dev.hybridnet.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.cli.Cli;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The hand-made hostile files of src/test/resources/hostile through the command line. */
class HostileCorpusTest {

    static Stream<Path> files() throws IOException {
        List<Path> files;
        try (Stream<Path> all = Files.list(Path.of("src", "test", "resources", "hostile"))) {
            files = all.filter(p -> p.toString().endsWith(".hybridnet.json")).sorted().toList();
        }
        return files.stream();
    }

    @ParameterizedTest
    @MethodSource("files")
    void everyHostileFileGetsAReportOrOneClearLine(Path file) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Cli.run(new PrintWriter(out), new PrintWriter(err), "validate", file.toString());
        assertNull(FuzzTest.promised(file, status, out.toString(), err.toString()), file + ": " + err + out);
    }

    @Test
    void theCorpusHoldsEveryClassOfTheIssue() throws IOException {
        assertTrue(files().count() >= 30, "the hostile corpus is there");
    }

    /** The check itself must fail on each broken promise, or the fuzz harness tests nothing. */
    @Test
    void thePromiseCheckRejectsEveryKindOfBrokenOutcome() {
        Path f = Path.of("a.json");
        assertNull(FuzzTest.promised(f, 2, "", "a.json: line 1, column 2: malformed JSON: bad\n"));
        assertNull(FuzzTest.promised(f, 1, "a.json: error [x] y\na.json: 1 error\n", ""));
        assertNotNull(FuzzTest.promised(f, 3, "", "hybridnet: internal error\n"));
        assertNotNull(FuzzTest.promised(f, 2, "", "a.json: java.lang.ArrayIndexOutOfBoundsException: 5\n"));
        assertNotNull(FuzzTest.promised(f, 2, "", "a.json: (com.fasterxml.jackson.databind.JsonNode)\n"));
        assertNotNull(FuzzTest.promised(f, 2, "", "a.json: bad\nmore\n"));
        assertNotNull(FuzzTest.promised(f, 2, "", "a.json: bad \u001b[2J\n"));
        assertNotNull(FuzzTest.promised(f, 2, "", "other.json: bad\n"));
        assertNotNull(FuzzTest.promised(f, 2, "", "a.json: x\n\tat dev.hybridnet.Foo.bar(Foo.java:1)\n"));
        assertNotNull(FuzzTest.promised(f, 1, "a.json: 1 error\n", "noise\n"));
        assertNotNull(FuzzTest.promised(f, 0, "a.json: evil\u001b[2J\n", ""));
        assertEquals(2, Cli.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                "validate", "no-such.json"));
    }
}
