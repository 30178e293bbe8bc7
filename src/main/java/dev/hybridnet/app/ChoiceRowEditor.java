package dev.hybridnet.app;

import dev.hybridnet.command.Command;
import dev.hybridnet.editor.InspectorField;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;
import org.controlsfx.property.editor.PropertyEditor;

/**
 * A choice box of the values a property may take, plus "(not set)". Choosing a value commits it at once as one
 * command. A value in the file that is not one of the choices is listed as it is, marked red with the problem, so
 * that opening the box does not change it.
 */
final class ChoiceRowEditor implements PropertyEditor<Object> {

    /** The choice that removes the value; shown as {@link #noneText}. */
    static final String NONE = "";

    private final InspectorItem item;
    private final Function<InspectorField, List<String>> options;
    private final Function<InspectorField, Optional<String>> current;
    private final Function<InspectorField, Optional<String>> problem;
    private final BiFunction<InspectorField, String, Command> edit;
    private final Consumer<Command> execute;
    private final ChoiceBox<String> box = new ChoiceBox<>();
    private boolean updating;

    ChoiceRowEditor(InspectorItem item, String noneText, Function<InspectorField, List<String>> options,
            Function<InspectorField, Optional<String>> current, Function<InspectorField, Optional<String>> problem,
            BiFunction<InspectorField, String, Command> edit, Consumer<Command> execute) {
        this.item = item;
        this.options = options;
        this.current = current;
        this.problem = problem;
        this.edit = edit;
        this.execute = execute;
        box.setId(item.controlId());
        box.setMaxWidth(Double.MAX_VALUE);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String value) {
                return value == null ? "" : value.equals(NONE) ? noneText : value;
            }

            @Override
            public String fromString(String text) {
                return text.equals(noneText) ? NONE : text;
            }
        });
        box.valueProperty().addListener((o, before, after) -> {
            if (!updating && after != null && !Objects.equals(before, after)) {
                execute.accept(edit.apply(item.field(), after));
            }
        });
        item.fieldProperty().addListener((o, before, after) -> show(after));
    }

    private void show(InspectorField f) {
        updating = true;
        try {
            List<String> values = new java.util.ArrayList<>(options.apply(f));
            Optional<String> value = current.apply(f);
            value.filter(v -> !values.contains(v)).ifPresent(values::add);
            if (!box.getItems().equals(values)) {
                box.getItems().setAll(values);
            }
            box.setValue(value.orElse(null));
            Optional<String> wrong = problem.apply(f);
            box.setStyle(wrong.isPresent() ? "-fx-border-color: #D13438;" : "");
            box.setTooltip(wrong.map(Tooltip::new).orElse(null));
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
    public void setValue(Object value) {
        show(item.field());
    }
}
