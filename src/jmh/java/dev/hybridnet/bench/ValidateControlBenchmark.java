package dev.hybridnet.bench;

import dev.hybridnet.JvmOptions;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.samples.HubSpokeGenerator;
import dev.hybridnet.validation.Validator;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Controls for {@link ValidateBenchmark}'s ratios between sizes.
 *
 * <ul>
 *   <li>{@code tenDiagramsOf1k}: ten separately built 1,000-element diagrams validated one after the other. The work
 *       is exactly ten times the 1,000-element case, so any ratio above 10 here comes from the machine (the ten
 *       diagrams do not fit in the processor caches together), not from the algorithm.</li>
 *   <li>{@code oneDiagramOf1kWithColdCaches}: one 1,000-element validation after reading 64 MiB of unrelated
 *       memory, which pushes the diagram out of every cache level; {@code readUnrelatedMemory} is that reading
 *       alone, to subtract. The difference is what one 1,000-element validation costs when its data is not
 *       already in the caches, as the data of a 10,000-element diagram never is.</li>
 *   <li>{@code oneDiagramOf10kWithColdCaches}: the same for one 10,000-element diagram, the control for the
 *       100k/10k ratio: part of a 10,000-element diagram's data stays in the last-level cache between the
 *       benchmark's back-to-back validations, and none of a 100,000-element diagram's does.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {JvmOptions.GC})
public class ValidateControlBenchmark {

    /** More than the last-level cache (32 MiB on the machine the figures come from), so reading it evicts all. */
    private static final int UNRELATED_BYTES = 64 << 20;

    private final Validator validator = new Validator();
    private final Diagram[] diagrams = new Diagram[10];
    private Diagram tenThousand;
    private final long[] unrelated = new long[UNRELATED_BYTES / Long.BYTES];

    @Setup(Level.Trial)
    public void generate() {
        for (int i = 0; i < diagrams.length; i++) {
            diagrams[i] = HubSpokeGenerator.generate(HubSpokeGenerator.spokesForElements(1000));
        }
        tenThousand = HubSpokeGenerator.generate(HubSpokeGenerator.spokesForElements(10_000));
    }

    @Benchmark
    public void oneDiagramOf1kWithColdCaches(Blackhole blackhole) {
        blackhole.consume(readUnrelatedMemory());
        blackhole.consume(validator.validate(diagrams[0]));
    }

    @Benchmark
    public void oneDiagramOf10kWithColdCaches(Blackhole blackhole) {
        blackhole.consume(readUnrelatedMemory());
        blackhole.consume(validator.validate(tenThousand));
    }

    /** Reads and writes one long per 64-byte cache line of the unrelated array. */
    @Benchmark
    public long readUnrelatedMemory() {
        long sum = 0;
        for (int i = 0; i < unrelated.length; i += 8) {
            sum += unrelated[i]++;
        }
        return sum;
    }

    @Benchmark
    public void tenDiagramsOf1k(Blackhole blackhole) {
        for (Diagram diagram : diagrams) {
            blackhole.consume(validator.validate(diagram));
        }
    }
}
