package dev.hybridnet.app;

import dev.hybridnet.command.Command;
import dev.hybridnet.editor.InspectorField;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;

/**
 * A choice box of the values a property may take, plus "(not set)". Choosing a value commits it at once as one
 * command. A value in the file that is not one of the choices is listed as it is, marked red with the problem, so
 * that opening the box does not change it.
 */
final class ChoiceRowEditor extends RowEditor<ChoiceBox<String>> {

    /** The choice that removes the value; shown as {@link #noneText}. */
    static final String NONE = "";

    private final Function<InspectorField, List<String>> options;
    private final Function<InspectorField, Optional<String>> current;
    private final Function<InspectorField, Optional<String>> problem;
    private final BiFunction<InspectorField, String, Command> edit;
    private final Consumer<Command> execute;
    private boolean updating;

    ChoiceRowEditor(InspectorItem item, String noneText, Function<InspectorField, List<String>> options,
            Function<InspectorField, Optional<String>> current, Function<InspectorField, Optional<String>> problem,
            BiFunction<InspectorField, String, Command> edit, Consumer<Command> execute) {
        super(item, new ChoiceBox<>());
        this.options = options;
        this.current = current;
        this.problem = problem;
        this.edit = edit;
        this.execute = execute;
        control.setMaxWidth(Double.MAX_VALUE);
        // The row's width comes from the inspector, so the box need not work out its own: that would style and
        // measure the popup menu of every choice before the box is first drawn (decision 0026).
        control.setPrefWidth(InspectorSheet.MIN_COLUMN_WIDTH);
        control.setConverter(new StringConverter<>() {
            @Override
            public String toString(String value) {
                return value == null ? "" : value.equals(NONE) ? noneText : value;
            }

            @Override
            public String fromString(String text) {
                return text.equals(noneText) ? NONE : text;
            }
        });
        control.valueProperty().addListener((o, before, after) -> {
            if (!updating && after != null && !Objects.equals(before, after)) {
                execute.accept(edit.apply(item.field(), after));
            }
        });
        follow();
    }

    @Override
    void show(InspectorField f) {
        updating = true;
        try {
            List<String> values = new java.util.ArrayList<>(options.apply(f));
            Optional<String> value = current.apply(f);
            value.filter(v -> !values.contains(v)).ifPresent(values::add);
            if (!control.getItems().equals(values)) {
                control.getItems().setAll(values);
            }
            control.setValue(value.orElse(null));
            Optional<String> wrong = problem.apply(f);
            TextRowEditor.mark(control, wrong.isPresent());
            control.setTooltip(wrong.map(Tooltip::new).orElse(null));
        } finally {
            updating = false;
        }
    }

    @Override
    public Object getValue() {
        return control.getValue();
    }
}
