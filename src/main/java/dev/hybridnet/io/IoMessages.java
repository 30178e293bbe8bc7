package dev.hybridnet.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
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
        if (e instanceof java.nio.file.FileAlreadyExistsException) {
            return file + ": " + (Files.isDirectory(file) ? "already exists" : "already exists and is not a folder");
        }
        if (e instanceof java.nio.file.NotDirectoryException) {
            return file + ": a part of the path is not a folder";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return file + ": " + fs.getReason();
        }
        return file + ": " + plain(e);
    }

    /** The first line of an exception's message, when it says more than a path; never a Java class name. */
    private static String plain(IOException e) {
        String message = e.getMessage();
        if (message == null || message.isBlank() || e instanceof FileSystemException) {
            return "an input or output error occurred";
        }
        return message.lines().findFirst().orElse(message);
    }

    /**
     * A failed write of {@code file}, named by the file and said in terms of the folder the user chose: the
     * exception names a temporary file the user never asked for.
     */
    public static String cannotWrite(IOException e, Path file) {
        Path folder = file.getParent() != null ? file.getParent() : file.toAbsolutePath().getParent();
        String why;
        if (folder != null && !Files.isDirectory(folder)) {
            why = Files.exists(folder) ? folder + " is not a folder" : "folder " + folder + " does not exist";
        } else if (e instanceof AccessDeniedException) {
            why = "permission denied";
        } else if (e instanceof NoSuchFileException) {
            why = "files cannot be created in " + (folder == null ? "that folder" : "folder " + folder);
        } else if (e instanceof FileSystemException fs && fs.getReason() != null) {
            why = fs.getReason();
        } else {
            why = plain(e);
        }
        return file + ": cannot write: " + why;
    }
}
