package dev.hybridnet.editor;

import dev.hybridnet.model.Diagram;
import dev.hybridnet.validation.Checked;
import dev.hybridnet.validation.ValidationReport;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * The validation report as state derived from the diagram: {@link #of} gives the {@link Checked} of a diagram
 * instance, computed once and remembered (an undo returns an earlier instance, whose check is still known). A
 * check that is expected to be fast runs at once, so the first paint after an edit already has its findings; when
 * the last one took longer than the policy's budget, the next runs on the worker and {@link #of} answers "not yet"
 * (empty) until it is done. A finished background check is handed over on the user interface's executor, and only
 * if its diagram is still the one asked for: an overtaken check is dropped, never shown.
 *
 * <p>Not thread-safe apart from the worker's part: the user interface thread owns it.
 */
public final class Checking {

    /** How many checked diagrams are remembered: the current one and a few an undo may return to. */
    static final int REMEMBERED = 4;

    /**
     * Where checks run: at once while the last check took at most {@code budgetNanos} (below zero: never at once),
     * else on {@code worker}; finished background checks come back on {@code ui}, the thread that owns the editor.
     */
    public record Policy(long budgetNanos, Executor worker, Executor ui) {

        /** The time a check may take on the user interface thread before the next moves to the background. */
        public static final long BUDGET_NANOS = 4_000_000;

        public Policy {
            Objects.requireNonNull(worker, "worker");
            Objects.requireNonNull(ui, "ui");
        }

        /** Every check at once, on the caller's thread: for tests and tools without a window. */
        public static Policy immediate() {
            return new Policy(Long.MAX_VALUE, Runnable::run, Runnable::run);
        }

        /** The window's policy: slow checks on one background thread, results handed to {@code ui}. */
        public static Policy background(Executor ui) {
            return new Policy(BUDGET_NANOS, Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "hybridnet-validation");
                t.setDaemon(true);
                return t;
            }), ui);
        }
    }

    private final Function<Diagram, ValidationReport> validator;
    private final Policy policy;
    private final Runnable arrived;
    private final Deque<Checked> known = new ArrayDeque<>(REMEMBERED);
    /** The diagram of the newest request; read by the worker to skip checks already overtaken. */
    private volatile Diagram requested;
    private volatile long lastNanos;

    /** {@code arrived} runs on the policy's {@code ui} executor when a background check has become current. */
    Checking(Function<Diagram, ValidationReport> validator, Policy policy, Runnable arrived) {
        this.validator = Objects.requireNonNull(validator, "validator");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.arrived = Objects.requireNonNull(arrived, "arrived");
    }

    /**
     * The check of {@code diagram}: known, or computed now when that is expected to be fast; otherwise empty, and
     * a background check of it is under way (asking again does not start another).
     */
    public Optional<Checked> of(Diagram diagram) {
        Optional<Checked> remembered = remembered(diagram);
        if (remembered.isPresent() || diagram == requested) {
            return remembered;
        }
        requested = diagram;
        if (lastNanos <= policy.budgetNanos()) {
            return Optional.of(remember(timed(diagram)));
        }
        policy.worker().execute(() -> {
            if (diagram != requested) {
                return; // a newer diagram came first; its own check follows
            }
            Checked done = timed(diagram);
            policy.ui().execute(() -> {
                if (diagram == requested) {
                    remember(done);
                    arrived.run();
                }
            });
        });
        return Optional.empty();
    }

    private Optional<Checked> remembered(Diagram diagram) {
        for (Checked c : known) {
            if (c.of(diagram)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    private Checked remember(Checked checked) {
        if (known.size() == REMEMBERED) {
            known.removeLast();
        }
        known.addFirst(checked);
        return checked;
    }

    private Checked timed(Diagram diagram) {
        long start = System.nanoTime();
        ValidationReport report = validator.apply(diagram);
        lastNanos = System.nanoTime() - start;
        return new Checked(diagram, report);
    }
}
