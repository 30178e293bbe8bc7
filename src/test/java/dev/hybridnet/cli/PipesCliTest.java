package dev.hybridnet.cli;

import static dev.hybridnet.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.io.DiagramWriter;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.PropValue;
import dev.hybridnet.samples.Sample;
import dev.hybridnet.samples.Samples;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** Several inputs, folders, standard input and output, --quiet and --verbose for {@code export} and {@code validate}. */
class PipesCliTest {

    @TempDir
    Path dir;
    Path vpn;
    Path hub;

    /** A run with byte streams: the exit status, standard output's bytes and standard error. */
    record ByteRun(int status, byte[] out, String err) {
    }

    static ByteRun runWithStdin(byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        int status = Cli.run(new ByteArrayInputStream(stdin), out, new PrintWriter(err), args);
        return new ByteRun(status, out.toByteArray(), err.toString());
    }

    @BeforeEach
    void writeSamples() throws Exception {
        vpn = dir.resolve("vpn.hybridnet.json");
        Files.writeString(vpn, Samples.text(Sample.VPN));
        hub = dir.resolve("hub-spoke.hybridnet.json");
        Files.writeString(hub, Samples.text(Sample.HUB_SPOKE));
    }

    private byte[] singleExport(Path input, String extension) throws Exception {
        Path out = dir.resolve("single-" + input.getFileName() + extension);
        assertEquals(0, run("export", input.toString(), "-o", out.toString()).status());
        return Files.readAllBytes(out);
    }

    @Test
    void severalInputsGoIntoACreatedFolderEachNamedAfterItsInput() throws Exception {
        Path out = dir.resolve("pictures");
        CliTest.Run r = run("export", vpn.toString(), hub.toString(), "-o", out + "/");
        assertEquals(0, r.status(), r.err());
        assertEquals(out.resolve("vpn.svg") + "\n" + out.resolve("hub-spoke.svg") + "\n", r.out());
        assertArrayEquals(singleExport(vpn, ".svg"), Files.readAllBytes(out.resolve("vpn.svg")));
        assertArrayEquals(singleExport(hub, ".svg"), Files.readAllBytes(out.resolve("hub-spoke.svg")));
    }

    @Test
    void formatChoosesTheExtensionInAFolder() throws Exception {
        Path out = dir.resolve("png");
        CliTest.Run r = run("export", vpn.toString(), hub.toString(), "-o", out.toString(), "--format", "png");
        assertEquals(0, r.status(), r.err());
        assertTrue(Files.size(out.resolve("vpn.png")) > 0);
        assertTrue(Files.size(out.resolve("hub-spoke.png")) > 0);
    }

    @Test
    void severalInputsRefuseAPictureFileAsOutput() {
        CliTest.Run r = run("export", vpn.toString(), hub.toString(), "-o", dir.resolve("both.svg").toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("both.svg: several designs are exported into a folder"), r.err());
        assertFalse(Files.exists(dir.resolve("both.svg")));
    }

    @Test
    void aFolderInputExpandsToEveryDesignBelowItInPathOrderKeepingSubfolders() throws Exception {
        Path designs = dir.resolve("designs");
        Files.createDirectories(designs.resolve("b"));
        Files.copy(vpn, designs.resolve("b").resolve("vpn.hybridnet.json"));
        Files.copy(hub, designs.resolve("a.hybridnet.json"));
        Files.copy(vpn, designs.resolve("c.hybridnet.json"));
        Files.writeString(designs.resolve("notes.json"), "{}");
        Path out = dir.resolve("out");
        CliTest.Run r = run("export", designs.toString(), "-o", out.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals(out.resolve("a.svg") + "\n" + out.resolve("b").resolve("vpn.svg") + "\n"
                + out.resolve("c.svg") + "\n", r.out());
        assertArrayEquals(singleExport(vpn, ".svg"), Files.readAllBytes(out.resolve("b").resolve("vpn.svg")));

        CliTest.Run checked = run("validate", designs.toString());
        assertEquals(0, checked.status(), checked.err());
        assertEquals(3, checked.out().lines().count(), checked.out());
        assertTrue(checked.out().startsWith(designs.resolve("a.hybridnet.json") + ": 0 errors"), checked.out());
    }

    @Test
    void aFolderWithoutDesignsIsAnError() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        CliTest.Run r = run("validate", empty.toString());
        assertEquals(2, r.status());
        assertEquals(empty + ": no .hybridnet.json files in this folder\n", r.err());
    }

    @Test
    void standardInputToStandardOutputIsWellFormedSvgEqualToTheFileExport() throws Exception {
        ByteRun r = runWithStdin(Files.readAllBytes(vpn), "export", "-", "-o", "-");
        assertEquals(0, r.status(), r.err());
        assertEquals("", r.err());
        assertArrayEquals(singleExport(vpn, ".svg"), r.out());
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document svg = factory.newDocumentBuilder().parse(new ByteArrayInputStream(r.out()));
        assertEquals("svg", svg.getDocumentElement().getNodeName());
    }

    @Test
    void pngGoesToStandardOutputAsBytes() throws Exception {
        ByteRun r = runWithStdin(new byte[0], "export", vpn.toString(), "-o", "-", "--format", "png");
        assertEquals(0, r.status(), r.err());
        assertArrayEquals(singleExport(vpn, ".png"), r.out());
    }

    @Test
    void withTextStreamsOnlyStandardOutputTakesSvgButRefusesPng() {
        CliTest.Run svg = run("export", vpn.toString(), "-o", "-");
        assertEquals(0, svg.status(), svg.err());
        assertTrue(svg.out().startsWith("<?xml"), svg.out());
        CliTest.Run png = run("export", vpn.toString(), "-o", "-", "--format", "png");
        assertEquals(2, png.status());
        assertEquals("", png.out());
        assertTrue(png.err().startsWith("<stdout>: standard output takes text only here"), png.err());
    }

    @Test
    void aBrokenStandardInputIsNamedStdin() {
        ByteRun r = runWithStdin("{\"format\": ".getBytes(StandardCharsets.UTF_8), "export", "-", "-o", "-");
        assertEquals(2, r.status());
        assertEquals(0, r.out().length);
        assertTrue(r.err().startsWith("<stdin>: "), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
    }

    @Test
    void validateReadsStandardInputAndNamesItStdin() throws Exception {
        ByteRun r = runWithStdin(Files.readAllBytes(vpn), "validate", "-");
        assertEquals(0, r.status(), r.err());
        assertEquals("<stdin>: 0 errors, 0 warnings; reference: vpn, detected: vpn\n",
                new String(r.out(), StandardCharsets.UTF_8));
    }

    @Test
    void aBadInputAmongGoodOnesGetsItsLineAndTheOthersAreStillExported() throws Exception {
        Path bad = dir.resolve("bad.hybridnet.json");
        Files.writeString(bad, "{\"format\": \"hybridnet\",");
        Path out = dir.resolve("out");
        CliTest.Run r = run("export", vpn.toString(), bad.toString(), hub.toString(), "-o", out.toString());
        assertEquals(2, r.status());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith(bad + ": "), r.err());
        assertTrue(Files.exists(out.resolve("vpn.svg")));
        assertTrue(Files.exists(out.resolve("hub-spoke.svg")));
        assertFalse(Files.exists(out.resolve("bad.svg")));
    }

    @Test
    void twoInputsOfTheSameNameDoNotOverwriteOnePicture() throws Exception {
        Path other = Files.createDirectories(dir.resolve("other")).resolve("vpn.hybridnet.json");
        Files.copy(hub, other);
        Path out = dir.resolve("out");
        CliTest.Run r = run("export", vpn.toString(), other.toString(), "-o", out.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("already written for " + vpn), r.err());
        assertArrayEquals(singleExport(vpn, ".svg"), Files.readAllBytes(out.resolve("vpn.svg")));
    }

    @Test
    void quietExportPrintsNothingAndVerboseTellsWhatWasReadAndWrittenOnStandardError() {
        Path out = dir.resolve("out");
        CliTest.Run quiet = run("export", vpn.toString(), "-o", out.toString() + "/", "--quiet");
        assertEquals(0, quiet.status(), quiet.err());
        assertEquals("", quiet.out());
        assertEquals("", quiet.err());
        CliTest.Run verbose = run("export", vpn.toString(), "-o", out.toString() + "/", "--verbose");
        assertEquals(0, verbose.status(), verbose.err());
        assertEquals(out.resolve("vpn.svg") + "\n", verbose.out());
        assertTrue(verbose.err().matches("(?s)read " + java.util.regex.Pattern.quote(vpn.toString())
                + ": \\d+ elements in [0-9.]+ ms\nwrote " + java.util.regex.Pattern.quote(out.resolve("vpn.svg")
                .toString()) + ": \\d+ bytes in [0-9.]+ ms\n"), verbose.err());
        CliTest.Run both = run("export", vpn.toString(), "-o", "-", "-q", "-v");
        assertEquals(2, both.status());
        assertEquals("--quiet and --verbose cannot be given together\n", both.err());
    }

    @Test
    void quietValidatePrintsOnlyErrorsAndVerboseAddsTimings() throws Exception {
        Diagram sample = Samples.load(Sample.VPN);
        Diagram basic = sample.withContent(sample.elements().stream().map(e -> e.id().equals("gwsubnet")
                ? e.withProps(e.props().with("addressPrefix", PropValue.text("10.20.255.240/28")))
                : e.id().equals("vpngw") ? e.withProps(e.props().with("publicIpSku", PropValue.text("Basic"))) : e)
                .toList(), sample.connections());
        Path broken = dir.resolve("broken.hybridnet.json");
        new DiagramWriter().save(basic, broken);
        CliTest.Run normal = run("validate", broken.toString(), vpn.toString());
        assertTrue(normal.out().contains("warning [gateway-subnet-size]"), normal.out());
        CliTest.Run quiet = run("validate", broken.toString(), vpn.toString(), "--quiet");
        assertEquals(1, quiet.status());
        assertFalse(quiet.out().isEmpty());
        quiet.out().lines().forEach(line -> assertTrue(line.startsWith(broken + ": error ["), line));
        CliTest.Run verbose = run("validate", vpn.toString(), "--verbose");
        assertEquals(0, verbose.status());
        assertTrue(verbose.err().contains("read " + vpn + ": "), verbose.err());
        assertTrue(verbose.err().contains("checked " + vpn + ": 0 findings in "), verbose.err());
    }

    @Test
    void watchRefusesStandardStreams() {
        CliTest.Run r = run("export", "-", "-o", dir.resolve("x.svg").toString(), "--watch");
        assertEquals(2, r.status());
        assertTrue(r.err().startsWith("--watch watches files"), r.err());
    }

    @Test
    void watchReExportsAFileReplacedByRenameUntilInterrupted() throws Exception {
        Path design = dir.resolve("watched.hybridnet.json");
        Files.copy(vpn, design);
        Path out = dir.resolve("watched.svg");
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        int[] status = {-1};
        Thread loop = new Thread(() -> status[0] = Cli.run(new PrintWriter(stdout), new PrintWriter(stderr),
                "export", design.toString(), "-o", out.toString(), "--watch"));
        loop.start();
        try {
            awaitTrue(() -> Files.exists(out) && stdout.toString().equals(out + "\n"));
            byte[] first = Files.readAllBytes(out);
            // As an editor saves: write a new file beside it, then rename it over the old one.
            Path temp = dir.resolve("watched.hybridnet.json.tmp");
            Files.writeString(temp, Samples.text(Sample.HUB_SPOKE));
            Files.move(temp, design, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            awaitTrue(() -> !java.util.Arrays.equals(first, Files.readAllBytes(out)));
            assertArrayEquals(singleExport(hub, ".svg"), Files.readAllBytes(out));
            Files.writeString(design, "{");
            awaitTrue(() -> stderr.toString().startsWith(design + ": "));
            assertTrue(loop.isAlive(), "a broken file does not stop the watch");
        } finally {
            loop.interrupt();
            loop.join(5000);
        }
        assertFalse(loop.isAlive());
        assertEquals(0, status[0], stderr.toString());
        assertEquals(out + "\n" + out + "\n", stdout.toString());
    }

    /** Something the test waits for, which may throw. */
    interface Check {
        boolean holds() throws Exception;
    }

    private static void awaitTrue(Check check) throws Exception {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!check.holds()) {
            assertTrue(System.nanoTime() < deadline, "not within 10 s");
            Thread.sleep(20);
        }
    }
}
