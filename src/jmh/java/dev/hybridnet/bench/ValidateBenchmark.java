package dev.hybridnet.bench;

import dev.hybridnet.model.Diagram;
import dev.hybridnet.samples.HubSpokeGenerator;
import dev.hybridnet.validation.ValidationReport;
import dev.hybridnet.validation.Validator;
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
 * Validation of generated hub-spoke diagrams of about 100, 1,000 and 10,000 elements: every rule and the
 * reference recognition. Targets: 10,000 elements in at most 50 ms (median), and the 10k/1k ratio at most 12.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ValidateBenchmark {

    @Param({"100", "1000", "10000"})
    int elements;

    private final Validator validator = new Validator();
    private Diagram diagram;

    @Setup(Level.Trial)
    public void generate() {
        diagram = HubSpokeGenerator.generate(HubSpokeGenerator.spokesForElements(elements));
        ValidationReport report = validator.validate(diagram);
        if (!report.findings().isEmpty()) {
            throw new IllegalStateException("the generated diagram should be clean: " + report.findings().get(0));
        }
    }

    @Benchmark
    public ValidationReport validate() {
        return validator.validate(diagram);
    }
}
