package dev.hybridnet.bench;

import dev.hybridnet.JvmOptions;
import dev.hybridnet.io.DiagramReader;
import dev.hybridnet.io.DiagramWriter;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.samples.HubSpokeGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Loading and saving generated hub-spoke diagrams of about 100, 1,000 and 10,000 elements. Target: a 10,000-element
 * file loads in at most 200 ms after warm-up. Run with {@code mvn -B -Pbench test-compile exec:exec}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {JvmOptions.GC})
public class LoadBenchmark {

    @Param({"100", "1000", "10000"})
    int elements;

    private final DiagramReader reader = new DiagramReader();
    private final DiagramWriter writer = new DiagramWriter();
    private Diagram diagram;
    private Path file;

    @Setup(Level.Trial)
    public void writeFile() throws IOException {
        diagram = HubSpokeGenerator.generate(HubSpokeGenerator.spokesForElements(elements));
        file = Files.createTempFile("bench", ".hybridnet.json");
        writer.save(diagram, file);
    }

    @TearDown(Level.Trial)
    public void deleteFile() throws IOException {
        Files.deleteIfExists(file);
    }

    @Benchmark
    public Diagram loadFile() throws IOException {
        return reader.read(file);
    }

    @Benchmark
    public String writeCanonicalText() {
        return writer.write(diagram);
    }
}
