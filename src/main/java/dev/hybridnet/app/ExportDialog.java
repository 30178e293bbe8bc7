package dev.hybridnet.app;

import dev.hybridnet.export.Background;
import dev.hybridnet.export.PageSize;
import dev.hybridnet.export.PictureFormat;
import dev.hybridnet.export.PngExporter;
import dev.hybridnet.render.PictureStyle;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * File ▸ Export: format, style, scale, background, the PDF's page, and whether only the selection is exported. The
 * file is asked for afterwards; Print… prints the same picture instead.
 */
final class ExportDialog {

    /** What the user chose. {@code selectionOnly} exports the selected elements (full style only). */
    record Choice(PictureFormat format, PictureStyle style, double scale, Background background, PageSize page,
            boolean selectionOnly) {

        Choice(PictureFormat format, PictureStyle style, double scale, Background background) {
            this(format, style, scale, background, PageSize.PICTURE, false);
        }

        /** The same choice with "Selection only" set as given. */
        Choice withSelectionOnly(boolean only) {
            return new Choice(format, style, scale, background, page, only);
        }
    }

    /** The dialog's answer: the choice, and whether to export it to a file or print it. */
    record Request(Choice choice, boolean print) {
    }

    private ExportDialog() {
    }

    /** Asks; "Selection only" is offered when {@code hasSelection}, and starts ticked as {@code initial} says. */
    static Optional<Request> ask(Window owner, Choice initial, boolean hasSelection) {
        Dialog<Request> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Export");
        dialog.setHeaderText("Export the diagram as a picture.");
        ButtonType next = new ButtonType("Export…", ButtonBar.ButtonData.OK_DONE);
        ButtonType print = new ButtonType("Print…", ButtonBar.ButtonData.OTHER);
        dialog.getDialogPane().getButtonTypes().addAll(next, print, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(next).setId("export-go");

        ChoiceBox<PictureFormat> format = choice(PictureFormat.values(), initial.format(), ExportDialog::formatLabel);
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
        ChoiceBox<PageSize> page = choice(PageSize.values(), initial.page(), p -> p == PageSize.PICTURE
                ? "Size of the picture" : p.label() + " (fitted, landscape when wide)");
        page.setId("export-page");
        page.disableProperty().bind(format.valueProperty().isNotEqualTo(PictureFormat.PDF));
        CheckBox selectionOnly = new CheckBox("Selection only");
        selectionOnly.setId("export-selection-only");
        selectionOnly.setSelected(hasSelection && initial.selectionOnly());
        // A card always shows the whole design; a selection is cut from the full picture.
        selectionOnly.disableProperty().bind(style.valueProperty().isEqualTo(PictureStyle.CARD).or(
                new javafx.beans.property.SimpleBooleanProperty(!hasSelection)));

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(10));
        grid.addRow(0, new Label("Format:"), format);
        grid.addRow(1, new Label("Style:"), style);
        grid.addRow(2, new Label("Scale:"), scale);
        grid.addRow(3, new Label("Background:"), background);
        grid.addRow(4, new Label("PDF page:"), page);
        grid.add(selectionOnly, 1, 5);
        dialog.getDialogPane().setContent(grid);
        dialog.setResultConverter(button -> button == next || button == print ? new Request(new Choice(
                format.getValue(), style.getValue(), scale.getValue(), background.getValue(), page.getValue(),
                selectionOnly.isSelected() && !selectionOnly.isDisabled()), button == print) : null);
        return dialog.showAndWait();
    }

    private static String formatLabel(PictureFormat format) {
        return switch (format) {
            case SVG -> "SVG (vector)";
            case PNG -> "PNG (image)";
            case PDF -> "PDF (vector, one page)";
        };
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
