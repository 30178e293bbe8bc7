package dev.hybridnet.app;

import dev.hybridnet.model.Diagram;
import dev.hybridnet.validation.ValidationReport;
import dev.hybridnet.validation.Validator;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.BiConsumer;
import javafx.application.Platform;

/**
 * Validates the diagram after every change. Small diagrams are checked at once on the JavaFX thread (a
 * millisecond or less); when the last check took longer than {@link #BUDGET_NANOS}, the next runs on a background
 * thread and its result is shown only if the diagram it checked is still the current one, so a stale report is
 * never shown. Meanwhile the caller is told that a check is pending.
 */
final class LiveValidation {

    static final long BUDGET_NANOS = 4_000_000;

    private final Validator validator = new Validator();
    private final long budgetNanos;
    private final Executor worker;
    private final BiConsumer<Diagram, ValidationReport> done;
    private final Runnable pending;
    /** Written on the JavaFX thread, read by the worker to skip checks already overtaken. */
    private volatile Diagram requested;
    private volatile long lastNanos;

    /** {@code done} gets each current report; {@code pending} hears that a background check started. */
    LiveValidation(BiConsumer<Diagram, ValidationReport> done, Runnable pending) {
        this(BUDGET_NANOS, Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "hybridnet-validation");
            t.setDaemon(true);
            return t;
        }), done, pending);
    }

    /**
     * With the time a check may take on the JavaFX thread ({@code budgetNanos}; below zero, every check runs on
     * {@code worker}) and the executor of background checks: tests set both, so they do not depend on the speed
     * of the machine.
     */
    LiveValidation(long budgetNanos, Executor worker, BiConsumer<Diagram, ValidationReport> done, Runnable pending) {
        this.budgetNanos = budgetNanos;
        this.worker = worker;
        this.done = done;
        this.pending = pending;
    }

    /** Checks {@code diagram} (JavaFX thread). Repeated calls for the same diagram do nothing. */
    void check(Diagram diagram) {
        if (diagram == requested) {
            return;
        }
        requested = diagram;
        if (lastNanos <= budgetNanos) {
            done.accept(diagram, timed(diagram));
            return;
        }
        pending.run();
        worker.execute(() -> {
            if (diagram != requested) {
                return; // a newer change came first; its own check follows
            }
            ValidationReport report = timed(diagram);
            Platform.runLater(() -> {
                if (diagram == requested) {
                    done.accept(diagram, report);
                }
            });
        });
    }

    private ValidationReport timed(Diagram diagram) {
        long start = System.nanoTime();
        ValidationReport report = validator.validate(diagram);
        lastNanos = System.nanoTime() - start;
        return report;
    }
}
