package dev.hybridnet.app;

import dev.hybridnet.editor.InspectorField;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.controlsfx.property.editor.PropertyEditor;

/** A row to read, not to edit: the kind, the id, a property the catalog does not know. */
final class LabelRowEditor implements PropertyEditor<Object> {

    private final InspectorItem item;
    private final Function<InspectorField, String> text;
    private final Label label = new Label();

    LabelRowEditor(InspectorItem item, Function<InspectorField, String> text) {
        this.item = item;
        this.text = text;
        label.setId(item.controlId());
        label.setWrapText(true);
        item.fieldProperty().addListener((o, before, after) -> label.setText(text.apply(after)));
    }

    @Override
    public Node getEditor() {
        return label;
    }

    @Override
    public Object getValue() {
        return label.getText();
    }

    @Override
    public void setValue(Object ignored) {
        label.setText(text.apply(item.field()));
    }
}
