package dev.hybridnet;

import dev.hybridnet.app.DesignerApp;
import dev.hybridnet.cli.Cli;

/**
 * The program's entry point: with no arguments, or just a diagram file, it opens the designer window; otherwise
 * it runs the command line. A plain class rather than a JavaFX {@code Application}, so that the jar runs on the
 * class path and the command line never needs a display (JavaFX classes load only when the window opens).
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (Cli.opensWindow(args)) {
            DesignerApp.open(args);
            return;
        }
        System.exit(Cli.run(args));
    }
}
