package dev.hybridnet.imports.arm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds a linked template or parameters file offline. A relative path ({@code relativePath}, or
 * {@code uri(deployment().properties.templateLink.uri, 'x.json')}) is beside the template that links it. A web
 * address is looked for below the folder of the imported template, by the longest tail of its path: a copy of
 * {@code https://host/repo/v1/templates/a/b.json} kept as {@code linked/repo/v1/templates/a/b.json} is found. Nothing
 * outside that folder is ever read.
 */
final class Links {

    /** What {@code uri(deployment().properties.templateLink.uri, rel)} stands for: {@code rel} beside the template. */
    static final String BESIDE = "beside:";
    /** How many files are looked at when searching for a web address's copy. */
    private static final int MAX_FILES = 5_000;

    private Links() {
    }

    /** The file {@code link} names, looked for from {@code current} (the linking template's folder) within {@code root}. */
    static Optional<Path> find(String link, Path current, Path root) {
        Path base = root.toAbsolutePath().normalize();
        if (link.startsWith(BESIDE)) {
            return inside(current.resolve(link.substring(BESIDE.length())), base);
        }
        if (!link.contains("://")) {
            return inside(current.resolve(link), base);
        }
        String path = link.substring(link.indexOf("://") + 3);
        int slash = path.indexOf('/');
        if (slash < 0) {
            return Optional.empty();
        }
        List<String> segments = List.of(path.substring(slash + 1).split("\\?")[0].split("/"));
        Path best = null;
        int bestLength = 1; // at least the directory and the file name must match
        try (Stream<Path> files = Files.walk(base, 12)) {
            for (Path file : (Iterable<Path>) files.limit(MAX_FILES)::iterator) {
                int match = tail(base.relativize(file), segments);
                if (match > bestLength && Files.isRegularFile(file)) {
                    best = file;
                    bestLength = match;
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            return Optional.empty();
        }
        return Optional.ofNullable(best);
    }

    /** How many trailing segments of {@code file} equal those of {@code segments}. */
    private static int tail(Path file, List<String> segments) {
        int n = 0;
        for (int i = file.getNameCount() - 1, j = segments.size() - 1; i >= 0 && j >= 0; i--, j--) {
            if (!file.getName(i).toString().equals(segments.get(j))) {
                break;
            }
            n++;
        }
        return n;
    }

    private static Optional<Path> inside(Path candidate, Path root) {
        Path p = candidate.toAbsolutePath().normalize();
        return p.startsWith(root) && Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
    }
}
