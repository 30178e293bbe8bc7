package dev.hybridnet.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * One design a command reads: a file named on the command line, a file found in a folder named there, or standard
 * input ({@code -}). {@code relative} names what is written for it in an output folder: the file's name, or its
 * path below the folder it was found in, so that two files of the same name in different subfolders stay apart.
 */
record Input(Path file, Path relative, boolean stdin) {

    /** How messages name standard input. */
    static final String STDIN_NAME = "<stdin>";

    /** The file suffix a folder is searched for. */
    static final String SUFFIX = ".hybridnet.json";

    Input {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(relative, "relative");
    }

    static Input standardInput() {
        return new Input(Path.of("-"), Path.of("stdin"), true);
    }

    /** How messages name this input: the path as given, or {@code <stdin>}. */
    String name() {
        return stdin ? STDIN_NAME : file.toString();
    }

    /** The output's path below an output folder: {@code relative} without {@code .hybridnet.json}, plus {@code extension}. */
    Path output(Path folder, String extension) {
        String last = relative.getFileName().toString();
        String lower = last.toLowerCase(Locale.ROOT);
        String stem = lower.endsWith(SUFFIX) ? last.substring(0, last.length() - SUFFIX.length())
                : lower.endsWith(".json") ? last.substring(0, last.length() - ".json".length()) : last;
        Path parent = relative.getParent();
        Path name = Path.of(stem + extension);
        return folder.resolve(parent == null ? name : parent.resolve(name));
    }
}
