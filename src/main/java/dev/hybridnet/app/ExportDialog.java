package dev.hybridnet.app;

import dev.hybridnet.export.Background;
import dev.hybridnet.export.PictureFormat;
import dev.hybridnet.export.PngExporter;
import dev.hybridnet.render.PictureStyle;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** File ▸ Export: format, style, scale and background. The file is asked for afterwards. */
final class ExportDialog {

    /** What the user chose. */
    record Choice(PictureFormat format, PictureStyle style, double scale, Background background) {
    }

    private ExportDialog() {
    }

    static Optional<Choice> ask(Window owner, Choice initial) {
        Dialog<Choice> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Export");
        dialog.setHeaderText("Export the diagram as a picture.");
        ButtonType next = new ButtonType("Export…", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(next, ButtonType.CANCEL);

        ChoiceBox<PictureFormat> format = choice(PictureFormat.values(), initial.format(),
                f -> f == PictureFormat.SVG ? "SVG (vector)" : "PNG (image)");
        format.setId("export-format");
        ChoiceBox<PictureStyle> style = choice(PictureStyle.values(), initial.style(),
                s -> s == PictureStyle.FULL ? "Full diagram" : "Card (320 × 144, like the Architecture Center)");
        style.setId("export-style");
        Spinner<Double> scale = new Spinner<>(PngExporter.MIN_SCALE, PngExporter.MAX_SCALE, initial.scale(), 0.5);
        scale.setEditable(true);
        scale.setId("export-scale");
        ChoiceBox<Background> background = choice(Background.values(), initial.background(),
                b -> b == Background.WHITE ? "White" : "Transparent");
        background.setId("export-background");

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(10));
        grid.addRow(0, new Label("Format:"), format);
        grid.addRow(1, new Label("Style:"), style);
        grid.addRow(2, new Label("Scale:"), scale);
        grid.addRow(3, new Label("Background:"), background);
        dialog.getDialogPane().setContent(grid);
        dialog.setResultConverter(button -> button == next ? new Choice(format.getValue(), style.getValue(),
                scale.getValue(), background.getValue()) : null);
        return dialog.showAndWait();
    }

    private static <T> ChoiceBox<T> choice(T[] values, T initial, java.util.function.Function<T, String> label) {
        ChoiceBox<T> box = new ChoiceBox<>();
        box.getItems().addAll(values);
        box.setValue(initial);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException();
            }
        });
        return box;
    }
}
