package dev.hybridnet.app;

import dev.hybridnet.command.Command;
import dev.hybridnet.editor.Editor;
import dev.hybridnet.editor.Inspection;
import dev.hybridnet.editor.InspectorField;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.validation.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PropertySheet;

/**
 * The right-hand panel: the {@link Inspection} of the selection, one ControlsFX {@link PropertySheet} per
 * section, and below it the findings about the selection with an "Apply fix" button where a quick fix exists.
 * Above the rows, a red line says what is wrong with the text being typed, until it is fixed or put back.
 * It follows the editor: when the selection changes, or the diagram changes (an edit here, on the canvas, an undo),
 * it shows the new inspection. As long as the rows stay the same it only updates their values, so the field being
 * typed into keeps the focus and its text. Every edit goes to {@link Editor#execute} as one command.
 */
final class InspectorPane extends BorderPane {

    private final Editor editor;
    private final RowEditors editors = new RowEditors(this::execute, this::typing);
    private final Label heading = new Label();
    private final Label message = new Label();
    private InspectorItem messageOf;
    private final VBox sections = new VBox(4);
    private final FindingsBox findings;
    private final Map<String, InspectorItem> items = new LinkedHashMap<>();
    private Inspection inspection;
    private Diagram shownDiagram;
    private Set<String> shownSelection = Set.of();
    private List<Finding> shownFindings;

    /** {@code applyFix} applies a finding's quick fix (and moves the focus where the window wants it). */
    InspectorPane(Editor editor, java.util.function.Predicate<Finding> applyFix) {
        this.editor = editor;
        this.findings = new FindingsBox(editor, applyFix);
        setId("inspector");
        heading.setId("inspector-heading");
        heading.setWrapText(true);
        heading.getStyleClass().add("inspector-heading");
        heading.setPadding(new Insets(8, 8, 4, 8));
        message.setId("inspector-message");
        message.setWrapText(true);
        message.getStyleClass().add("inspector-message");
        message.setPadding(new Insets(0, 8, 4, 8));
        message.managedProperty().bind(message.visibleProperty());
        message.setVisible(false);
        setTop(new VBox(heading, message));
        VBox content = new VBox(8, sections, findings);
        content.setPadding(new Insets(0, 4, 8, 4));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        setCenter(scroll);
        setPrefWidth(320);
        setMinWidth(280);
        editor.addListener(this::refresh);
        refresh();
    }

    /**
     * Runs an edit. One made during a refresh (a focus change while the rows are rebuilt) is safe: the editor
     * tells its listeners of it only after the refresh ends.
     */
    private void execute(Command command) {
        editor.execute(command, fieldKey(command));
    }

    /** Edits of one field of the same items in a row are one undo step; other commands never merge. */
    private static Object fieldKey(Command command) {
        if (command instanceof dev.hybridnet.command.SetProperty p) {
            return java.util.List.of("property", p.ids(), p.key());
        }
        if (command instanceof dev.hybridnet.command.Rename r) {
            return java.util.List.of("name", r.id());
        }
        if (command instanceof dev.hybridnet.command.SetTitle) {
            return "title";
        }
        return null;
    }

    /** What is wrong with the text being typed into a row, above the rows; gone once the text is fine. */
    private void typing(InspectorItem item, Optional<String> problem) {
        if (problem.isPresent()) {
            messageOf = item;
            message.setText(item.getName() + ": " + problem.get());
            message.setVisible(true);
        } else if (messageOf == item) {
            messageOf = null;
            message.setVisible(false);
        }
    }

    private void refresh() {
        Diagram d = editor.diagram();
        Set<String> selection = editor.selection().ids();
        List<Finding> found = editor.findings();
        boolean content = d != shownDiagram || !selection.equals(shownSelection);
        if (!content && found == shownFindings) {
            return;
        }
        shownDiagram = d;
        shownSelection = selection;
        shownFindings = found;
        if (content) {
            show(Inspection.of(d, selection));
        }
        findings.show(selection, found);
    }

    private void show(Inspection next) {
        heading.setText(next.heading());
        if (inspection != null && next.layout().equals(inspection.layout())) {
            next.fields().forEach(f -> items.get(f.key()).update(f));
        } else {
            rebuild(next);
        }
        inspection = next;
    }

    private void rebuild(Inspection next) {
        items.clear();
        messageOf = null;
        message.setVisible(false);
        List<TitledPane> panes = new ArrayList<>();
        for (Inspection.Section section : next.sections()) {
            List<InspectorItem> rows = new ArrayList<>();
            for (InspectorField field : section.fields()) {
                InspectorItem item = new InspectorItem(section.title(), field);
                items.put(field.key(), item);
                rows.add(item);
            }
            PropertySheet sheet = new InspectorSheet();
            sheet.setPropertyEditorFactory(item -> editors.create((InspectorItem) item));
            sheet.getItems().setAll(rows);
            TitledPane pane = new TitledPane(section.title(), sheet);
            pane.setId("inspector-section-" + section.title().replaceAll("[^A-Za-z0-9]+", "-"));
            panes.add(pane);
        }
        sections.getChildren().setAll(panes);
    }
}
