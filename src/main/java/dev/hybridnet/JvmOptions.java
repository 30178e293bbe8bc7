package dev.hybridnet;

import java.util.List;

/**
 * The Java options the launchers pass ({@code packaging/jvm.options}), as constants so that the benchmarks can
 * fork with exactly what users run. {@code JvmOptionsTest} checks that this list and the file agree.
 */
public final class JvmOptions {

    /** The garbage collector every launcher selects (docs/decisions/0012-parallel-gc.md). */
    public static final String GC = "-XX:+UseParallelGC";

    /** Every option in {@code packaging/jvm.options}, in order. */
    public static final List<String> ALL = List.of(GC);

    private JvmOptions() {
    }
}
