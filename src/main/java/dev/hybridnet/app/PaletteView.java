package dev.hybridnet.app;

import dev.hybridnet.catalog.PaletteGroup;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.TextFields;

/**
 * The palette: every element kind and subnet preset, grouped as in the catalog, with a search field that filters
 * as you type. An entry is placed by press-drag-release onto the canvas (inside the window, not the system
 * drag-and-drop, which hangs UI tests) or by a click that arms it and a click on the canvas.
 */
final class PaletteView extends VBox {

    /** Where placements go: the canvas. Points are in scene coordinates. */
    interface Target {
        void arm(PaletteEntry entry);

        void dragOver(PaletteEntry entry, Point2D scenePoint);

        void drop(PaletteEntry entry, Point2D scenePoint);
    }

    private final TextField search = TextFields.createClearableTextField();
    private final VBox groups = new VBox(4);
    private final List<Row> rows = new ArrayList<>();

    private record Row(PaletteEntry entry, HBox node) {
    }

    PaletteView(IconImages icons, Target target) {
        setId("palette");
        setSpacing(6);
        setPadding(new Insets(6));
        setPrefWidth(250);
        setMinWidth(220); // the palette keeps its width whatever the other panels hold
        search.setPromptText("Search components");
        search.setId("palette-search");
        search.textProperty().addListener((o, old, text) -> filter(text));
        for (PaletteGroup group : PaletteGroup.values()) {
            Label header = new Label(group.label());
            header.getStyleClass().add("palette-group");
            header.getStyleClass().add("palette-group");
            VBox section = new VBox(1, header);
            for (PaletteEntry entry : PaletteEntry.all()) {
                if (entry.group() == group) {
                    HBox row = row(entry, icons, target);
                    rows.add(new Row(entry, row));
                    section.getChildren().add(row);
                }
            }
            groups.getChildren().add(section);
        }
        ScrollPane scroll = new ScrollPane(groups);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(search, scroll);
    }

    private void filter(String text) {
        for (Row row : rows) {
            boolean show = row.entry().matches(text == null ? "" : text);
            row.node().setVisible(show);
            row.node().setManaged(show);
        }
        for (var section : groups.getChildren()) {
            boolean any = ((VBox) section).getChildren().stream().skip(1).anyMatch(n -> n.isVisible());
            section.setVisible(any);
            section.setManaged(any);
        }
    }

    private static HBox row(PaletteEntry entry, IconImages icons, Target target) {
        javafx.scene.layout.StackPane icon = new javafx.scene.layout.StackPane(icons.canvas(entry.icon(), 24));
        icon.getStyleClass().add("palette-icon");
        icon.setPadding(new Insets(1));
        HBox row = new HBox(8, icon, new Label(entry.name()));
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        row.setId("palette-" + entry.id());
        row.setPadding(new Insets(3, 6, 3, 6));
        row.setCursor(Cursor.HAND);
        row.getStyleClass().add("palette-row");
        // The tooltip is made when the pointer first comes over the row (a popup window for each row was costly).
        HoverTooltips.onFirstHover(row, () -> Tooltip.install(row, new Tooltip(entry.name() + "\n" + entry.description())));
        boolean[] dragged = {false};
        row.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> dragged[0] = false);
        row.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                dragged[0] = true;
                target.dragOver(entry, new Point2D(e.getSceneX(), e.getSceneY()));
            }
        });
        row.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (e.getButton() != MouseButton.PRIMARY) {
                return;
            }
            if (dragged[0]) {
                target.drop(entry, new Point2D(e.getSceneX(), e.getSceneY()));
            } else {
                target.arm(entry);
            }
        });
        return row;
    }
}
