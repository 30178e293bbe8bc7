package dev.hybridnet.io;

import dev.hybridnet.model.Diagram;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;

/**
 * Reads a design file on a second thread while the program is still starting, so that the time spent reading it
 * overlaps the time spent setting up the command line or the window. {@link DiagramReader#read(Path)} takes the
 * result when the same file is asked for and has not changed since (same size, same modification time); otherwise,
 * and whenever reading ahead failed, the file is read again as usual, so every message about a bad file comes from
 * the usual read. Each result is taken at most once: a file read again later (as {@code export --watch} does) is
 * read anew.
 *
 * <p>Reading ahead never prints, never throws and never keeps the program alive (a daemon thread).
 */
public final class ReadAhead {

    private record Pending(FileTime modified, long size, FutureTask<Diagram> diagram) {
    }

    private static final Map<Path, Pending> PENDING = new ConcurrentHashMap<>();

    private ReadAhead() {
    }

    /** Starts reading {@code file} on another thread, if it is a regular file of a size a diagram may have. */
    public static void start(Path file) {
        start(file, diagram -> { });
    }

    /**
     * As {@link #start(Path)}, and then gives the design to {@code then} on the same thread, before it is taken:
     * for work every use of the design needs and that is remembered with it or in a shared cache (parsing its
     * addresses, for one). {@code then} must not change the design; whatever it throws is ignored.
     */
    public static void start(Path file, Consumer<Diagram> then) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(then, "then");
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            // One file at a time: whatever an earlier command of this process read ahead and never took goes.
            PENDING.clear();
            if (!attributes.isRegularFile() || attributes.size() > FormatLimits.MAX_FILE_BYTES) {
                return;
            }
            FutureTask<Diagram> task = new FutureTask<>(() -> {
                Diagram diagram = new DiagramReader().readFile(file);
                try {
                    then.accept(diagram);
                } catch (RuntimeException e) {
                    // Only preparation: whoever takes the design does the work again and meets the problem there.
                }
                return diagram;
            });
            PENDING.put(file, new Pending(attributes.lastModifiedTime(), attributes.size(), task));
            Thread thread = new Thread(task, "hybridnet-read-ahead");
            thread.setDaemon(true);
            thread.start();
        } catch (IOException | RuntimeException e) {
            // Nothing read ahead: the usual read finds the problem and reports it.
        }
    }

    /** The design read ahead for {@code file} (the same path as given to {@link #start}), if it is still current. */
    static Optional<Diagram> take(Path file) {
        if (PENDING.isEmpty()) {
            return Optional.empty();
        }
        Pending pending = PENDING.remove(file);
        if (pending == null) {
            return Optional.empty();
        }
        try {
            Diagram diagram = pending.diagram().get();
            BasicFileAttributes now = Files.readAttributes(file, BasicFileAttributes.class);
            if (now.size() != pending.size() || !now.lastModifiedTime().equals(pending.modified())) {
                return Optional.empty();
            }
            return Optional.of(diagram);
        } catch (ExecutionException | IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** Forgets everything read ahead and not yet taken (for tests). */
    static void clear() {
        PENDING.clear();
    }
}
