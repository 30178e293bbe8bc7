package dev.hybridnet.bench;

import dev.hybridnet.JvmOptions;
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
 * Validation of generated hub-spoke diagrams of about 1,000, 10,000 and 100,000 elements: every rule and the
 * reference recognition. {@code routed} is the generator's clean design (spokes route to their hub's firewall);
 * {@code isolated} has no routes, so every hub reports its spokes as isolated from each other. Targets: 10,000
 * elements in at most 50 ms (median), and the time per element at 100,000 at most twice that at 10,000.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {JvmOptions.GC})
public class ValidateBenchmark {

    @Param({"1000", "10000", "100000"})
    int elements;

    @Param({"routed", "isolated"})
    String shape;

    private final Validator validator = new Validator();
    private Diagram diagram;

    @Setup(Level.Trial)
    public void generate() {
        diagram = HubSpokeGenerator.generate(HubSpokeGenerator.spokesForElements(elements));
        if (shape.equals("isolated")) {
            diagram = diagram.withContent(diagram.elements().stream()
                    .map(e -> e.props().has("routes") ? e.withProps(e.props().without("routes")) : e).toList(),
                    diagram.connections());
        }
        ValidationReport report = validator.validate(diagram);
        if (shape.equals("routed") ? !report.findings().isEmpty() : report.hasErrors()) {
            throw new IllegalStateException("the generated diagram should be clean: " + report.findings().get(0));
        }
    }

    @Benchmark
    public ValidationReport validate() {
        return validator.validate(diagram);
    }
}
