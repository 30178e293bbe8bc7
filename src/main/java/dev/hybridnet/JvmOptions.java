package dev.hybridnet;

import java.util.List;

/**
 * The Java options the launchers pass, as constants so that the benchmarks can fork with exactly what users run:
 * the window's ({@code packaging/jvm.options}) and the command line's ({@code packaging/jvm-cli.options}).
 * {@code JvmOptionsTest} checks that these lists and the files agree.
 */
public final class JvmOptions {

    /** The garbage collector of the window (docs/decisions/0012-parallel-gc.md). */
    public static final String GC = "-XX:+UseParallelGC";

    /** Every option in {@code packaging/jvm.options}, in order: the designer window. */
    public static final List<String> WINDOW = List.of(GC);

    /** Every option in {@code packaging/jvm-cli.options}, in order: the command line. */
    public static final List<String> CLI = List.of(GC);

    private JvmOptions() {
    }
}
