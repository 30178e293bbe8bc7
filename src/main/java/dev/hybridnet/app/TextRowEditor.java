package dev.hybridnet.app;

import dev.hybridnet.command.Command;
import dev.hybridnet.editor.InspectorField;
import dev.hybridnet.model.Typed;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * A text field checked as you type. The text is parsed on every keystroke; a bad value turns the field red, puts
 * the parser's message in its tooltip and reports it to the inspector (which shows it above the rows), and is never
 * committed. A good value is committed as one command on Enter or when the field loses the focus; Escape puts the
 * current value back. While the user types, a refresh of the inspector leaves the text alone, so typing is never
 * interrupted. A value in the file that the property rules find wrong is marked the same way.
 */
final class TextRowEditor extends RowEditor<TextField> {

    /** The style class (designer.css) of a row whose value is wrong. */
    static final String INVALID = "invalid-value";

    private final Function<InspectorField, String> text;
    private final Function<InspectorField, Optional<String>> problem;
    private final BiFunction<InspectorField, String, Typed<Command>> edit;
    private final Consumer<Command> execute;
    private final BiConsumer<InspectorItem, Optional<String>> report;
    /** The text of the value in the diagram. */
    private String shown = "";

    TextRowEditor(InspectorItem item, Function<InspectorField, String> text,
            Function<InspectorField, Optional<String>> problem,
            BiFunction<InspectorField, String, Typed<Command>> edit, Consumer<Command> execute,
            BiConsumer<InspectorItem, Optional<String>> report) {
        super(item, new TextField());
        this.text = text;
        this.problem = problem;
        this.edit = edit;
        this.execute = execute;
        this.report = report;
        control.textProperty().addListener((o, before, after) -> check());
        control.setOnAction(e -> commit());
        control.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                commit();
            }
        });
        control.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !control.getText().equals(shown)) {
                control.setText(shown);
                e.consume();
            }
        });
        follow();
    }

    private boolean typing() {
        return control.isFocused() && !control.getText().equals(shown);
    }

    @Override
    void show(InspectorField f) {
        boolean keep = typing();
        shown = text.apply(f);
        if (!keep) {
            control.setText(shown);
        }
        control.setPromptText(f instanceof InspectorField.Property p && p.mixed() ? "(differs)" : "");
        check();
    }

    private void check() {
        InspectorField f = item.field();
        boolean edited = !control.getText().equals(shown);
        Optional<String> typed = edited ? edit.apply(f, control.getText()).error() : Optional.empty();
        Optional<String> wrong = edited ? typed : problem.apply(f);
        mark(control, wrong.isPresent());
        control.setTooltip(wrong.map(Tooltip::new).orElse(null));
        report.accept(item, typed);
    }

    private void commit() {
        if (control.getText().equals(shown)) {
            return;
        }
        Typed<Command> command = edit.apply(item.field(), control.getText());
        if (command instanceof Typed.Present<Command> c) {
            execute.accept(c.value());
            control.setText(shown);
        }
    }

    @Override
    public Object getValue() {
        return control.getText();
    }

    /** Marks a row's control as holding a wrong value, or clears the mark. */
    static void mark(javafx.scene.Node control, boolean wrong) {
        if (wrong && !control.getStyleClass().contains(INVALID)) {
            control.getStyleClass().add(INVALID);
        } else if (!wrong) {
            control.getStyleClass().remove(INVALID);
        }
    }
}
