package dev.hybridnet.render;

import dev.hybridnet.geometry.Rect;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.xml.sax.SAXException;

/**
 * The icons read once, at build time, into one plain text resource ({@code dev/hybridnet/icons/index.txt}): every
 * icon's paths, colours and fill rules as its SVG file gives them, and the bounds of its drawing. {@link IconSet}
 * reads the index instead of the SVG files: parsing XML is cheap once warm, but in a command that runs a fraction of
 * a second, setting up the XML parser and measuring the outlines took as long as drawing the whole picture. The SVG
 * files stay the icons' source; the build writes the index ({@code mvn process-classes} runs {@link #main}), and a
 * test holds it equal to what the files say.
 *
 * <p>Format, one record a line: {@code icon NAME X Y WIDTH HEIGHT} (the content bounds), then for each of its paths
 * {@code path #RRGGBB nonzero|evenodd DATA}; lines starting with {@code #} are comments.
 */
public final class IconIndex {

    static final String RESOURCE = "index.txt";

    private IconIndex() {
    }

    /** Writes the index of the {@code *.svg} icons of {@code folder} into the same folder; the build runs this. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: IconIndex FOLDER (the folder of the icons' SVG files)");
            System.exit(2);
        }
        Path folder = Path.of(args[0]);
        Map<String, IconGlyph> glyphs = new TreeMap<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.svg")) {
            for (Path file : files) {
                String name = file.getFileName().toString().replaceFirst("\\.svg$", "");
                try (InputStream in = Files.newInputStream(file)) {
                    glyphs.put(name, IconSet.parse(name, in));
                } catch (SAXException | IllegalArgumentException e) {
                    System.err.println(file + ": not an icon of the strict format (" + e.getMessage() + ")");
                    System.exit(1);
                }
            }
        }
        Files.writeString(folder.resolve(RESOURCE), write(glyphs.values()), StandardCharsets.UTF_8);
    }

    static String write(Iterable<IconGlyph> glyphs) {
        StringBuilder out = new StringBuilder("# The icons of this folder, read at build time by "
                + "dev.hybridnet.render.IconIndex; do not edit.\n");
        for (IconGlyph glyph : glyphs) {
            Rect b = glyph.contentBounds();
            out.append("icon ").append(glyph.name()).append(' ').append(b.x()).append(' ').append(b.y()).append(' ')
                    .append(b.width()).append(' ').append(b.height()).append('\n');
            for (IconGlyph.IconPath path : glyph.paths()) {
                if (path.data().indexOf('\n') >= 0 || path.data().indexOf('\r') >= 0 || !path.fill().opaque()) {
                    throw new IllegalArgumentException(glyph.name() + ": a path the index cannot hold");
                }
                out.append("path ").append(path.fill().hex()).append(path.evenOdd() ? " evenodd " : " nonzero ")
                        .append(path.data()).append('\n');
            }
        }
        return out.toString();
    }

    /** The icons of an index's text, by name. */
    static Map<String, IconGlyph> read(String text) {
        Map<String, IconGlyph> glyphs = new LinkedHashMap<>();
        String name = null;
        Rect bounds = null;
        List<IconGlyph.IconPath> paths = new ArrayList<>();
        int lineNumber = 0;
        for (String line : text.split("\n")) {
            lineNumber++;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split(" ", line.startsWith("path ") ? 4 : 6);
            if (f[0].equals("icon") && f.length == 6) {
                if (name != null) {
                    glyphs.put(name, new IconGlyph(name, paths, bounds));
                }
                name = f[1];
                bounds = new Rect(Double.parseDouble(f[2]), Double.parseDouble(f[3]), Double.parseDouble(f[4]),
                        Double.parseDouble(f[5]));
                paths = new ArrayList<>();
            } else if (f[0].equals("path") && f.length == 4 && name != null
                    && (f[2].equals("evenodd") || f[2].equals("nonzero"))) {
                paths.add(new IconGlyph.IconPath(f[3], Color.hex(f[1]), f[2].equals("evenodd")));
            } else {
                throw new IllegalArgumentException("icon index, line " + lineNumber + ": not an icon or path record");
            }
        }
        if (name != null) {
            glyphs.put(name, new IconGlyph(name, paths, bounds));
        }
        return glyphs;
    }
}
