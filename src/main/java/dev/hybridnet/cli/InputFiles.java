package dev.hybridnet.cli;

import dev.hybridnet.io.SafeText;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Turns the paths of a command line into the designs to read: {@code -} is standard input, a folder stands for every
 * {@code *.hybridnet.json} below it (sorted by path, so the order is the same on every machine), and any other
 * path is read as given (the reader reports a missing file). Import formats are not looked for in folders: telling
 * a template from any other JSON file means parsing it, which is neither cheap nor safe for a whole tree.
 */
final class InputFiles {

    /** The designs, and whether a folder could not be searched (after one line on standard error). */
    record Expansion(List<Input> inputs, boolean failed) {
    }

    private InputFiles() {
    }

    static Expansion expand(List<Path> paths, PrintWriter err) {
        List<Input> inputs = new ArrayList<>();
        boolean failed = false;
        for (Path path : paths) {
            if (path.toString().equals("-")) {
                inputs.add(Input.standardInput());
            } else if (isFolder(path)) {
                try {
                    List<Input> found = below(path);
                    if (found.isEmpty()) {
                        err.println(SafeText.escape(path + ": no " + Input.SUFFIX + " files in this folder"));
                        failed = true;
                    }
                    inputs.addAll(found);
                } catch (IOException | UncheckedIOException e) {
                    IOException cause = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
                    err.println(SafeText.escape(Messages.oneLine(cause, path)));
                    failed = true;
                }
            } else {
                Path name = path.getFileName();
                inputs.add(new Input(path, name == null ? path : name, false));
            }
        }
        err.flush();
        return new Expansion(List.copyOf(inputs), failed);
    }

    /** Whether the paths name more than one design, or a folder of them, before any folder is searched. */
    static boolean several(List<Path> paths) {
        return paths.size() > 1 || paths.stream().anyMatch(InputFiles::isFolder);
    }

    /** An empty argument would read as the current folder; it is left to the reader, which refuses it. */
    private static boolean isFolder(Path path) {
        return !path.toString().isEmpty() && Files.isDirectory(path);
    }

    private static List<Input> below(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(Input.SUFFIX))
                    .map(f -> new Input(f, folder.relativize(f), false))
                    .sorted(Comparator.comparing(i -> i.relative().toString().replace('\\', '/')))
                    .toList();
        }
    }
}
