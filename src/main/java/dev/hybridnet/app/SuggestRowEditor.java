package dev.hybridnet.app;

import dev.hybridnet.command.Command;
import dev.hybridnet.editor.InspectorField;
import dev.hybridnet.model.Typed;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.control.ComboBox;

/**
 * Free text with the common values offered in a list (an on-premises device: hardware or rras): an editable
 * combo box that commits as one command when a value is picked, on Enter, or when it loses the focus; Escape puts
 * the current value back.
 */
final class SuggestRowEditor extends RowEditor<ComboBox<String>> {

    private final Function<InspectorField, String> text;
    private boolean updating;

    SuggestRowEditor(InspectorItem item, List<String> suggestions, Function<InspectorField, String> text,
            BiFunction<InspectorField, String, Typed<Command>> edit, Consumer<Command> execute) {
        super(item, new ComboBox<>());
        this.text = text;
        control.setEditable(true);
        control.setMaxWidth(Double.MAX_VALUE);
        control.getItems().setAll(suggestions);
        control.valueProperty().addListener((o, before, after) -> {
            if (!updating && after != null && !after.equals(text.apply(item.field()))) {
                edit.apply(item.field(), after).toOptional().ifPresent(execute);
            }
        });
        control.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            String current = text.apply(item.field());
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE && !control.getEditor().getText().equals(current)) {
                control.getEditor().setText(current); // Escape puts the value back, as in a text row
                e.consume();
            }
        });
        follow();
    }

    @Override
    void show(InspectorField f) {
        if (control.getEditor().isFocused() && !control.getEditor().getText().equals(control.getValue())) {
            return;
        }
        updating = true;
        try {
            control.setValue(text.apply(f));
        } finally {
            updating = false;
        }
    }

    @Override
    public Object getValue() {
        return control.getValue();
    }
}
