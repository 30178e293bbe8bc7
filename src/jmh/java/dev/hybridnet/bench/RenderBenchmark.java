package dev.hybridnet.bench;

import dev.hybridnet.JvmOptions;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.render.Decorations;
import dev.hybridnet.render.DiagramRenderer;
import dev.hybridnet.render.Drawing;
import dev.hybridnet.samples.HubSpokeGenerator;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Rendering generated hub-spoke diagrams in the full style, from the model to the display list: every connection
 * routed (a hub's peerings as a bus) and every label placed, as on each change in the editor. Target: a hub with
 * 1,000 spokes (about 6,000 elements and 1,000 peerings) well under a second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {JvmOptions.GC, "-Djava.awt.headless=true"})
public class RenderBenchmark {

    @Param({"50", "333", "1000"})
    int spokes;

    private final DiagramRenderer renderer = new DiagramRenderer();
    private Diagram diagram;

    @Setup(Level.Trial)
    public void generate() {
        diagram = HubSpokeGenerator.generate(spokes);
    }

    @Benchmark
    public Drawing render() {
        return renderer.render(diagram, Decorations.none());
    }
}
