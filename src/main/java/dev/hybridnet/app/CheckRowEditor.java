package dev.hybridnet.app;

import dev.hybridnet.command.Command;
import dev.hybridnet.editor.InspectorField;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.scene.control.CheckBox;

/**
 * A check box for a flag; a click commits at once as one command. Items that differ show it indeterminate, and
 * a flag that cannot be set yet (a peering direction that does not exist) shows it disabled.
 */
final class CheckRowEditor extends RowEditor<CheckBox> {

    private final Function<InspectorField, Optional<Boolean>> value;
    private final Predicate<InspectorField> enabled;

    /** {@code value} is empty when the items differ. */
    CheckRowEditor(InspectorItem item, Function<InspectorField, Optional<Boolean>> value,
            Predicate<InspectorField> enabled, BiFunction<InspectorField, Boolean, Command> edit,
            Consumer<Command> execute) {
        super(item, new CheckBox());
        this.value = value;
        this.enabled = enabled;
        control.setAllowIndeterminate(false);
        control.setOnAction(e -> execute.accept(edit.apply(item.field(), control.isSelected())));
        follow();
    }

    @Override
    void show(InspectorField f) {
        Optional<Boolean> v = value.apply(f);
        control.setIndeterminate(v.isEmpty());
        control.setSelected(v.orElse(false));
        control.setDisable(!enabled.test(f));
    }

    @Override
    public Object getValue() {
        return control.isSelected();
    }
}
