package dev.hybridnet.app;

import dev.hybridnet.catalog.Catalog;
import dev.hybridnet.model.Connection;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import dev.hybridnet.model.PropValue;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** The right-hand panel: what is selected, with its kind, place and properties. */
final class SelectionPane extends ScrollPane {

    private final VBox box = new VBox(6);

    SelectionPane() {
        setId("selection-pane");
        box.setPadding(new Insets(8));
        setContent(box);
        setFitToWidth(true);
        setPrefWidth(260);
    }

    void show(Diagram d, Set<String> selection) {
        box.getChildren().clear();
        Label title = new Label();
        title.setWrapText(true);
        title.setStyle("-fx-font-weight: bold; -fx-font-size: 13px;");
        box.getChildren().add(title);
        if (selection.isEmpty()) {
            title.setText(d.title());
            Label summary = new Label(d.elements().size() + " elements, " + d.connections().size()
                    + " connections" + d.reference().map(r -> "\nReference: " + r.title()).orElse(""));
            summary.setWrapText(true);
            box.getChildren().add(summary);
            return;
        }
        if (selection.size() > 1) {
            title.setText(selection.size() + " items selected");
            return;
        }
        String id = selection.iterator().next();
        Optional<Element> element = d.element(id);
        Optional<Connection> connection = d.connection(id);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(3);
        int row = 0;
        if (element.isPresent()) {
            Element e = element.get();
            title.setText(e.name());
            row = add(grid, row, "Kind", Catalog.of(e.kind()).displayName());
            row = add(grid, row, "Id", e.id());
            row = add(grid, row, "In", e.parent().flatMap(d::element).map(Element::name).orElse("(canvas)"));
            row = props(grid, row, e.props().values());
        } else if (connection.isPresent()) {
            Connection c = connection.get();
            title.setText(Catalog.rule(c.kind()).displayName());
            row = add(grid, row, "Id", c.id());
            row = add(grid, row, "From", d.element(c.from()).map(Element::name).orElse(c.from()));
            row = add(grid, row, "To", d.element(c.to()).map(Element::name).orElse(c.to()));
            row = props(grid, row, c.props().values());
        }
        box.getChildren().add(grid);
    }

    private static int props(GridPane grid, int row, Map<String, PropValue> values) {
        int r = row;
        for (Map.Entry<String, PropValue> p : values.entrySet()) {
            r = add(grid, r, p.getKey(), display(p.getValue()));
        }
        return r;
    }

    /** A property value as people write it: text bare, lists joined, objects as key: value. */
    static String display(PropValue value) {
        if (value instanceof PropValue.Text t) {
            return t.value();
        } else if (value instanceof PropValue.Number n) {
            return n.value().toPlainString();
        } else if (value instanceof PropValue.Bool b) {
            return b.value() ? "yes" : "no";
        } else if (value instanceof PropValue.ListValue l) {
            return String.join(", ", l.items().stream().map(SelectionPane::display).toList());
        } else if (value instanceof PropValue.ObjectValue o) {
            return "{" + String.join(", ", o.fields().entrySet().stream()
                    .map(f -> f.getKey() + ": " + display(f.getValue())).toList()) + "}";
        }
        return "";
    }

    private static int add(GridPane grid, int row, String key, String value) {
        Label k = new Label(key);
        k.setStyle("-fx-text-fill: #555;");
        Label v = new Label(value);
        v.setWrapText(true);
        grid.addRow(row, k, v);
        return row + 1;
    }
}
