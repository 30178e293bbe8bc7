package dev.hybridnet.cli;

import static dev.hybridnet.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.hybridnet.io.DiagramWriter;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.PropValue;
import dev.hybridnet.samples.Sample;
import dev.hybridnet.samples.Samples;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    @TempDir
    Path dir;
    Path clean;
    Path broken;

    @BeforeEach
    void writeFiles() throws Exception {
        clean = dir.resolve("vpn.hybridnet.json");
        Files.writeString(clean, Samples.text(Sample.VPN));
        Diagram vpn = Samples.load(Sample.VPN);
        Diagram small = vpn.withContent(vpn.elements().stream().map(e -> e.id().equals("gwsubnet")
                ? e.withProps(e.props().with("addressPrefix", PropValue.text("10.20.255.240/28")))
                : e.id().equals("vpngw") ? e.withProps(e.props().with("publicIpSku", PropValue.text("Basic"))) : e)
                .toList(),
                vpn.connections());
        broken = dir.resolve("broken.hybridnet.json");
        new DiagramWriter().save(small, broken);
    }

    @Test
    void aCleanSampleExitsZeroAndSaysWhatItRealises() {
        CliTest.Run r = run("validate", clean.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals(clean + ": 0 errors, 0 warnings; reference: vpn, detected: vpn\n", r.out());
    }

    @Test
    void findingsAreListedLikeACompilerAndErrorsExitOne() {
        CliTest.Run r = run("validate", broken.toString());
        assertEquals(1, r.status());
        assertTrue(r.out().contains(broken + ": error [vpn-gateway-public-ip] VPN gateway vpngw (VpnGw2AZ) has a Basic "
                + "SKU public IP; Azure creates VpnGw2AZ gateways only with Standard, static public IPs (elements: "
                + "vpngw)\n"), r.out());
        assertTrue(r.out().contains(broken + ": warning [gateway-subnet-size] GatewaySubnet 10.20.255.240/28 in "
                + "vnet-app is smaller than /27 (elements: gwsubnet)\n"), r.out());
        assertTrue(r.out().endsWith(broken + ": 1 error, 1 warning; reference: vpn, detected: vpn\n"), r.out());
    }

    @Test
    void warningsAloneExitZero() throws Exception {
        Diagram vpn = Samples.load(Sample.VPN);
        Diagram warnOnly = vpn.withContent(vpn.elements().stream().map(e -> e.id().equals("gwsubnet")
                ? e.withProps(e.props().with("addressPrefix", PropValue.text("10.20.255.240/28"))) : e).toList(),
                vpn.connections());
        Path file = dir.resolve("warn.hybridnet.json");
        new DiagramWriter().save(warnOnly, file);
        assertEquals(0, run("validate", file.toString()).status());
    }

    @Test
    void jsonOutputHasTheDocumentedShape() throws Exception {
        CliTest.Run r = run("validate", "--format", "json", broken.toString());
        assertEquals(1, r.status());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals(broken.toString(), json.get("file").asText());
        assertEquals("vpn", json.get("reference").get("declared").asText());
        assertEquals("vpn", json.get("reference").get("detected").get(0).asText());
        assertEquals(1, json.get("summary").get("errors").asInt());
        assertEquals(1, json.get("summary").get("warnings").asInt());
        JsonNode first = json.get("findings").get(0);
        assertEquals("vpn-gateway-public-ip", first.get("rule").asText());
        assertEquals("error", first.get("severity").asText());
        assertEquals("vpngw", first.get("elements").get(0).asText());
        assertEquals(List.of("rule", "severity", "message", "elements"), fieldNames(first));
        assertEquals(List.of("file", "reference", "findings", "summary"), fieldNames(json));
    }

    @Test
    void severalFilesGiveAJsonArrayAndTheWorstStatus() throws Exception {
        Path missing = dir.resolve("missing.hybridnet.json");
        CliTest.Run r = run("validate", "--format", "json", clean.toString(), broken.toString(), missing.toString());
        assertEquals(2, r.status());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals(2, json.size());
        assertTrue(r.err().contains("missing.hybridnet.json: no such file"), r.err());
    }

    @Test
    void theReferenceOptionOverridesTheDeclaredOne() throws Exception {
        CliTest.Run r = run("validate", "--reference", "expressroute", clean.toString());
        assertEquals(0, r.status(), "an unfinished design is not wrong");
        assertTrue(r.out().contains("warning [reference-expressroute] ExpressRoute reference: add an edge router to "
                + "On-premises network."), r.out());
        CliTest.Run strict = run("validate", "--require-complete", "--reference", "expressroute", clean.toString());
        assertEquals(1, strict.status());
        assertTrue(strict.out().contains("error [reference-expressroute] ExpressRoute reference: add an edge router "
                + "to On-premises network."), strict.out());
        CliTest.Run bad = run("validate", "--reference", "mesh", clean.toString());
        assertEquals(2, bad.status());
        assertTrue(bad.err().contains("unknown reference 'mesh'"), bad.err());
    }

    @Test
    void sarifOutputIsValidAgainstTheSarifSchema() throws Exception {
        Path out = dir.resolve("report.sarif");
        CliTest.Run r = run("validate", "--format", "sarif", "-o", out.toString(), clean.toString(),
                broken.toString());
        assertEquals(1, r.status(), r.err());
        String sarif = Files.readString(out, StandardCharsets.UTF_8);
        JsonNode log = new ObjectMapper().readTree(sarif);
        assertEquals("2.1.0", log.get("version").asText());
        JsonNode run = log.get("runs").get(0);
        assertEquals("HybridNet Designer", run.get("tool").get("driver").get("name").asText());
        JsonNode result = run.get("results").get(0);
        assertEquals("vpn-gateway-public-ip", result.get("ruleId").asText());
        assertEquals("vpn-gateway-public-ip", run.get("tool").get("driver").get("rules")
                .get(result.get("ruleIndex").asInt()).get("id").asText());
        JsonNode location = result.get("locations").get(0);
        assertEquals(1, location.get("physicalLocation").get("artifactLocation").get("index").asInt());
        int line = location.get("physicalLocation").get("region").get("startLine").asInt();
        assertTrue(Files.readAllLines(broken).get(line - 1).contains("\"id\": \"vpngw\""), "line " + line);
        assertEquals("vpngw", location.get("logicalLocations").get(0).get("name").asText());
        Schema validator = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
                .getSchema(SarifSchema.text());
        assertEquals(List.of(), validator.validate(sarif, InputFormat.JSON));
    }

    @Test
    void theSarifSchemaCheckRejectsAReportThatBreaksTheSchema() throws Exception {
        Path out = dir.resolve("report.sarif");
        run("validate", "--format", "sarif", "-o", out.toString(), broken.toString());
        String wrong = Files.readString(out, StandardCharsets.UTF_8).replace("\"2.1.0\"", "\"9.9.9\"");
        Schema validator = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
                .getSchema(SarifSchema.text());
        assertFalse(validator.validate(wrong, InputFormat.JSON).isEmpty(), "a version 9.9.9 report passed the schema");
    }

    @Test
    void theRulesCommandListsEveryRuleAndTheDocsAreGeneratedFromIt() throws Exception {
        CliTest.Run r = run("rules");
        assertEquals(0, r.status());
        assertTrue(r.out().contains("gateway-subnet-size"), r.out());
        assertTrue(r.out().lines().count() >= 45, "rules: " + r.out().lines().count());
        String markdown = run("rules", "--markdown").out();
        assertEquals(markdown, Files.readString(Path.of("docs/rules.md"), StandardCharsets.UTF_8),
                "docs/rules.md is stale: regenerate it with ./hybridnet rules --markdown > docs/rules.md");
    }

    @Test
    void anUnwritableOutputIsReportedAndExitsTwo() {
        CliTest.Run r = run("validate", "-o", dir.resolve("no/such/dir/out.txt").toString(), clean.toString());
        assertEquals(2, r.status());
        assertFalse(r.err().isBlank());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
