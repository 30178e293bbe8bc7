package dev.hybridnet.bench;

import dev.hybridnet.JvmOptions;
import dev.hybridnet.layout.ElkLayout;
import dev.hybridnet.layout.Layout;
import dev.hybridnet.model.Diagram;
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
 * Laying out generated hub-spoke designs of 100 and 1,000 spokes (about 600 and 6,000 elements; the 1,000 spokes
 * have three hubs). Targets (issue 17): {@link Layout#tidy} lays out 1,000 spokes in at most 500 ms and 100 spokes in
 * at most 50 ms. {@code elk} is Eclipse ELK layered on the same designs, for decision 0016. Run with
 * {@code mvn -B -Pbench test-compile exec:exec -Dbench.args=LayoutBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {JvmOptions.GC})
public class LayoutBenchmark {

    @Param({"100", "1000"})
    int spokes;

    private Diagram diagram;

    @Setup(Level.Trial)
    public void generate() {
        diagram = HubSpokeGenerator.generate(spokes);
    }

    @Benchmark
    public Diagram tidy() {
        return Layout.tidy(diagram);
    }

    @Benchmark
    public Diagram elk() {
        return ElkLayout.layOut(diagram);
    }
}
