package dev.hybridnet.app;

import dev.hybridnet.io.RecoveryStore;
import dev.hybridnet.model.Diagram;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * Keeps a recovery copy of unsaved work: a few seconds after the first unsaved change (never more than
 * {@link #DEFAULT_DELAY_SECONDS}), the document is written to this designer's file in the recovery folder, on a
 * background thread, and again after later changes. Once the document is saved (or its changes discarded) the
 * copy is deleted; so is it when the designer closes normally. A crash or a kill leaves it for the next start.
 */
final class Autosave {

    /** At most this long after an unsaved change, the change is in the recovery copy. */
    static final double DEFAULT_DELAY_SECONDS = 10;

    private final Document document;
    private final RecoveryStore store;
    private final PauseTransition timer;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "hybridnet-autosave");
        t.setDaemon(true);
        return t;
    });
    private Diagram written;

    Autosave(Document document, RecoveryStore store) {
        this.document = document;
        this.store = store;
        this.timer = new PauseTransition(Duration.seconds(delaySeconds()));
        timer.setOnFinished(e -> saveNow());
    }

    /** {@code hybridnet.autosaveSeconds} for tests; otherwise the default, and never above it. */
    static double delaySeconds() {
        try {
            double seconds = Double.parseDouble(System.getProperty("hybridnet.autosaveSeconds", ""));
            return seconds > 0 && seconds <= DEFAULT_DELAY_SECONDS ? seconds : DEFAULT_DELAY_SECONDS;
        } catch (NumberFormatException e) {
            return DEFAULT_DELAY_SECONDS;
        }
    }

    RecoveryStore store() {
        return store;
    }

    /** After any change of the document: start the countdown if the work is unsaved, drop the copy if not. */
    void changed() {
        if (!document.isDirty()) {
            timer.stop();
            if (written != null) {
                written = null;
                writer.execute(store::clear);
            }
            return;
        }
        if (timer.getStatus() != javafx.animation.Animation.Status.RUNNING
                && document.editor().diagram() != written) {
            timer.playFromStart();
        }
    }

    /** Writes the copy now if the work is unsaved and changed since the last copy. */
    void saveNow() {
        Diagram diagram = document.editor().diagram();
        if (!document.isDirty() || diagram == written) {
            return;
        }
        written = diagram;
        Optional<Path> file = document.file();
        String name = document.name();
        Instant now = Instant.now();
        writer.execute(() -> {
            try {
                store.save(diagram, file, name, now);
            } catch (IOException | RuntimeException e) {
                // The recovery copy is a safety net: a full disk must not disturb the user's work.
            }
        });
    }

    /** The designer closes normally: the user has saved or chosen to discard, so no copy stays behind. */
    void closing() {
        timer.stop();
        writer.execute(store::clear);
        writer.shutdown();
        try {
            writer.awaitTermination(5, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
