package dev.hybridnet.app;

import dev.hybridnet.command.Command;
import dev.hybridnet.editor.InspectorField;
import dev.hybridnet.model.Typed;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import org.controlsfx.property.editor.PropertyEditor;

/**
 * Free text with the common values offered in a list (an on-premises device: hardware or rras): an editable
 * combo box that commits as one command when a value is picked, on Enter, or when it loses the focus.
 */
final class SuggestRowEditor implements PropertyEditor<Object> {

    private final InspectorItem item;
    private final Function<InspectorField, String> text;
    private final ComboBox<String> box = new ComboBox<>();
    private boolean updating;

    SuggestRowEditor(InspectorItem item, List<String> suggestions, Function<InspectorField, String> text,
            BiFunction<InspectorField, String, Typed<Command>> edit, Consumer<Command> execute) {
        this.item = item;
        this.text = text;
        box.setId(item.controlId());
        box.setEditable(true);
        box.setMaxWidth(Double.MAX_VALUE);
        box.getItems().setAll(suggestions);
        box.valueProperty().addListener((o, before, after) -> {
            if (!updating && after != null && !after.equals(text.apply(item.field()))) {
                edit.apply(item.field(), after).toOptional().ifPresent(execute);
            }
        });
        item.fieldProperty().addListener((o, before, after) -> show(after));
    }

    private void show(InspectorField f) {
        if (box.getEditor().isFocused() && !box.getEditor().getText().equals(box.getValue())) {
            return;
        }
        updating = true;
        try {
            box.setValue(text.apply(f));
        } finally {
            updating = false;
        }
    }

    @Override
    public Node getEditor() {
        return box;
    }

    @Override
    public Object getValue() {
        return box.getValue();
    }

    @Override
    public void setValue(Object ignored) {
        show(item.field());
    }
}
