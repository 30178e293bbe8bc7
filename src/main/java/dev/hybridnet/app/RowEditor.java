package dev.hybridnet.app;

import dev.hybridnet.editor.InspectorField;
import javafx.scene.Node;
import org.controlsfx.property.editor.PropertyEditor;

/**
 * What every inspector row editor shares: its control, named after the row for tests, showing the row's field
 * whenever the field changes (the items were edited or the selection moved) and when the property sheet asks.
 */
abstract class RowEditor<C extends Node> implements PropertyEditor<Object> {

    final InspectorItem item;
    final C control;

    RowEditor(InspectorItem item, C control) {
        this.item = item;
        this.control = control;
        control.setId(item.controlId());
    }

    /** Starts showing the row's field as it changes; subclasses call it last in their constructor. */
    final void follow() {
        item.fieldProperty().addListener((o, before, after) -> show(after));
    }

    /** Puts the field's value into the control. */
    abstract void show(InspectorField field);

    @Override
    public final Node getEditor() {
        return control;
    }

    @Override
    public final void setValue(Object ignored) {
        show(item.field());
    }
}
