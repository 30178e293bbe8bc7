package dev.hybridnet.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.geometry.Rect;
import dev.hybridnet.geometry.Size;
import dev.hybridnet.samples.HubSpokeGenerator;
import dev.hybridnet.samples.Sample;
import dev.hybridnet.samples.Samples;
import org.junit.jupiter.api.Test;

/** Issue 20: "Fit that never cuts off the top". */
class FitTest {

    private static Rect extentOnScreen(Editor editor) {
        return editor.viewport().toScreen(new Display().extent(editor.diagram()));
    }

    @Test
    void aDesignTooLargeForTheSmallestZoomShowsItsTopAndLeftNotItsMiddle() {
        Rect world = new Rect(-500, -300, 200_000, 150_000);
        Size view = new Size(800, 600);
        Viewport v = Viewport.fitting(world, view, 24);
        assertEquals(Viewport.MIN_SCALE, v.scale(), 1e-12, "the zoom limit forbids fitting it all");
        assertEquals(24, v.toScreen(new dev.hybridnet.geometry.Point(world.x(), world.y())).y(), 1e-9,
                "the top is at the margin");
        assertEquals(24, v.toScreen(new dev.hybridnet.geometry.Point(world.x(), world.y())).x(), 1e-9);
    }

    @Test
    void fitBeforeTheCanvasHasItsSizeIsRedoneWhenItGetsIt() {
        Editor editor = new Editor(Samples.load(Sample.HUB_SPOKE));
        editor.view().viewResized(new Size(1200, 900));
        editor.view().zoomToFit();
        editor.view().viewResized(new Size(900, 420)); // the problems panel opened under the canvas
        Rect shown = extentOnScreen(editor);
        assertTrue(shown.y() >= 0 && shown.maxY() <= 420 && shown.x() >= 0 && shown.maxX() <= 900,
                "the whole design is in the smaller view: " + shown);
    }

    @Test
    void aViewTheUserZoomedIsNotRefittedOnResize() {
        Editor editor = new Editor(HubSpokeGenerator.generate(12));
        editor.view().viewResized(new Size(1200, 900));
        editor.view().zoomToFit();
        editor.view().zoomIn();
        Viewport zoomed = editor.viewport();
        editor.view().viewResized(new Size(1000, 700));
        assertEquals(zoomed, editor.viewport(), "the user's own zoom stays");
    }
}
