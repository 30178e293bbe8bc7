package dev.hybridnet.app;

import dev.hybridnet.editor.InspectorField;
import java.util.function.Function;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;

/** A row to read, not to edit: the kind, the id, a property the catalog does not know. */
final class LabelRowEditor extends RowEditor<Label> {

    private final Function<InspectorField, String> text;

    LabelRowEditor(InspectorItem item, Function<InspectorField, String> text) {
        super(item, new Label());
        this.text = text;
        follow();
    }

    /** One line, so that the row's height does not depend on the panel's width; the tooltip has it all. */
    @Override
    void show(InspectorField f) {
        String t = text.apply(f);
        control.setText(t);
        control.setTooltip(t.isEmpty() ? null : new Tooltip(t));
    }

    @Override
    public Object getValue() {
        return control.getText();
    }
}
