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

    /** Diagnostic options must be unlocked before {@link #NO_ARCHIVE_RELOCATION}. */
    public static final String UNLOCK_DIAGNOSTIC = "-XX:+UnlockDiagnosticVMOptions";

    /** Map the class-data-sharing archive where it was dumped (docs/decisions/0023-class-data-sharing.md). */
    public static final String NO_ARCHIVE_RELOCATION = "-XX:ArchiveRelocationMode=0";

    /** Every option in {@code packaging/jvm.options}, in order: the designer window. */
    public static final List<String> WINDOW = List.of(GC, UNLOCK_DIAGNOSTIC, NO_ARCHIVE_RELOCATION,
            "-XX:CompileThresholdScaling=3", "-XX:Tier4InvocationThreshold=20000",
            "-XX:Tier4MinInvocationThreshold=2400", "-XX:Tier4CompileThreshold=60000",
            "-XX:Tier4BackEdgeThreshold=160000");

    /** Every option in {@code packaging/jvm-cli.options}, in order: the command line. */
    public static final List<String> CLI = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
            "-XX:CompileThresholdScaling=3", UNLOCK_DIAGNOSTIC,
            NO_ARCHIVE_RELOCATION, "-XX:-UsePerfData", "-XX:PretenureSizeThreshold=1m");

    /** Every option in {@code packaging/jvm-linux.options}, in order: added to either list on Linux. */
    public static final List<String> LINUX = List.of("-XX:+UseTransparentHugePages", "-Xlog:pagesize=off");

    private JvmOptions() {
    }
}
