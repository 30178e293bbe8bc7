package dev.hybridnet.app;

import java.lang.management.ManagementFactory;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * How {@code tools/startup-time.sh} times a window's first frame (decision 0027): once the frame is painted into
 * the window, it prints "first frame N ms after the JVM started" and quits JavaFX. The designer uses it with
 * {@code -Dhybridnet.measureStartup=true}, and so does the script's bare JavaFX window, so that both are timed by
 * the same code.
 */
public final class FirstFrameReport {

    private FirstFrameReport() {
    }

    /** Call on JavaFX's thread right after the window's {@code show()}. */
    public static void afterShow() {
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                // The first pulse after show styles, lays out and hands the scene to JavaFX's render thread, which
                // paints it while this thread goes on; the second pulse may come before that painting is done.
                if (++frames == 2) {
                    stop();
                    afterFirstPainting(() -> {
                        long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                        System.out.println("first frame " + ms + " ms after the JVM started");
                        Platform.runLater(Platform::exit);
                    });
                }
            }
        }.start();
    }

    /**
     * Runs the report on JavaFX's render thread after the paintings queued there so far, the first frame's among
     * them: its jobs run one at a time, in order, and a frame's job ends once its pixels are in the window.
     */
    static void afterFirstPainting(Runnable report) {
        try {
            com.sun.javafx.tk.Toolkit.getToolkit().addRenderJob(new com.sun.javafx.tk.RenderJob(report));
        } catch (RuntimeException | LinkageError e) {
            // JavaFX on the module path hides its render thread: report at the second pulse instead.
            report.run();
        }
    }
}
