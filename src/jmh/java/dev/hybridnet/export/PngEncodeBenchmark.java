package dev.hybridnet.export;

import dev.hybridnet.JvmOptions;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.render.Decorations;
import dev.hybridnet.render.DiagramRenderer;
import dev.hybridnet.samples.HubSpokeGenerator;
import dev.hybridnet.samples.Sample;
import dev.hybridnet.samples.Samples;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * PNG encoding alone (no rendering) of our real pictures: the four samples (full style, encoded one after the
 * other) and a generated 1,000-element diagram, each at scale 1 and 2 (1.9 for the diagram: at 2 it would be
 * over the exporter's 100 million pixels), white background. The pictures are
 * rendered once by {@link PngExporter} and decoded. {@code oursOneBand} is our writer on one thread;
 * {@code oursBands} compresses the bands the exporter would cut the picture into, on one thread a core, as the
 * exporter does (there each band is also rendered on that thread). The setup prints each file's
 * size. Measured for decision 0021 (against {@code com.pngencoder}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {JvmOptions.GC, "-Djava.awt.headless=true", "-Xmx3g"})
public class PngEncodeBenchmark {

    /** What to encode: {@code samples} or {@code 1k}, then {@code @} and the scale. */
    @Param({"samples@1", "samples@2", "1k@1", "1k@1.9"})
    public String picture;

    protected List<BufferedImage> images;
    private final List<List<BufferedImage>> bands = new ArrayList<>();
    /** One thread a core, like the exporter's workers. */
    private final ExecutorService workers = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(),
            r -> {
                Thread thread = new Thread(r, "png-band");
                thread.setDaemon(true);
                return thread;
            });

    @Setup(Level.Trial)
    public void render() throws ExportException, IOException {
        String[] parts = picture.split("@");
        double scale = Double.parseDouble(parts[1]);
        List<Diagram> diagrams = new ArrayList<>();
        if (parts[0].equals("samples")) {
            for (Sample sample : Sample.values()) {
                diagrams.add(Samples.load(sample));
            }
        } else {
            diagrams.add(HubSpokeGenerator.generate(HubSpokeGenerator.spokesForElements(1_000)));
        }
        images = new ArrayList<>();
        for (Diagram diagram : diagrams) {
            byte[] png = new PngExporter().export(new DiagramRenderer().render(diagram, Decorations.none()), scale,
                    Background.WHITE);
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(png));
            BufferedImage rgb = new BufferedImage(decoded.getWidth(), decoded.getHeight(),
                    BufferedImage.TYPE_INT_RGB);
            rgb.getRaster().setDataElements(0, 0, decoded.getWidth(), decoded.getHeight(),
                    decoded.getRGB(0, 0, decoded.getWidth(), decoded.getHeight(), null, 0, decoded.getWidth()));
            images.add(rgb);
            bands.add(cut(rgb));
        }
        reportSizes();
    }

    /** Prints the size of each encoder's files (once, before the measurements). */
    protected void reportSizes() {
        report("ours, one band", total(oursOneBand()));
        report("ours, bands", total(oursBands()));
    }

    protected void report(String encoder, long bytes) {
        long pixels = images.stream().mapToLong(i -> (long) i.getWidth() * i.getHeight()).sum();
        System.out.printf("%n[size] %s %s: %,d bytes for %,d pixels%n", picture, encoder, bytes, pixels);
    }

    protected static long total(List<byte[]> files) {
        return files.stream().mapToLong(f -> f.length).sum();
    }

    @Benchmark
    public List<byte[]> oursOneBand() {
        List<byte[]> files = new ArrayList<>();
        for (BufferedImage image : images) {
            files.add(PngEncoder.assemble(image.getWidth(), image.getHeight(), false,
                    PngEncoder.PIXELS_PER_METRE_AT_SCALE_1, List.of(PngEncoder.compress(image, true))));
        }
        return files;
    }

    @Benchmark
    public List<byte[]> oursBands() {
        List<byte[]> files = new ArrayList<>();
        for (int n = 0; n < images.size(); n++) {
            BufferedImage image = images.get(n);
            List<BufferedImage> cut = bands.get(n);
            List<Future<PngEncoder.Band>> pieces = new ArrayList<>();
            for (int i = 0; i < cut.size(); i++) {
                BufferedImage band = cut.get(i);
                boolean last = i == cut.size() - 1;
                pieces.add(workers.submit(() -> PngEncoder.compress(band, last)));
            }
            List<PngEncoder.Band> compressed = new ArrayList<>();
            for (Future<PngEncoder.Band> piece : pieces) {
                try {
                    compressed.add(piece.get());
                } catch (InterruptedException | ExecutionException e) {
                    throw new IllegalStateException(e);
                }
            }
            files.add(PngEncoder.assemble(image.getWidth(), image.getHeight(), false,
                    PngEncoder.PIXELS_PER_METRE_AT_SCALE_1, compressed));
        }
        return files;
    }

    @TearDown(Level.Trial)
    public void stop() {
        workers.shutdownNow();
    }

    /** The bands the exporter would cut the picture into, each its own raster as the exporter paints it. */
    private static List<BufferedImage> cut(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int count = PngExporter.bandCount(w, h, Runtime.getRuntime().availableProcessors());
        List<BufferedImage> cut = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int top = h * i / count;
            int bottom = h * (i + 1) / count;
            BufferedImage band = new BufferedImage(w, bottom - top, BufferedImage.TYPE_INT_RGB);
            band.getRaster().setRect(0, -top, image.getRaster());
            cut.add(band);
        }
        return cut;
    }
}
