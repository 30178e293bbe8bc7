package dev.hybridnet.app;

import dev.hybridnet.editor.Shortcuts;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * Help ▸ Keyboard Shortcuts: every shortcut of {@link Shortcuts}, the table the menus take their accelerators from,
 * grouped by menu, with the keys spelled as the menus spell them on this system.
 */
final class ShortcutsSheet {

    /** One line of the sheet. */
    record Row(String group, String action, String keys) {
    }

    private ShortcutsSheet() {
    }

    /** The sheet's lines, in the table's order. */
    static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (Shortcuts.Shortcut s : Shortcuts.all()) {
            rows.add(new Row(s.group(), s.action(), keys(s)));
        }
        return rows;
    }

    /** A shortcut's keys as this system's menus show them ("Ctrl+D"), or the canvas's words. */
    static String keys(Shortcuts.Shortcut s) {
        return s.isAccelerator() ? KeyCombination.keyCombination(s.keys()).getDisplayText() : s.keys();
    }

    static void show(Window owner) {
        GridPane grid = new GridPane();
        grid.setId("shortcuts-grid");
        grid.setHgap(16);
        grid.setVgap(3);
        grid.setPadding(new Insets(4, 8, 4, 8));
        String group = "";
        int line = 0;
        for (Row row : rows()) {
            if (!row.group().equals(group)) {
                group = row.group();
                Label heading = new Label(group);
                heading.getStyleClass().add("panel-heading");
                heading.setPadding(new Insets(line == 0 ? 0 : 8, 0, 2, 0));
                grid.add(heading, 0, line++, 2, 1);
            }
            Label keys = new Label(row.keys());
            keys.getStyleClass().add("shortcut-keys");
            keys.setStyle("-fx-font-weight: bold;");
            grid.add(keys, 0, line);
            grid.add(new Label(row.action()), 1, line++);
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(480);
        scroll.setPrefViewportWidth(560);
        Alert sheet = new Alert(Alert.AlertType.NONE, "", ButtonType.CLOSE);
        sheet.setTitle("Keyboard Shortcuts");
        sheet.setHeaderText("Keyboard Shortcuts");
        sheet.getDialogPane().setId("shortcuts-sheet");
        sheet.getDialogPane().setContent(scroll);
        sheet.setResizable(true);
        sheet.initOwner(owner);
        sheet.show();
    }
}
