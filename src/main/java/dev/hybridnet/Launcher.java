package dev.hybridnet;

import dev.hybridnet.app.DesignerApp;
import dev.hybridnet.cli.Cli;
import java.util.Locale;

/**
 * The program's entry point: with no arguments, or just a diagram file, it opens the designer window; otherwise
 * it runs the command line. A plain class rather than a JavaFX {@code Application}, so that the jar runs on the
 * class path and the command line never needs a display (JavaFX classes load only when the window opens).
 */
public final class Launcher {

    /** Exit status when the window was asked for but cannot open. */
    static final int NO_WINDOW = 2;

    private Launcher() {
    }

    public static void main(String[] args) {
        if (!Cli.opensWindow(args)) {
            System.exit(Cli.run(args));
        }
        if (!displayAvailable()) {
            System.err.println(noDisplayMessage());
            System.exit(NO_WINDOW);
        }
        JavaFxWarnings.quietUnnamedModuleWarning();
        try {
            DesignerApp.open(args);
        } catch (RuntimeException | LinkageError e) {
            System.err.println("hybridnet: the designer window could not open (" + e.getMessage() + ").");
            System.err.println(noDisplayMessage());
            System.exit(NO_WINDOW);
        }
    }

    /** On Linux and other X11/Wayland systems a window needs a display; Windows and macOS always have one. */
    static boolean displayAvailable() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win") || os.contains("mac") || "Monocle".equals(System.getProperty("glass.platform"))) {
            return true;
        }
        return !blank(System.getenv("DISPLAY")) || !blank(System.getenv("WAYLAND_DISPLAY"));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String noDisplayMessage() {
        return String.join(System.lineSeparator(),
                "hybridnet: no display, so the designer window cannot open.",
                "Without a display, use the command line, for example:",
                "  hybridnet validate my.hybridnet.json",
                "  hybridnet export my.hybridnet.json -o my.svg",
                "  hybridnet samples write designs/",
                "Run 'hybridnet --help' for every command.");
    }
}
