package dev.hybridnet.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Turns I/O failures into the one line a user sees: on standard error, or in a dialog. */
public final class IoMessages {

    private IoMessages() {
    }

    public static String oneLine(IOException e, Path file) {
        if (e instanceof DiagramFormatException) {
            return e.getMessage();
        }
        if (e instanceof NoSuchFileException) {
            return file + ": no such file";
        }
        if (e instanceof AccessDeniedException) {
            return file + ": permission denied";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return file + ": " + fs.getReason();
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return file + ": " + message.lines().findFirst().orElse(message);
    }
}
