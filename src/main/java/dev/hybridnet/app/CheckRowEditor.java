package dev.hybridnet.app;

import dev.hybridnet.command.Command;
import dev.hybridnet.editor.InspectorField;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import org.controlsfx.property.editor.PropertyEditor;

/**
 * A check box for a flag; a click commits at once as one command. Items that differ show it indeterminate, and
 * a flag that cannot be set yet (a peering direction that does not exist) shows it disabled.
 */
final class CheckRowEditor implements PropertyEditor<Object> {

    private final InspectorItem item;
    private final Function<InspectorField, Optional<Boolean>> value;
    private final Predicate<InspectorField> enabled;
    private final CheckBox box = new CheckBox();

    /** {@code value} is empty when the items differ. */
    CheckRowEditor(InspectorItem item, Function<InspectorField, Optional<Boolean>> value,
            Predicate<InspectorField> enabled, BiFunction<InspectorField, Boolean, Command> edit,
            Consumer<Command> execute) {
        this.item = item;
        this.value = value;
        this.enabled = enabled;
        box.setId(item.controlId());
        box.setAllowIndeterminate(false);
        box.setOnAction(e -> execute.accept(edit.apply(item.field(), box.isSelected())));
        item.fieldProperty().addListener((o, before, after) -> show(after));
    }

    private void show(InspectorField f) {
        Optional<Boolean> v = value.apply(f);
        box.setIndeterminate(v.isEmpty());
        box.setSelected(v.orElse(false));
        box.setDisable(!enabled.test(f));
    }

    @Override
    public Node getEditor() {
        return box;
    }

    @Override
    public Object getValue() {
        return box.isSelected();
    }

    @Override
    public void setValue(Object ignored) {
        show(item.field());
    }
}
