package dev.hybridnet.app;

import dev.hybridnet.command.Blueprint;
import dev.hybridnet.editor.Editor;
import dev.hybridnet.editor.PointerEvent;
import dev.hybridnet.editor.ToolKind;
import dev.hybridnet.geometry.Point;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Point2D;

/**
 * Placements from the palette, forwarded to the canvas in its own coordinates: a click arms the place tool for
 * the next click on the canvas; a drag previews the component under the pointer and places it where it is dropped.
 */
final class PalettePlacing implements PaletteView.Target {

    private final Editor editor;
    private final CanvasView canvas;
    private final Consumer<String> say;
    private boolean dragging;

    PalettePlacing(Editor editor, CanvasView canvas, Consumer<String> say) {
        this.editor = editor;
        this.canvas = canvas;
        this.say = say;
    }

    @Override
    public void arm(PaletteEntry entry) {
        editor.usePlace(blueprint(entry));
        canvas.requestFocus();
    }

    @Override
    public void dragOver(PaletteEntry entry, Point2D scenePoint) {
        if (!dragging) {
            dragging = true;
            editor.usePlace(blueprint(entry));
        }
        canvas.local(scenePoint).ifPresent(p -> canvas.forward(p, PointerEvent.Type.MOVE));
    }

    @Override
    public void drop(PaletteEntry entry, Point2D scenePoint) {
        dragging = false;
        Optional<Point> at = canvas.local(scenePoint);
        if (at.isEmpty()) {
            editor.useSelect();
            say.accept("Drop the component on the canvas to place it.");
            return;
        }
        canvas.forward(at.get(), PointerEvent.Type.RELEASE);
        if (editor.tool().kind() == ToolKind.PLACE) {
            // Refused: the editor said why; go back to selecting so the next click does not place.
            String reason = editor.status();
            editor.useSelect();
            say.accept(reason);
        }
        canvas.requestFocus();
    }

    private static Blueprint blueprint(PaletteEntry entry) {
        return entry.preset().map(Blueprint::of).orElseGet(() -> Blueprint.of(entry.kind()));
    }
}
