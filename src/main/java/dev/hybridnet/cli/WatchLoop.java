package dev.hybridnet.cli;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * {@code export --watch}: watches the folders of the inputs and hands each input that changed to an export, once the
 * folder has been quiet for the debounce time (an editor's save is often several events). A file replaced by a
 * rename (how many editors save) arrives as a creation under its name, and a deleted file as a deletion: both count
 * as changes, so the export reports a missing file and the loop keeps watching. The loop ends when {@code stop}
 * says so or the thread is interrupted.
 */
final class WatchLoop {

    /** How often the stop condition is asked while nothing happens. */
    private static final long IDLE_POLL_MILLIS = 100;

    private final List<Input> inputs;
    private final Duration debounce;
    private final BooleanSupplier stop;

    WatchLoop(List<Input> inputs, Duration debounce, BooleanSupplier stop) {
        this.inputs = List.copyOf(inputs);
        this.debounce = debounce;
        this.stop = stop;
    }

    /**
     * Starts watching, runs {@code first} (the first export: a change while it runs is not missed), then runs until
     * stopped, calling {@code export} for each changed input, in the inputs' order.
     */
    void run(Runnable first, Consumer<Input> export) throws IOException {
        try (WatchService service = FileSystems.getDefault().newWatchService()) {
            Map<WatchKey, Path> folders = register(service);
            first.run();
            Set<Input> changed = new LinkedHashSet<>();
            while (!stop.getAsBoolean() && !Thread.currentThread().isInterrupted()) {
                WatchKey key = service.poll(changed.isEmpty() ? IDLE_POLL_MILLIS : debounce.toMillis(),
                        TimeUnit.MILLISECONDS);
                if (key == null) {
                    // Quiet for the debounce time: export what changed, in the order the inputs were given.
                    inputs.stream().filter(changed::contains).forEach(export);
                    changed.clear();
                    continue;
                }
                Path folder = folders.get(key);
                for (WatchEvent<?> event : key.pollEvents()) {
                    changed.addAll(affected(folder, event));
                }
                if (!key.reset()) {
                    folders.remove(key);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Map<WatchKey, Path> register(WatchService service) throws IOException {
        Map<WatchKey, Path> folders = new HashMap<>();
        for (Path folder : new LinkedHashSet<>(inputs.stream().map(WatchLoop::folder).toList())) {
            WatchKey key = folder.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                    StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
            folders.put(key, folder);
        }
        return folders;
    }

    private List<Input> affected(Path folder, WatchEvent<?> event) {
        List<Input> found = new ArrayList<>();
        for (Input input : inputs) {
            if (!folder(input).equals(folder)) {
                continue;
            }
            // Overflow: events were lost, so anything in the folder may have changed.
            if (event.kind() == StandardWatchEventKinds.OVERFLOW
                    || input.file().getFileName().equals(event.context())) {
                found.add(input);
            }
        }
        return found;
    }

    private static Path folder(Input input) {
        return input.file().toAbsolutePath().normalize().getParent();
    }
}
