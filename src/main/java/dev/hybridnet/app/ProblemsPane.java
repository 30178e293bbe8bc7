package dev.hybridnet.app;

import dev.hybridnet.validation.Finding;
import dev.hybridnet.validation.Severity;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;

/** The findings of the live validation; double-click (or Enter) shows the elements of one on the canvas. */
final class ProblemsPane extends BorderPane {

    private final ListView<Finding> list = new ListView<>();
    private final Label header = new Label();

    ProblemsPane(Consumer<Finding> reveal) {
        setId("problems");
        list.setId("problems-list");
        list.setPlaceholder(new Label("No problems: the design follows every rule."));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Finding f, boolean empty) {
                super.updateItem(f, empty);
                if (empty || f == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                Color color = switch (f.severity()) {
                    case ERROR -> Color.web("#D13438");
                    case WARNING -> Color.web("#F2A900");
                    default -> Color.web("#0078D4");
                };
                setGraphic(new Circle(5, color));
                setText(f.message() + "   [" + f.rule() + "]" + f.fix().map(x -> "  Fix: " + x).orElse(""));
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                reveal.accept(list.getSelectionModel().getSelectedItem());
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
                reveal.accept(list.getSelectionModel().getSelectedItem());
            }
        });
        header.setStyle("-fx-font-weight: bold; -fx-padding: 4 6 4 6;");
        setTop(header);
        setCenter(list);
        setPrefHeight(150);
        show(List.of());
    }

    void show(List<Finding> findings) {
        list.getItems().setAll(findings);
        long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
        long warnings = findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
        header.setText("Problems: " + errors + (errors == 1 ? " error, " : " errors, ") + warnings
                + (warnings == 1 ? " warning" : " warnings"));
    }
}
