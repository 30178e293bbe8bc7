package dev.hybridnet.bench;

import dev.hybridnet.JvmOptions;
import dev.hybridnet.export.Background;
import dev.hybridnet.export.ExportException;
import dev.hybridnet.export.PageSize;
import dev.hybridnet.export.PdfExporter;
import dev.hybridnet.export.PngExporter;
import dev.hybridnet.export.SvgWriter;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.render.Decorations;
import dev.hybridnet.render.DiagramRenderer;
import dev.hybridnet.samples.HubSpokeGenerator;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Export of generated hub-spoke diagrams, from the model: render the display list, then write it. Targets: the
 * full-style SVG of a 10,000-element diagram in at most 300 ms; the PNG of a 1,000-element diagram at 1x in at
 * most 300 ms after warm-up.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 8, time = 4)
@Fork(value = 1, jvmArgsAppend = {JvmOptions.GC, "-Djava.awt.headless=true", "-Xmx3g"})
public class ExportBenchmark {

    private final DiagramRenderer renderer = new DiagramRenderer();
    private final SvgWriter svg = new SvgWriter();
    private final PngExporter png = new PngExporter();
    private final PdfExporter pdf = new PdfExporter();
    private Diagram large;
    private Diagram medium;

    @Setup(Level.Trial)
    public void generate() {
        large = HubSpokeGenerator.generate(HubSpokeGenerator.spokesForElements(10_000));
        medium = HubSpokeGenerator.generate(HubSpokeGenerator.spokesForElements(1_000));
    }

    @Benchmark
    public String fullSvg10k() {
        return svg.write(renderer.render(large, Decorations.none()), 1, Background.WHITE);
    }

    @Benchmark
    public byte[] png1k() throws ExportException {
        return png.export(renderer.render(medium, Decorations.none()), 1, Background.WHITE);
    }

    /** The PDF of the 1,000-element diagram on a page of its own size (no target; measured for decision 20). */
    @Benchmark
    public byte[] pdf1k() throws ExportException {
        return pdf.export(renderer.render(medium, Decorations.none()), PageSize.PICTURE, Background.WHITE);
    }
}
