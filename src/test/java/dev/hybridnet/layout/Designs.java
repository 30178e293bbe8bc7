package dev.hybridnet.layout;

import dev.hybridnet.io.DiagramReader;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.samples.HubSpokeGenerator;
import dev.hybridnet.samples.Sample;
import dev.hybridnet.samples.Samples;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The designs the layout is held to: the four samples, the real designs of {@code src/test/resources/real}, and
 * generated hubs of 1, 5, 50 and 500 spokes.
 */
public final class Designs {

    /** Spoke counts of the generated hubs. */
    public static final int[] SPOKES = {1, 5, 50, 500};

    private Designs() {
    }

    /** Each design by name, in a stable order. */
    public static Map<String, Diagram> all() {
        Map<String, Diagram> designs = new LinkedHashMap<>();
        for (Sample s : Sample.values()) {
            designs.put("sample " + s.id(), Samples.load(s));
        }
        designs.putAll(real());
        for (int spokes : SPOKES) {
            designs.put(generatedName(spokes), HubSpokeGenerator.generate(spokes));
        }
        return designs;
    }

    public static String generatedName(int spokes) {
        return "generated hub of " + spokes + " spokes";
    }

    /** The real designs, by file name. */
    public static Map<String, Diagram> real() {
        Map<String, Diagram> designs = new LinkedHashMap<>();
        DiagramReader reader = new DiagramReader();
        try (Stream<Path> files = Files.list(Path.of("src", "test", "resources", "real"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".hybridnet.json")).sorted().toList()) {
                designs.put(f.getFileName().toString(), reader.read(f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return designs;
    }
}
