package dev.hybridnet.bench;

import dev.hybridnet.JvmOptions;
import dev.hybridnet.editor.Guides;
import dev.hybridnet.geometry.Rect;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
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
 * Smart guides among many siblings: {@code snap} is the work of one pointer move of a drag (the box's six lines
 * looked up, the equal gaps of its row and column), {@code index} the work once per drag (the siblings' lines
 * sorted). The siblings are boxes of 48 to 300 units on a jittered grid, as a crowded top level would be.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {JvmOptions.GC, "-Djava.awt.headless=true"})
public class GuidesBenchmark {

    @Param({"200", "2000"})
    int siblings;

    private List<Rect> boxes;
    private Guides guides;
    private Rect[] moving;
    private int next;

    @Setup(Level.Trial)
    public void generate() {
        Random random = new Random(20);
        boxes = new ArrayList<>(siblings);
        int columns = (int) Math.ceil(Math.sqrt(siblings));
        for (int i = 0; i < siblings; i++) {
            double w = 48 + random.nextInt(252);
            double h = 48 + random.nextInt(152);
            boxes.add(new Rect((i % columns) * 360 + random.nextInt(20), (i / columns) * 260 + random.nextInt(20), w,
                    h));
        }
        guides = Guides.of(boxes, Optional.empty());
        moving = new Rect[256];
        double extent = columns * 360;
        for (int i = 0; i < moving.length; i++) {
            moving[i] = new Rect(random.nextDouble() * extent, random.nextDouble() * extent, 120, 80);
        }
    }

    @Benchmark
    public Guides.Snap snap() {
        return guides.snap(moving[next++ & 255], 6, 1);
    }

    @Benchmark
    public Guides index() {
        return Guides.of(boxes, Optional.empty());
    }
}
