package dev.hybridnet.cli;

import dev.hybridnet.export.PictureFormat;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where {@code export} writes: one picture file, a folder that gets one picture per input (named after it), or
 * standard output ({@code -o -}, one picture and nothing else).
 */
record Target(Kind kind, Path path, PictureFormat format) {

    /** The three kinds of output. */
    enum Kind { FILE, FOLDER, STDOUT }

    Target {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(format, "format");
    }

    static Target file(Path file, PictureFormat format) {
        return new Target(Kind.FILE, file, format);
    }

    static Target folder(Path folder, PictureFormat format) {
        return new Target(Kind.FOLDER, folder, format);
    }

    static Target stdout(PictureFormat format) {
        return new Target(Kind.STDOUT, Path.of("-"), format);
    }

    boolean toStdout() {
        return kind == Kind.STDOUT;
    }

    /** The file the picture of {@code input} goes to (not for standard output). */
    Path fileFor(Input input) {
        return kind == Kind.FOLDER ? input.output(path, format.extension()) : path;
    }
}
