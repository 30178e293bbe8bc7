package dev.hybridnet.app;

import dev.hybridnet.command.Command;
import dev.hybridnet.editor.InspectorField;
import dev.hybridnet.model.Typed;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import org.controlsfx.property.editor.PropertyEditor;

/**
 * A text field checked as you type. The text is parsed on every keystroke; a bad value turns the field red and
 * shows the parser's message under it (and as its tooltip), and is never committed. A good value is committed as
 * one command on Enter or when the field loses the focus; Escape puts the current value back. While the user types,
 * a refresh of the inspector leaves the text alone, so typing is never interrupted.
 */
final class TextRowEditor implements PropertyEditor<Object> {

    static final String INVALID_STYLE = "-fx-text-box-border: #D13438; -fx-focus-color: #D13438;";

    private final InspectorItem item;
    private final Function<InspectorField, String> text;
    private final Function<InspectorField, Optional<String>> problem;
    private final BiFunction<InspectorField, String, Typed<Command>> edit;
    private final Consumer<Command> execute;
    private final TextField field = new TextField();
    private final Label message = new Label();
    private final VBox box = new VBox(2, field, message);
    /** The text of the value in the diagram. */
    private String shown = "";

    TextRowEditor(InspectorItem item, Function<InspectorField, String> text,
            Function<InspectorField, Optional<String>> problem,
            BiFunction<InspectorField, String, Typed<Command>> edit, Consumer<Command> execute) {
        this.item = item;
        this.text = text;
        this.problem = problem;
        this.edit = edit;
        this.execute = execute;
        field.setId(item.controlId());
        message.setId(item.controlId() + "-message");
        message.setWrapText(true);
        message.setStyle("-fx-text-fill: #D13438; -fx-font-size: 11px;");
        message.managedProperty().bind(message.visibleProperty());
        message.setVisible(false);
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
        Optional<String> wrong = field.getText().equals(shown) ? problem.apply(f)
                : edit.apply(f, field.getText()).error();
        field.setStyle(wrong.isPresent() ? INVALID_STYLE : "");
        field.setTooltip(wrong.map(Tooltip::new).orElse(null));
        message.setText(wrong.orElse(""));
        message.setVisible(wrong.isPresent());
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
        return box;
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
