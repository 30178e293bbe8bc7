package dev.hybridnet.app;

import dev.hybridnet.editor.InspectorField;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import org.controlsfx.control.PropertySheet;

/**
 * One row of a {@link PropertySheet} in the inspector, holding the current {@link InspectorField}. When the diagram
 * changes but the inspector's layout does not, the pane hands each item its new field and the row's editor updates
 * its control in place, so the control keeps the focus. Edits never go through {@link #setValue}: editors build a
 * command from the field and give it to the editor's history.
 */
final class InspectorItem implements PropertySheet.Item {

    private final String category;
    private final ObjectProperty<InspectorField> field;

    InspectorItem(String category, InspectorField field) {
        this.category = category;
        this.field = new SimpleObjectProperty<>(field);
    }

    InspectorField field() {
        return field.get();
    }

    ObjectProperty<InspectorField> fieldProperty() {
        return field;
    }

    void update(InspectorField next) {
        field.set(next);
    }

    /** A CSS id for the row's control: "inspector-property-sku", "inspector-flag-from-allowGatewayTransit". */
    String controlId() {
        return "inspector-" + field().key().replaceAll("[^A-Za-z0-9]+", "-");
    }

    @Override
    public Class<?> getType() {
        return field().getClass();
    }

    @Override
    public String getCategory() {
        return category;
    }

    @Override
    public String getName() {
        return field().label();
    }

    @Override
    public String getDescription() {
        return field().description();
    }

    @Override
    public Object getValue() {
        return field();
    }

    /** Never called with a user's edit (see the class comment); a value from elsewhere replaces the field. */
    @Override
    public void setValue(Object value) {
        if (value instanceof InspectorField f) {
            update(f);
        }
    }

    @Override
    public Optional<ObservableValue<? extends Object>> getObservableValue() {
        return Optional.of(field);
    }

    /** True: rows that cannot be edited show a label, which the sheet should not grey out. */
    @Override
    public boolean isEditable() {
        return true;
    }
}
