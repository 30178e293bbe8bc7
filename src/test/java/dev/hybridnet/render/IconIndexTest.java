package dev.hybridnet.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.geometry.Rect;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The icon index the build writes holds exactly what the icons' SVG files say, and reads back as written. */
class IconIndexTest {

    private static Map<String, IconGlyph> fromSvgFiles() throws Exception {
        Map<String, IconGlyph> glyphs = new TreeMap<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(Path.of("assets/icons"), "*.svg")) {
            for (Path file : files) {
                String name = file.getFileName().toString().replace(".svg", "");
                try (InputStream in = Files.newInputStream(file)) {
                    glyphs.put(name, IconSet.parse(name, in));
                }
            }
        }
        return glyphs;
    }

    private static Map<String, IconGlyph> bundledIndex() throws IOException {
        try (InputStream in = IconSet.class.getResourceAsStream("/dev/hybridnet/icons/index.txt")) {
            assertTrue(in != null, "the build wrote the icon index (mvn process-classes)");
            return IconIndex.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void theBundledIndexHoldsEveryIconAsItsSvgFileSaysAndNothingElse() throws Exception {
        Map<String, IconGlyph> files = fromSvgFiles();
        assertTrue(files.size() >= 20, "the icon set: " + files.keySet());
        assertEquals(files, new TreeMap<>(bundledIndex()));
    }

    @Test
    void theIconSetDrawsWhatTheFilesSay() throws Exception {
        for (Map.Entry<String, IconGlyph> icon : fromSvgFiles().entrySet()) {
            assertEquals(icon.getValue(), IconSet.glyph(icon.getKey()), icon.getKey());
            assertEquals(icon.getValue(), IconSet.loadFile(icon.getKey()).orElseThrow(), icon.getKey());
        }
    }

    @Test
    void anIndexReadsBackAsWritten() {
        List<IconGlyph> glyphs = List.of(
                new IconGlyph("a", List.of(new IconGlyph.IconPath("M0 0 H1 V1 Z", Color.hex("#0078D7"), false),
                        new IconGlyph.IconPath("M 1.25,2 L 3e-1 4 Z", Color.hex("#10a020"), true)),
                        new Rect(0.1, 1.0 / 3, 47.9, 2.0 / 3)),
                new IconGlyph("empty", List.of(), new Rect(0, 0, 48, 48)));
        Map<String, IconGlyph> read = IconIndex.read(IconIndex.write(glyphs));
        assertEquals(List.of("a", "empty"), List.copyOf(read.keySet()));
        assertEquals(glyphs.get(0), read.get("a"));
        assertEquals(glyphs.get(1), read.get("empty"));
    }

    @Test
    void aDamagedIndexIsRefusedWithItsLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> IconIndex.read("# c\nicon a 0 0 1 1\npath #000000 sideways M0 0Z\n"));
        assertEquals("icon index, line 3: not an icon or path record", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> IconIndex.read("path #000000 nonzero M0 0Z\n"));
        assertThrows(IllegalArgumentException.class, () -> IconIndex.read("icon a 0 0 1\n"));
        assertThrows(IllegalArgumentException.class, () -> IconIndex.write(List.of(new IconGlyph("a",
                List.of(new IconGlyph.IconPath("M0 0\nZ", Color.BLACK, false)), new Rect(0, 0, 1, 1)))));
    }
}
