package dev.hybridnet.cli;

import java.io.PrintWriter;
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
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = commandLine();
        cli.setOut(out);
        cli.setErr(err);
        return cli.execute(args);
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
            commandLine.getErr().println("hybridnet: internal error: " + e);
            commandLine.getErr().flush();
            return INTERNAL_ERROR;
        });
        return cli;
    }
}
