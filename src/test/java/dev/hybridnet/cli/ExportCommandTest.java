package dev.hybridnet.cli;

import static dev.hybridnet.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.samples.Sample;
import dev.hybridnet.samples.Samples;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExportCommandTest {

    private static final Path GOLDEN = Path.of("src", "test", "resources", "dev", "hybridnet", "export", "golden");
    private static final byte[] OLD = "the picture from before".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;
    Path vpn;

    @BeforeEach
    void writeSample() throws Exception {
        vpn = dir.resolve("vpn.hybridnet.json");
        Files.writeString(vpn, Samples.text(Sample.VPN));
    }

    @Test
    void svgExportWritesExactlyTheGoldenFileNamesItAndExitsZero() throws Exception {
        for (String style : new String[] {"card", "full"}) {
            Path out = dir.resolve("vpn." + style + ".svg");
            CliTest.Run r = run("export", vpn.toString(), "-o", out.toString(), "--style", style);
            assertEquals(0, r.status(), r.err());
            assertEquals(out + "\n", r.out());
            assertEquals("", r.err());
            assertArrayEquals(Files.readAllBytes(GOLDEN.resolve("vpn." + style + ".svg")), Files.readAllBytes(out),
                    "the command's SVG is not the golden file " + style);
        }
    }

    @Test
    void theDefaultStyleIsFull() throws Exception {
        Path out = dir.resolve("default.svg");
        assertEquals(0, run("export", vpn.toString(), "-o", out.toString()).status());
        assertArrayEquals(Files.readAllBytes(GOLDEN.resolve("vpn.full.svg")), Files.readAllBytes(out));
    }

    @Test
    void pngExportWritesADecodablePictureAtTheScaleAndBackgroundAsked() throws Exception {
        Path out = dir.resolve("card.PNG");
        CliTest.Run r = run("export", vpn.toString(), "-o", out.toString(), "--style", "card", "--scale", "2",
                "--background", "transparent");
        assertEquals(0, r.status(), r.err());
        BufferedImage image = ImageIO.read(out.toFile());
        assertNotNull(image);
        assertEquals(640, image.getWidth());
        assertEquals(288, image.getHeight());
        assertEquals(0, image.getRGB(0, 0) >>> 24, "a transparent corner");
        assertEquals(0xFFE4FAFF, image.getRGB(480, 60), "inside the VNet box");
    }

    @Test
    void svgScaleMultipliesWidthAndHeightButNotTheViewBox() throws Exception {
        Path out = dir.resolve("card.svg");
        assertEquals(0, run("export", vpn.toString(), "-o", out.toString(), "--style", "card", "--scale", "2.5")
                .status());
        String svg = Files.readString(out);
        assertTrue(svg.contains("width=\"800\" height=\"360\" viewBox=\"0 0 320 144\""), svg.lines().limit(3)
                .toList().toString());
    }

    @Test
    void aMissingInputIsOneLineNamingItAndExitsTwo() throws Exception {
        Path missing = dir.resolve("missing.hybridnet.json");
        Path out = existingOutput("out.svg");
        CliTest.Run r = run("export", missing.toString(), "-o", out.toString());
        assertFailedCleanly(r, missing + ": no such file");
        assertArrayEquals(OLD, Files.readAllBytes(out));
    }

    @Test
    void malformedJsonIsOneLineWithThePlaceAndExitsTwoLeavingTheOldPicture() throws Exception {
        Path broken = dir.resolve("broken.hybridnet.json");
        Files.writeString(broken, "{\"format\": \"hybridnet\",\n  \"version\": 1,\n  \"elements\": [}\n");
        Path out = existingOutput("out.png");
        CliTest.Run r = run("export", broken.toString(), "-o", out.toString());
        assertFailedCleanly(r, broken + ": line 3, column 16: malformed JSON: ");
        assertArrayEquals(OLD, Files.readAllBytes(out));
    }

    @ParameterizedTest
    @ValueSource(strings = {"out.gif", "out.svg.txt", "out", "out.jpeg"})
    void anUnknownExtensionIsOneLineNamingTheOutputAndExitsTwo(String name) {
        Path out = dir.resolve(name);
        CliTest.Run r = run("export", vpn.toString(), "-o", out.toString());
        assertFailedCleanly(r, out + ": unknown picture format; the output must end in .svg, .png or .pdf");
        assertFalse(Files.exists(out));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.5", "0", "-1", "4.5", "5", "NaN", "Infinity"})
    void aScaleOutsideOneToFourIsOneLineAndExitsTwo(String scale) {
        Path out = dir.resolve("out.png");
        CliTest.Run r = run("export", vpn.toString(), "-o", out.toString(), "--scale", scale);
        assertFailedCleanly(r, "--scale must be between 1 and 4, not ");
        assertFalse(Files.exists(out));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "4"})
    void theEndsOfTheScaleRangeAreAllowed(String scale) {
        assertEquals(0, run("export", vpn.toString(), "-o", dir.resolve("s" + scale + ".png").toString(),
                "--style", "card", "--scale", scale).status());
    }

    @Test
    void aPdfOutputIsChosenByItsExtensionAndHoldsOnePageOfTheAskedPaper() throws Exception {
        Path out = dir.resolve("vpn.PDF");
        CliTest.Run r = run("export", vpn.toString(), "-o", out.toString(), "--page", "a4");
        assertEquals(0, r.status(), r.err());
        assertEquals(out + "\n", r.out());
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(out.toFile())) {
            assertEquals(1, pdf.getNumberOfPages());
            org.apache.pdfbox.pdmodel.common.PDRectangle page = pdf.getPage(0).getMediaBox();
            assertEquals(Math.max(page.getWidth(), page.getHeight()), 841.89, 0.5);
            assertEquals(Math.min(page.getWidth(), page.getHeight()), 595.28, 0.5);
            assertEquals("Site-to-site VPN", pdf.getDocumentInformation().getTitle());
        }
    }

    @Test
    void aPdfToAFolderThatDoesNotExistIsOneLineNamingTheFileAndExitsTwo() {
        Path out = dir.resolve("no/such/folder/out.pdf");
        CliTest.Run r = run("export", vpn.toString(), "-o", out.toString());
        assertFailedCleanly(r, out + ": cannot write: folder " + out.getParent() + " does not exist");
    }

    @Test
    void onlyWritesTheSelectionGoldenFile() throws Exception {
        Path hub = dir.resolve("hub.hybridnet.json");
        Files.writeString(hub, Samples.text(Sample.HUB_SPOKE));
        Path out = dir.resolve("part.svg");
        CliTest.Run r = run("export", hub.toString(), "-o", out.toString(), "--only", "vnet-hub,vnet-spoke1");
        assertEquals(0, r.status(), r.err());
        assertArrayEquals(Files.readAllBytes(GOLDEN.resolve("hub-spoke.selection.svg")), Files.readAllBytes(out));
    }

    @Test
    void onlyWithAnIdThatIsNoElementIsOneLineNamingTheIdAndExitsTwo() {
        Path out = dir.resolve("part.svg");
        CliTest.Run r = run("export", vpn.toString(), "-o", out.toString(), "--only", "no-such-thing");
        assertFailedCleanly(r, vpn + ": no element with the id no-such-thing");
        assertFalse(Files.exists(out));
    }

    @Test
    void onlyWithTheCardStyleIsRefusedInOneLine() {
        Path out = dir.resolve("part.svg");
        CliTest.Run r = run("export", vpn.toString(), "-o", out.toString(), "--only", "onprem", "--style", "card");
        assertFailedCleanly(r, "--only draws part of the full style");
    }

    @Test
    void anOutputFolderThatDoesNotExistIsOneLineNamingTheFileAndExitsTwo() {
        Path out = dir.resolve("no/such/folder/out.svg");
        CliTest.Run r = run("export", vpn.toString(), "-o", out.toString());
        assertFailedCleanly(r, out + ": cannot write: folder " + out.getParent() + " does not exist");
    }

    @Test
    void anOutputFolderThatIsAFileIsOneLineNamingTheFileAndExitsTwo() throws Exception {
        Path file = dir.resolve("plain-file");
        Files.writeString(file, "not a folder");
        Path out = file.resolve("out.png");
        CliTest.Run r = run("export", vpn.toString(), "-o", out.toString(), "--style", "card");
        assertFailedCleanly(r, out + ": cannot write: " + file + " is not a folder");
    }

    @Test
    void aPictureTooLargeToRenderLeavesTheOldFileAsItWas() throws Exception {
        Path big = dir.resolve("big.hybridnet.json");
        assertEquals(0, run("generate", "--spokes", "100", "-o", big.toString()).status());
        Path out = existingOutput("big.png");
        CliTest.Run r = run("export", big.toString(), "-o", out.toString(), "--scale", "4");
        assertFailedCleanly(r, out + ": the picture would be ");
        assertTrue(r.err().contains("export SVG, or PNG at --scale "), r.err());
        assertArrayEquals(OLD, Files.readAllBytes(out));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(0, files.filter(p -> p.getFileName().toString().endsWith(".tmp")).count(),
                    "a temporary file was left behind");
        }
    }

    @Test
    void aSuccessfulExportReplacesTheOldFileCompletely() throws Exception {
        Path out = existingOutput("replace.svg");
        assertEquals(0, run("export", vpn.toString(), "-o", out.toString(), "--style", "card").status());
        assertArrayEquals(Files.readAllBytes(GOLDEN.resolve("vpn.card.svg")), Files.readAllBytes(out));
    }

    @Test
    void anUnknownStyleIsAUsageErrorWithoutAStackTrace() {
        CliTest.Run r = run("export", vpn.toString(), "-o", dir.resolve("x.svg").toString(), "--style", "fancy");
        assertEquals(2, r.status());
        assertTrue(r.err().startsWith("Invalid value for option '--style': expected one of [full, card]"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void helpListsEveryOption() {
        CliTest.Run r = run("export", "--help");
        assertEquals(0, r.status());
        for (String option : new String[] {"--output", "--style", "--scale", "--background", "--findings"}) {
            assertTrue(r.out().contains(option), option + " missing from\n" + r.out());
        }
    }

    private Path existingOutput(String name) throws Exception {
        Path out = dir.resolve(name);
        Files.write(out, OLD);
        return out;
    }

    /** Exit status 2, nothing on standard output, and exactly one line on standard error starting as given. */
    private static void assertFailedCleanly(CliTest.Run r, String start) {
        assertEquals(2, r.status(), r.err());
        assertEquals("", r.out());
        assertTrue(r.err().endsWith("\n"), r.err());
        assertEquals(1, r.err().lines().count(), "not one line: " + r.err());
        assertTrue(r.err().startsWith(start), "expected a line starting with '" + start + "' but got: " + r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }
}
