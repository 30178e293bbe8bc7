package dev.hybridnet.cli;

import static dev.hybridnet.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hybridnet.io.DiagramReader;
import dev.hybridnet.io.DiagramWriter;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.samples.Annotated;
import dev.hybridnet.samples.Sample;
import dev.hybridnet.samples.Samples;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line on a design with notes and groups: no findings in any report, and a layout that keeps them. */
class AnnotationCliTest {

    @TempDir
    Path dir;
    Path file;

    @BeforeEach
    void writeAnAnnotatedSample() throws Exception {
        file = dir.resolve("vpn.hybridnet.json");
        new DiagramWriter().save(Annotated.sample(Samples.load(Sample.VPN)), file);
    }

    @Test
    void validateReportsNothingInTextJsonAndSarif() throws Exception {
        CliTest.Run text = run("validate", file.toString());
        assertEquals(0, text.status(), text.err());
        assertEquals(file + ": 0 errors, 0 warnings; reference: vpn, detected: vpn\n", text.out());
        CliTest.Run json = run("validate", "--format", "json", file.toString());
        JsonNode report = new ObjectMapper().readTree(json.out());
        assertEquals(0, report.get("findings").size());
        assertEquals(0, report.get("summary").get("warnings").asInt());
        CliTest.Run sarif = run("validate", "--format", "sarif", file.toString());
        assertEquals(0, new ObjectMapper().readTree(sarif.out()).get("runs").get(0).get("results").size());
    }

    @Test
    void layoutKeepsTheAnnotationsAndTheirText() throws Exception {
        Path out = dir.resolve("tidy.hybridnet.json");
        CliTest.Run r = run("layout", file.toString(), "-o", out.toString());
        assertEquals(0, r.status(), r.err());
        Diagram tidied = new DiagramReader().read(out);
        Diagram before = new DiagramReader().read(file);
        assertEquals(before.elements().stream().filter(e -> e.kind().isAnnotation()).map(e -> e.props()).toList(),
                tidied.elements().stream().filter(e -> e.kind().isAnnotation()).map(e -> e.props()).toList());
        assertTrue(Files.readString(out).contains("\"kind\": \"note\""));
    }
}
