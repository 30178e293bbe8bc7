package dev.hybridnet;

import dev.hybridnet.cli.Cli;

/**
 * The program's entry point. A plain class rather than a JavaFX {@code Application}, so that the jar runs on
 * the class path and the command line never needs a display.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        System.exit(Cli.run(args));
    }
}
