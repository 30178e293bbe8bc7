package dev.hybridnet.bench;

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
 * The control for {@link ValidateBenchmark}'s 10k/1k ratio: ten separately built 1,000-element diagrams validated
 * one after the other. The work is exactly ten times the 1,000-element case, so any ratio above 10 here comes from
 * the machine (the ten diagrams do not fit in the processor caches together), not from the algorithm.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ValidateControlBenchmark {

    private final Validator validator = new Validator();
    private final Diagram[] diagrams = new Diagram[10];

    @Setup(Level.Trial)
    public void generate() {
        for (int i = 0; i < diagrams.length; i++) {
            diagrams[i] = HubSpokeGenerator.generate(HubSpokeGenerator.spokesForElements(1000));
        }
    }

    @Benchmark
    public void tenDiagramsOf1k(Blackhole blackhole) {
        for (Diagram diagram : diagrams) {
            blackhole.consume(validator.validate(diagram));
        }
    }
}
