package dev.hybridnet.cli;

import dev.hybridnet.export.Background;
import dev.hybridnet.export.ExportException;
import dev.hybridnet.export.PictureFormat;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.ElementKind;
import dev.hybridnet.render.Decorations;
import dev.hybridnet.render.IconSet;
import dev.hybridnet.render.PictureStyle;
import dev.hybridnet.samples.Sample;
import dev.hybridnet.samples.Samples;
import dev.hybridnet.validation.Validator;

/**
 * Start-up work done on the second processor while the first one starts the command line (picocli reading its
 * annotations) or the window (JavaFX starting its toolkit): the bundled hub-spoke sample is read, validated and
 * drawn, and every component's icon parsed, so that the classes this needs are loaded and initialised, and the
 * icons cached, when the program gets to the user's design. It works on the bundled sample only, so its cost is
 * small and the same for every input; it has no effect but those caches, and a failure in it is ignored (the
 * program then simply does the same work itself).
 *
 * <p>The main thread waits for it ({@link #await}) before it does such work itself, so that the two never
 * initialise the same classes at the same time.
 */
public final class Warmup {

    /** Longest wait for the warm-up; past it the program goes on (the warm-up is only ever a head start). */
    private static final long MAX_WAIT_MILLIS = 3_000;

    /** {@code -Dhybridnet.warmup=false} turns it off, to measure what it gains. */
    static final String ENABLED_PROPERTY = "hybridnet.warmup";

    private final Thread thread;

    private Warmup(Thread thread) {
        this.thread = thread;
    }

    /** Starts the warm-up for the window, or for a command that reads and draws designs. */
    public static Warmup start(boolean export) {
        if ("false".equals(System.getProperty(ENABLED_PROPERTY))) {
            return none();
        }
        Thread thread = new Thread(() -> work(export), "hybridnet-warm-up");
        thread.setDaemon(true);
        thread.start();
        return new Warmup(thread);
    }

    /** A warm-up that has nothing to do, for commands that read no design. */
    public static Warmup none() {
        return new Warmup(null);
    }

    /** Whether a command line run with these arguments reads designs (and so gains from the warm-up). */
    public static boolean helps(String... args) {
        return args.length > 1 && switch (args[0]) {
            case "validate", "export", "layout" -> true;
            default -> false;
        };
    }

    /** Waits until the warm-up is over (at most a few seconds). */
    public void await() {
        if (thread == null) {
            return;
        }
        try {
            thread.join(MAX_WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void work(boolean export) {
        try {
            Diagram sample = Samples.load(Sample.HUB_SPOKE);
            new Validator().validate(sample);
            var drawing = PictureStyle.FULL.draw(sample, Decorations.none());
            if (export) {
                PictureFormat.SVG.encode(drawing, 1, Background.WHITE);
            }
            for (ElementKind kind : ElementKind.values()) {
                IconSet.glyph(kind.id());
            }
        } catch (ExportException | RuntimeException | LinkageError e) {
            // Only a head start: whatever failed here, the program does again itself and reports properly.
        }
    }
}
