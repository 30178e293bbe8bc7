package dev.hybridnet.app;

import dev.hybridnet.JvmOptions;
import dev.hybridnet.command.Move;
import dev.hybridnet.editor.Editor;
import dev.hybridnet.editor.PointerEvent;
import dev.hybridnet.geometry.Point;
import dev.hybridnet.geometry.Rect;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.render.Shape;
import dev.hybridnet.samples.HubSpokeGenerator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The canvas's work when something changes: the user selects another element, the editor builds a new
 * {@code Drawing} (renderer) and the canvas issues its draw calls. Target: at most 8 ms median for a 2,000-element
 * diagram, a pointer move of a drag with smart guides included, and the minimap's repaint with it. The window is shown once (layout, icon pictures cached at this zoom) and then closed, so that each
 * measured repaint is only that work: no pulse, no hand-off between threads, no rasterisation (which JavaFX does
 * later on its render thread). Runs headless (Monocle, software pipeline).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {JvmOptions.GC, "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
        "-Dtestfx.headless=true"})
public class CanvasBenchmark {

    /** "fit": the whole diagram on screen (every shape drawn); "actual": 100 %, most shapes culled. */
    @Param({"fit", "actual"})
    String zoom;

    private Editor editor;
    private CanvasView canvas;
    private MinimapView minimap;
    private Stage stage;
    private List<String> ids;
    private int next;
    /** For {@link #dragWithGuidesAndRepaint}: the screen points the pointer alternates between. */
    private List<Point> dragTo;

    @Setup(Level.Trial)
    public void open() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyRunning) {
            started.countDown();
        }
        started.await();
        Diagram diagram = HubSpokeGenerator.generate(HubSpokeGenerator.spokesForElements(2_000));
        ids = List.of("hub0", "spoke1");
        onFx(() -> {
            editor = new Editor(diagram);
            canvas = new CanvasView(editor);
            // The minimap repaints on every change too (while part of the design is out of view), so it is part
            // of the measured work.
            minimap = new MinimapView(editor);
            stage = new Stage();
            stage.setScene(new Scene(new StackPane(canvas, minimap), 1400, 900));
            stage.show();
            canvas.layout();
            if (zoom.equals("fit")) {
                editor.view().zoomToFit();
            } else {
                editor.view().zoomToActualSize();
            }
            canvas.repaint();
            stage.close();
            return null;
        });
    }

    /**
     * For {@link #dragWithGuidesAndRepaint}: a drag of spoke 1 is in progress (pressed on its header and moved
     * along its row, so that its top stays on its neighbours' line and the guide is shown).
     */
    @Setup(Level.Iteration)
    public void startDrag(org.openjdk.jmh.infra.BenchmarkParams params) {
        if (!params.getBenchmark().endsWith("dragWithGuidesAndRepaint")) {
            return;
        }
        if (dragTo != null) { // end the last iteration's drag and take back what its release committed
            editor.pointer(PointerEvent.release(dragTo.get(0).x(), dragTo.get(0).y()));
            if (editor.edit().canUndo()) {
                editor.edit().undo();
            }
        }
        Rect spoke = editor.diagram().element("spoke1").orElseThrow().bounds();
        Point press = editor.viewport().toScreen(new Point(spoke.x() + 30, spoke.y() + 8));
        editor.pointer(PointerEvent.press(press.x(), press.y()));
        dragTo = List.of(press.plus(12, 1), press.plus(24, -1));
        editor.pointer(PointerEvent.drag(dragTo.get(0).x(), dragTo.get(0).y()));
        boolean guides = editor.drawing().shapes().stream().anyMatch(s -> s instanceof Shape.Group g
                && g.role().equals("smart-guides"));
        if (!guides) {
            throw new IllegalStateException("the drag of spoke1 shows no smart guide; the benchmark would not measure"
                    + " them");
        }
    }

    @TearDown(Level.Trial)
    public void close() {
        Platform.exit();
    }

    /**
     * Select another element: the editor renders a new drawing and the canvas repaints (its listener). The
     * canvas is no longer in a showing window, so this thread may draw on it as the JavaFX thread would.
     */
    @Benchmark
    public long selectAndRepaint() {
        editor.select(List.of(ids.get(next++ % ids.size())));
        return canvas.lastPaintNanos();
    }

    /**
     * Move an element and take it back (undo), alternately: each call changes the diagram, so the editor renders
     * the whole drawing again before the canvas repaints.
     */
    @Benchmark
    public long editAndRepaint() {
        if (next++ % 2 == 0) {
            editor.execute(new Move(java.util.Set.of("spoke1"), 10, 0));
        } else {
            editor.edit().undo();
        }
        return canvas.lastPaintNanos();
    }

    /**
     * One pointer move of a drag with smart guides on: the guides snap the dragged spoke (with its 6 children) to
     * its row, the editor renders the preview's drawing with the guide marks and the canvas repaints.
     */
    @Benchmark
    public long dragWithGuidesAndRepaint() {
        Point to = dragTo.get(next++ % 2);
        editor.pointer(PointerEvent.drag(to.x(), to.y()));
        return canvas.lastPaintNanos();
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        return task.get(30, TimeUnit.SECONDS);
    }
}
