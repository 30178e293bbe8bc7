package dev.hybridnet.app;

import dev.hybridnet.editor.Editor;
import dev.hybridnet.editor.Viewport;
import dev.hybridnet.geometry.Point;
import java.util.Optional;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

/**
 * The text field of an inline rename on the canvas: shown over the name of what the editor is renaming
 * ({@code edit().renaming()}, placed at {@code renameBox}), it commits on Enter or when it loses the focus and
 * cancels on Escape. It holds no logic of its own: the editor decides what is renamed and how.
 */
final class InlineRename {

    private final Editor editor;
    private final Runnable focusCanvas;
    private final java.util.function.Consumer<TextField> attach;
    private final TextField field = new TextField();
    /** The field joins the canvas at the first rename: until then it is not styled or laid out (decision 0026). */
    private boolean attached;
    /** The element or connection the field is showing, while it shows. */
    private Optional<String> shown = Optional.empty();

    /**
     * {@code focusCanvas} gives the focus back to the canvas when the field goes away; {@code attach} adds the field
     * to the canvas's children, when the first rename starts.
     */
    InlineRename(Editor editor, Runnable focusCanvas, java.util.function.Consumer<TextField> attach) {
        this.editor = editor;
        this.focusCanvas = focusCanvas;
        this.attach = attach;
        field.setId("inline-rename");
        field.setManaged(false);
        field.setVisible(false);
        field.setOnAction(e -> end(true));
        field.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                end(false);
            }
        });
        field.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                end(true);
            }
        });
        editor.addListener(this::follow);
    }

    /** Whether an event was aimed at the field (the canvas leaves those alone). */
    boolean isTarget(Object eventTarget) {
        return eventTarget == field;
    }

    /** Shows or hides the field as the editor starts and ends a rename, and keeps it over the name. */
    private void follow() {
        Optional<String> id = editor.edit().renaming();
        if (id.equals(shown)) {
            id.ifPresent(this::place);
            return;
        }
        shown = id;
        if (id.isEmpty()) {
            field.setVisible(false);
            if (field.isFocused()) {
                focusCanvas.run();
            }
            return;
        }
        if (!attached) {
            attached = true;
            attach.accept(field);
            field.applyCss(); // its skin, so that it knows its height before it is placed
        }
        field.setText(editor.edit().renameText(id.get()));
        place(id.get());
        field.setVisible(true);
        field.requestFocus();
        field.selectAll();
    }

    private void place(String id) {
        editor.edit().renameBox(id).ifPresent(box -> {
            Viewport v = editor.viewport();
            Point topLeft = v.toScreen(new Point(box.x(), box.y()));
            field.resizeRelocate(topLeft.x(), topLeft.y(), Math.max(box.width() * v.scale(), 120),
                    Math.max(box.height() * v.scale(), field.prefHeight(-1)));
        });
    }

    /** Enter or the focus leaving the field keep the name typed; Escape keeps the old one. */
    private void end(boolean keep) {
        if (shown.isEmpty() || editor.edit().renaming().isEmpty()) {
            return;
        }
        shown = Optional.empty();
        field.setVisible(false);
        if (keep) {
            editor.edit().commitRename(field.getText());
        } else {
            editor.edit().cancelRename();
        }
        focusCanvas.run();
    }
}
