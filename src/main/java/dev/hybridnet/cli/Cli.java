package dev.hybridnet.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.Optional;
import picocli.CommandLine;

/**
 * Runs the command line: parses arguments, dispatches to a subcommand and turns failures into one line on
 * standard error and an exit status, never a stack trace.
 */
public final class Cli {

    /** Exit status for an unexpected internal failure (a bug), distinct from the documented 0, 1 and 2. */
    public static final int INTERNAL_ERROR = 3;

    private Cli() {
    }

    /** Runs with the process's standard streams and returns the exit status. */
    public static int run(String... args) {
        return run(System.in, System.out, new PrintWriter(System.err, true), args);
    }

    /** Runs with text streams only: {@code -} reads the process's standard input; {@code -o -} takes SVG only. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(Streams.textOnly(), out, err, args);
    }

    /**
     * Runs with byte streams for standard input and output, so that {@code export -o -} can write PNG and PDF too;
     * text written to standard output goes to {@code out} as well.
     */
    public static int run(InputStream in, OutputStream out, PrintWriter err, String... args) {
        return run(new Streams(in, Optional.of(out)), new PrintWriter(out, true), err, args);
    }

    private static int run(Streams streams, PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = commandLine();
        ((ExportCommand) cli.getSubcommands().get("export").getCommand()).streams = streams;
        ((ValidateCommand) cli.getSubcommands().get("validate").getCommand()).streams = streams;
        cli.setOut(out);
        cli.setErr(err);
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            err.println("hybridnet: out of memory: the input is too large for the memory Java may use ("
                    + (Runtime.getRuntime().maxMemory() >> 20) + " MiB); run Java with a larger -Xmx");
            err.flush();
            return 2;
        }
    }

    /**
     * Whether these arguments ask for the designer window rather than a command: none at all, or a single
     * argument that is neither an option nor a command (a diagram file to open).
     */
    public static boolean opensWindow(String... args) {
        if (args.length == 0) {
            return true;
        }
        return args.length == 1 && !args[0].startsWith("-")
                && !commandLine().getSubcommands().containsKey(args[0]);
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new HybridnetCommand());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            // A bug, not a fault of the user's input: one line without Java's names; the details on request.
            commandLine.getErr().println("hybridnet: internal error: the program failed; please report it as a "
                    + "bug, with the command and its files (set HYBRIDNET_DEBUG=1 to print the details)");
            if (System.getenv("HYBRIDNET_DEBUG") != null) {
                e.printStackTrace(commandLine.getErr());
            }
            commandLine.getErr().flush();
            return INTERNAL_ERROR;
        });
        return cli;
    }
}
