package dev.hybridnet.app;

import dev.hybridnet.editor.Editor;
import dev.hybridnet.fixes.QuickFix;
import dev.hybridnet.validation.Finding;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;

/**
 * The findings about the selected items, under the inspector's properties; where a finding has a quick fix, an
 * "Apply fix" button with what the fix does. The button's id is {@code inspector-fix-<rule>}.
 */
final class FindingsBox extends VBox {

    /** Enough for any one element; a large selection's findings are for the problems panel. */
    static final int MAX_SHOWN = 20;

    private final Editor editor;
    private final java.util.function.Predicate<Finding> applyFix;

    FindingsBox(Editor editor, java.util.function.Predicate<Finding> applyFix) {
        super(6);
        this.editor = editor;
        this.applyFix = applyFix;
        setId("inspector-findings");
    }

    void show(Set<String> selection, List<Finding> findings) {
        getChildren().clear();
        List<Finding> mine = findings.stream().filter(f -> f.elements().stream().anyMatch(selection::contains))
                .toList();
        if (mine.isEmpty()) {
            return;
        }
        Label title = new Label("Problems");
        title.getStyleClass().add("findings-title");
        getChildren().add(title);
        Set<String> ids = new HashSet<>();
        for (Finding f : mine.subList(0, Math.min(mine.size(), MAX_SHOWN))) {
            getChildren().add(row(f, ids));
        }
        if (mine.size() > MAX_SHOWN) {
            getChildren().add(new Label((mine.size() - MAX_SHOWN) + " more in the Problems panel"));
        }
    }

    private VBox row(Finding f, Set<String> ids) {
        Label message = new Label(f.message() + "  [" + f.rule() + "]");
        message.setWrapText(true);
        message.setGraphic(new Circle(4, ProblemsPane.color(f.severity())));
        VBox row = new VBox(3, message);
        row.getStyleClass().add("finding-row");
        Optional<QuickFix> fix = QuickFixAction.available(editor, f);
        if (fix.isPresent()) {
            // The button says what it does; there is no separate "Fix:" line that looks like a second button.
            Button apply = new Button("Apply fix: " + fix.get().label());
            String id = "inspector-fix-" + f.rule();
            apply.setId(ids.add(id) ? id : id + "-" + ids.size());
            apply.setTooltip(new Tooltip(fix.get().label() + " (one step to undo)"));
            apply.setOnAction(e -> applyFix.test(f));
            apply.setWrapText(true);
            apply.setMaxWidth(Double.MAX_VALUE);
            apply.getStyleClass().add("finding-fix");
            row.getChildren().add(apply);
        } else {
            f.fix().ifPresent(hint -> {
                Label advice = new Label("How to fix: " + hint);
                advice.setWrapText(true);
                advice.getStyleClass().add("finding-advice");
                row.getChildren().add(advice);
            });
        }
        return row;
    }
}
