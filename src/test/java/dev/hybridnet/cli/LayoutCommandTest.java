package dev.hybridnet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.io.DiagramReader;
import dev.hybridnet.layout.Layout;
import dev.hybridnet.samples.Sample;
import dev.hybridnet.samples.Samples;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code hybridnet layout FILE [-o OUT]}: lays out, changes only coordinates, and reads files as validate does. */
class LayoutCommandTest {

    private static final Pattern COORDINATE = Pattern.compile("(?m)^\\s*\"(x|y|width|height)\": [-0-9.eE]+,?\\n");

    /** The file's text with every x, y, width and height line removed, and the commas that closed them. */
    private static String withoutCoordinates(String json) {
        return COORDINATE.matcher(json).replaceAll("").replaceAll(",(\\n\\s*})", "$1");
    }

    @ParameterizedTest
    @EnumSource(Sample.class)
    void layingOutASampleKeepsEverythingButCoordinatesByteForByte(Sample sample, @TempDir Path dir) throws Exception {
        Path file = dir.resolve(sample.fileName());
        Files.writeString(file, Samples.text(sample), StandardCharsets.UTF_8);
        Path out = dir.resolve("out.hybridnet.json");
        CliTest.Run run = CliTest.run("layout", file.toString(), "-o", out.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains(out.toString()), run.out());
        String before = Files.readString(file);
        String after = Files.readString(out);
        assertNotEquals(before, after, "the layout moves the hand-made sample");
        assertEquals(withoutCoordinates(before), withoutCoordinates(after));
        DiagramReader reader = new DiagramReader();
        assertEquals(Layout.tidy(reader.read(file)), reader.read(out));
    }

    @Test
    void withoutAnOutputTheFileIsRewrittenInPlace(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("hub.hybridnet.json");
        Files.writeString(file, Samples.text(Sample.HUB_SPOKE), StandardCharsets.UTF_8);
        Path copy = dir.resolve("copy.hybridnet.json");
        assertEquals(0, CliTest.run("layout", file.toString(), "-o", copy.toString()).status());
        CliTest.Run run = CliTest.run("layout", file.toString());
        assertEquals(0, run.status(), run.err());
        assertEquals(Files.readString(copy), Files.readString(file));
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "no temporary file is left behind");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"format\": \"hybridnet\", \"version\": 1, \"elements\": [}",
        "{\"format\": \"hybridnet\", \"version\": 1, \"elements\": [{\"id\": \"a\", \"kind\": \"subnet\", "
            + "\"x\": 0, \"y\": 0, \"parent\": \"nowhere\"}]}",
        "{\"format\": \"drawio\"}"})
    void badInputGetsTheSameMessageAsValidateAndTheFileIsLeftAlone(String text, @TempDir Path dir) throws Exception {
        Path file = dir.resolve("broken.hybridnet.json");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        CliTest.Run layout = CliTest.run("layout", file.toString());
        CliTest.Run validate = CliTest.run("validate", file.toString());
        assertEquals(2, layout.status());
        assertEquals(validate.err(), layout.err());
        assertTrue(layout.err().startsWith(file.toString()), layout.err());
        assertEquals(text, Files.readString(file));
    }

    @Test
    void everyHostileFileIsLaidOutOrGetsValidatesLineNeverAnInternalError(@TempDir Path dir) throws Exception {
        try (Stream<Path> files = Files.list(Path.of("src", "test", "resources", "hostile"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".hybridnet.json")).sorted().toList()) {
                Path out = dir.resolve("out.hybridnet.json");
                CliTest.Run layout = CliTest.run("layout", file.toString(), "-o", out.toString());
                if (layout.status() == 0) {
                    // Texts such as a lone surrogate are written made safe, so compare where things are.
                    assertEquals(Layout.tidy(new DiagramReader().read(file)).elements().stream()
                            .map(e -> e.bounds()).toList(), new DiagramReader().read(out).elements().stream()
                            .map(e -> e.bounds()).toList(), file.toString());
                } else {
                    assertEquals(2, layout.status(), file + ": " + layout.err());
                    assertEquals(CliTest.run("validate", file.toString()).err(), layout.err(), file.toString());
                }
            }
        }
    }

    @Test
    void aMissingFileGetsTheSameMessageAsValidate(@TempDir Path dir) {
        Path file = dir.resolve("missing.hybridnet.json");
        CliTest.Run layout = CliTest.run("layout", file.toString());
        assertEquals(2, layout.status());
        assertEquals(CliTest.run("validate", file.toString()).err(), layout.err());
    }
}
