package dev.hybridnet.cli;

import java.io.PrintWriter;
import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * {@code --quiet} and {@code --verbose}, shared by {@code validate} and {@code export}: quiet keeps only errors,
 * verbose adds what was read and written and how long it took, on standard error so that standard output stays
 * what scripts parse.
 */
final class VerbosityOptions {

    @Option(names = {"-q", "--quiet"}, description = "Print only errors.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Also print what was read and written, with timings, on "
            + "standard error.")
    boolean verbose;

    /** The usage error when both are given, or null. */
    String conflict() {
        return quiet && verbose ? "--quiet and --verbose cannot be given together" : null;
    }

    /** One line on {@code err} when verbose; {@code startNanos} is when the step began. */
    void tell(PrintWriter err, String what, long startNanos) {
        if (verbose) {
            err.println(dev.hybridnet.io.SafeText.escape(what) + String.format(Locale.ROOT, " in %.1f ms", (System.nanoTime() - startNanos) / 1e6));
            err.flush();
        }
    }
}
