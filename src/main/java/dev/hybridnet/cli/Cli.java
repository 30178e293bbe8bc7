package dev.hybridnet.cli;

import dev.hybridnet.io.ReadAhead;
import dev.hybridnet.render.Labels;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * Runs the command line: parses arguments, dispatches to a subcommand and turns failures into one line on
 * standard error and an exit status, never a stack trace.
 */
public final class Cli {

    /** Exit status for an unexpected internal failure (a bug), distinct from the documented 0, 1 and 2. */
    public static final int INTERNAL_ERROR = 3;

    /** The subcommands, in the order the usage lists them. */
    private static final Map<String, Supplier<Object>> COMMANDS = commands();

    /** The names of the subcommands ({@code hybridnet NAME ...}); the launcher scripts list the same names. */
    public static final Set<String> COMMAND_NAMES = java.util.Collections.unmodifiableSet(COMMANDS.keySet());

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
        readAhead(args);
        CommandLine cli = commandLine(args);
        for (CommandLine sub : cli.getSubcommands().values()) {
            if (sub.getCommand() instanceof ExportCommand export) {
                export.streams = streams;
            } else if (sub.getCommand() instanceof ValidateCommand validate) {
                validate.streams = streams;
            }
        }
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
        return args.length == 1 && !args[0].startsWith("-") && !COMMAND_NAMES.contains(args[0]);
    }

    /**
     * Picocli's own switch for the type converters it registers by reflection ({@code picocli.converters.excludes},
     * regular expressions of class names): no option of ours takes a date, a time or an SQL type, and registering
     * them loaded and initialised some thirty {@code java.time} and {@code java.sql} classes at every start. A test
     * checks that no option's type is excluded. A value the user set is left alone.
     */
    static final String UNUSED_CONVERTERS = "java\\.time\\..*,java\\.sql\\..*";

    private static void skipUnusedConverters() {
        if (System.getProperty("picocli.converters.excludes") == null) {
            System.setProperty("picocli.converters.excludes", UNUSED_CONVERTERS);
        }
    }

    /** The commands that read designs named on the command line. */
    private static final Set<String> READ_DESIGNS = Set.of("export", "validate", "layout");

    /**
     * Starts reading the first design file the arguments name on a second thread ({@link ReadAhead}), so that
     * reading it overlaps setting up the command line, which takes as long. A guess made before the arguments are
     * parsed: the first argument ending in {@code .json} that is neither an option nor the file an {@code -o}
     * option names. A wrong guess costs only the second thread's time; the command reads what it reads as usual.
     */
    static void readAhead(String... args) {
        readAheadCandidate(args).ifPresent(file -> {
            try {
                ReadAhead.start(Path.of(file), Labels::prepareHeadings);
            } catch (InvalidPathException e) {
                // Not a path: the command says so.
            }
        });
    }

    static Optional<String> readAheadCandidate(String... args) {
        if (args.length < 2 || !READ_DESIGNS.contains(args[0])) {
            return Optional.empty();
        }
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            boolean output = "-o".equals(args[i - 1]) || "--output".equals(args[i - 1]);
            if (!arg.startsWith("-") && !output && arg.toLowerCase(Locale.ROOT).endsWith(".json")) {
                return Optional.of(arg);
            }
        }
        return Optional.empty();
    }

    /**
     * A bug, not a fault of the user's input: one line without Java's names; the details on request. A class, not a
     * lambda: picocli's interfaces are of an old class-file version, which the class-data-sharing archive leaves out
     * once a lambda has linked them at dump time, and the lambda then cost a method-handle spin at every start.
     */
    private static final class InternalErrors implements CommandLine.IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parsed) {
            commandLine.getErr().println("hybridnet: internal error: the program failed; please report it as a "
                    + "bug, with the command and its files (set HYBRIDNET_DEBUG=1 to print the details)");
            if (System.getenv("HYBRIDNET_DEBUG") != null) {
                e.printStackTrace(commandLine.getErr());
            }
            commandLine.getErr().flush();
            return INTERNAL_ERROR;
        }
    }

    private static Map<String, Supplier<Object>> commands() {
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("validate", ValidateCommand::new);
        commands.put("import", ImportCommand::new);
        commands.put("export", ExportCommand::new);
        commands.put("rules", RulesCommand::new);
        commands.put("samples", SamplesCommand::new);
        commands.put("generate", GenerateCommand::new);
        commands.put("layout", LayoutCommand::new);
        return commands;
    }

    /** The whole command line, with every subcommand (for the usage and its tests). */
    static CommandLine commandLine() {
        return commandLine(new String[0]);
    }

    /**
     * The command line for these arguments. Picocli reads the annotations of every command it is given when it
     * starts, which takes longer than most commands run; so when the first argument names a subcommand, only that
     * one is added. Anything else (no command, {@code --help}, a mistyped name) gets all of them, so that the
     * usage and picocli's suggestions list every command.
     */
    static CommandLine commandLine(String... args) {
        skipUnusedConverters();
        CommandLine cli = new CommandLine(new HybridnetCommand());
        if (args.length > 0 && COMMANDS.containsKey(args[0])) {
            cli.addSubcommand(args[0], COMMANDS.get(args[0]).get());
        } else {
            COMMANDS.forEach((name, command) -> cli.addSubcommand(name, command.get()));
        }
        cli.setExecutionExceptionHandler(new InternalErrors());
        return cli;
    }
}
