package dev.hybridnet.app;

import dev.hybridnet.command.Command;
import dev.hybridnet.editor.InspectorField;
import dev.hybridnet.model.Typed;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.controlsfx.property.editor.PropertyEditor;

/**
 * A text field checked as you type. The text is parsed on every keystroke; a bad value turns the field red, puts
 * the parser's message in its tooltip and reports it to the inspector (which shows it above the rows), and is never
 * committed. A good value is committed as one command on Enter or when the field loses the focus; Escape puts the
 * current value back. While the user types, a refresh of the inspector leaves the text alone, so typing is never
 * interrupted. A value in the file that the property rules find wrong is marked the same way.
 */
final class TextRowEditor implements PropertyEditor<Object> {

    static final String INVALID_STYLE = "-fx-text-box-border: #D13438; -fx-focus-color: #D13438;";

    private final InspectorItem item;
    private final Function<InspectorField, String> text;
    private final Function<InspectorField, Optional<String>> problem;
    private final BiFunction<InspectorField, String, Typed<Command>> edit;
    private final Consumer<Command> execute;
    private final BiConsumer<InspectorItem, Optional<String>> report;
    private final TextField field = new TextField();
    /** The text of the value in the diagram. */
    private String shown = "";

    TextRowEditor(InspectorItem item, Function<InspectorField, String> text,
            Function<InspectorField, Optional<String>> problem,
            BiFunction<InspectorField, String, Typed<Command>> edit, Consumer<Command> execute,
            BiConsumer<InspectorItem, Optional<String>> report) {
        this.item = item;
        this.text = text;
        this.problem = problem;
        this.edit = edit;
        this.execute = execute;
        this.report = report;
        field.setId(item.controlId());
        field.textProperty().addListener((o, before, after) -> check());
        field.setOnAction(e -> commit());
        field.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                commit();
            }
        });
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !field.getText().equals(shown)) {
                field.setText(shown);
                e.consume();
            }
        });
        item.fieldProperty().addListener((o, before, after) -> show(after));
    }

    private boolean typing() {
        return field.isFocused() && !field.getText().equals(shown);
    }

    private void show(InspectorField f) {
        boolean keep = typing();
        shown = text.apply(f);
        if (!keep) {
            field.setText(shown);
        }
        field.setPromptText(f instanceof InspectorField.Property p && p.mixed() ? "(differs)" : "");
        check();
    }

    private void check() {
        InspectorField f = item.field();
        boolean edited = !field.getText().equals(shown);
        Optional<String> typed = edited ? edit.apply(f, field.getText()).error() : Optional.empty();
        Optional<String> wrong = edited ? typed : problem.apply(f);
        field.setStyle(wrong.isPresent() ? INVALID_STYLE : "");
        field.setTooltip(wrong.map(Tooltip::new).orElse(null));
        report.accept(item, typed);
    }

    private void commit() {
        if (field.getText().equals(shown)) {
            return;
        }
        Typed<Command> command = edit.apply(item.field(), field.getText());
        if (command instanceof Typed.Present<Command> c) {
            execute.accept(c.value());
            field.setText(shown);
        }
    }

    @Override
    public Node getEditor() {
        return field;
    }

    @Override
    public Object getValue() {
        return field.getText();
    }

    @Override
    public void setValue(Object value) {
        show(item.field());
    }
}
