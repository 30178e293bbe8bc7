package dev.hybridnet.cli;

import dev.hybridnet.io.IoMessages;
import java.io.IOException;
import java.nio.file.Path;

/** Turns I/O failures into the one line a user sees on standard error. */
final class Messages {

    private Messages() {
    }

    static String oneLine(IOException e, Path file) {
        return IoMessages.oneLine(e, file);
    }

    static String cannotWrite(IOException e, Path file) {
        return IoMessages.cannotWrite(e, file);
    }

    /** The line for a file that needs more memory than Java was given. */
    static String outOfMemory(Path file) {
        long mib = Runtime.getRuntime().maxMemory() >> 20;
        return file + ": too large for the memory Java may use (" + mib + " MiB); run Java with a larger -Xmx, "
                + "or split the design";
    }
}
