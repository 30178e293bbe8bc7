package dev.hybridnet.app;

import dev.hybridnet.editor.InspectorField;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
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
        item.fieldProperty().addListener((o, before, after) -> show(after));
    }

    /** One line, so that the row's height does not depend on the panel's width; the tooltip has it all. */
    private void show(InspectorField f) {
        String t = text.apply(f);
        label.setText(t);
        label.setTooltip(t.isEmpty() ? null : new Tooltip(t));
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
        show(item.field());
    }
}
