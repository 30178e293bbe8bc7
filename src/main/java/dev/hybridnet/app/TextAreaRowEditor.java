package dev.hybridnet.app;

import dev.hybridnet.command.Command;
import dev.hybridnet.editor.InspectorField;
import dev.hybridnet.model.Typed;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Text over several lines (a note's text): Enter starts a new line; the text is committed as one command when the
 * area loses the focus or on Ctrl+Enter, and Escape puts the current value back. While the user types, a refresh of
 * the inspector leaves the text alone.
 */
final class TextAreaRowEditor extends RowEditor<TextArea> {

    private final Function<InspectorField, String> text;
    private final BiFunction<InspectorField, String, Typed<Command>> edit;
    private final Consumer<Command> execute;
    /** The text of the value in the diagram. */
    private String shown = "";

    TextAreaRowEditor(InspectorItem item, Function<InspectorField, String> text,
            BiFunction<InspectorField, String, Typed<Command>> edit, Consumer<Command> execute) {
        super(item, new TextArea());
        this.text = text;
        this.edit = edit;
        this.execute = execute;
        control.setWrapText(true);
        control.setPrefRowCount(4);
        control.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                commit();
            }
        });
        control.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !control.getText().equals(shown)) {
                control.setText(shown);
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                commit();
                e.consume();
            }
        });
        follow();
    }

    @Override
    void show(InspectorField f) {
        boolean typing = control.isFocused() && !control.getText().equals(shown);
        shown = text.apply(f);
        if (!typing) {
            control.setText(shown);
        }
        control.setPromptText(f instanceof InspectorField.Property p && p.mixed() ? "(differs)" : "");
    }

    private void commit() {
        if (control.getText().equals(shown)) {
            return;
        }
        Typed<Command> command = edit.apply(item.field(), control.getText());
        if (command instanceof Typed.Present<Command> c) {
            execute.accept(c.value());
            control.setText(shown);
        }
    }

    @Override
    public Object getValue() {
        return control.getText();
    }
}
