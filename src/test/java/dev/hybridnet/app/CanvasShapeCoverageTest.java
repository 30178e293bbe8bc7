package dev.hybridnet.app;

import dev.hybridnet.geometry.Rect;
import dev.hybridnet.render.Drawing;
import dev.hybridnet.render.ShapeCoverage;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.BeforeAll;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The canvas painter draws every kind of shape where the SVG writer does ({@link ShapeCoverage}). */
class CanvasShapeCoverageTest extends ShapeCoverage {

    @BeforeAll
    static void startTheToolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @Override
    protected Pixels paint(Drawing drawing) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Rect box = drawing.viewBox();
            int w = (int) Math.ceil(box.width() * SCALE);
            int h = (int) Math.ceil(box.height() * SCALE);
            Canvas canvas = new Canvas(w, h);
            GraphicsContext g = canvas.getGraphicsContext2D();
            g.scale(SCALE, SCALE);
            g.translate(-box.x(), -box.y());
            new DrawingPainter().paint(g, drawing, Optional.empty());
            SnapshotParameters parameters = new SnapshotParameters();
            parameters.setFill(Color.TRANSPARENT);
            WritableImage image = canvas.snapshot(parameters, null);
            int[] argb = new int[w * h];
            image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
            return new Pixels(w, h, argb);
        }).get();
    }
}
