package dev.hybridnet.samples;

import dev.hybridnet.io.DiagramReader;
import dev.hybridnet.model.Diagram;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/** Access to the bundled sample files, which ship as resources in the jar. */
public final class Samples {

    private static final String FOLDER = "/dev/hybridnet/samples/";

    private Samples() {
    }

    /** The sample's file text exactly as bundled. */
    public static String text(Sample sample) {
        try (InputStream in = open(sample)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled sample " + sample.fileName(), e);
        }
    }

    /** The sample as a diagram. A bundled sample that does not load is a build defect, hence unchecked. */
    public static Diagram load(Sample sample) {
        try (InputStream in = open(sample)) {
            return new DiagramReader().read(in, sample.fileName());
        } catch (IOException e) {
            throw new UncheckedIOException("bundled sample " + sample.fileName() + " does not load", e);
        }
    }

    public static Optional<Sample> byId(String id) {
        return Arrays.stream(Sample.values()).filter(s -> s.id().equals(id)).findFirst();
    }

    private static InputStream open(Sample sample) throws IOException {
        InputStream in = Samples.class.getResourceAsStream(FOLDER + sample.fileName());
        if (in == null) {
            throw new IOException("resource " + FOLDER + sample.fileName() + " is missing from the build");
        }
        return in;
    }
}
