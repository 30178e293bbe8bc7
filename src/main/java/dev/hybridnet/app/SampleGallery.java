package dev.hybridnet.app;

import dev.hybridnet.render.CardRenderer;
import dev.hybridnet.render.Drawing;
import dev.hybridnet.samples.Sample;
import dev.hybridnet.samples.Samples;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Window;

/**
 * Open Sample: the four reference architectures as cards rendered by our own card renderer, each with its name
 * and a one-line description. Double-click or Open picks one.
 */
final class SampleGallery {

    static final double CARD_SCALE = 0.9;
    /** Room for the one-line description, which may wrap onto three lines. */
    static final double TEXT_HEIGHT = 52;

    private SampleGallery() {
    }

    static Optional<Sample> choose(Window owner) {
        Dialog<Sample> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Open Sample");
        dialog.setHeaderText("Start from one of the Azure Architecture Center reference architectures.");
        ButtonType open = new ButtonType("Open", javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(open, ButtonType.CANCEL);
        ToggleGroup group = new ToggleGroup();
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(12);
        grid.setPadding(new Insets(8));
        DrawingPainter painter = new DrawingPainter();
        int i = 0;
        for (Sample sample : Sample.values()) {
            ToggleButton tile = tile(sample, painter);
            tile.setToggleGroup(group);
            tile.setUserData(sample);
            tile.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2) {
                    group.selectToggle(tile);
                    dialog.setResult(sample);
                    dialog.close();
                }
            });
            grid.add(tile, i % 2, i / 2);
            i++;
        }
        group.selectToggle(group.getToggles().get(0));
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().lookupButton(open).disableProperty().bind(group.selectedToggleProperty().isNull());
        dialog.setResultConverter(button -> button == open && group.getSelectedToggle() != null
                ? (Sample) group.getSelectedToggle().getUserData() : null);
        return dialog.showAndWait();
    }

    private static ToggleButton tile(Sample sample, DrawingPainter painter) {
        Drawing card = new CardRenderer().render(Samples.load(sample));
        double w = CardRenderer.VIEW.width() * CARD_SCALE;
        double h = CardRenderer.VIEW.height() * CARD_SCALE;
        Canvas canvas = new Canvas(w, h);
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.scale(CARD_SCALE, CARD_SCALE);
        painter.paint(g, card, Optional.empty());
        Label name = new Label(sample.title());
        name.getStyleClass().add("sample-name");
        Label description = new Label(sample.description());
        description.setWrapText(true);
        // A wrapping label needs a fixed width, or it asks for the height of one very narrow column.
        description.setPrefWidth(w);
        description.setMinHeight(TEXT_HEIGHT);
        description.setMaxHeight(TEXT_HEIGHT);
        description.setAlignment(Pos.TOP_LEFT);
        VBox box = new VBox(6, canvas, name, description);
        box.setAlignment(Pos.TOP_LEFT);
        box.setPrefWidth(w);
        ToggleButton tile = new ToggleButton();
        tile.setGraphic(box);
        tile.setId("sample-" + sample.id());
        tile.setPrefSize(w + 20, h + TEXT_HEIGHT + 50);
        tile.setMinSize(w + 20, h + TEXT_HEIGHT + 50);
        tile.setMaxSize(w + 20, h + TEXT_HEIGHT + 50);
        return tile;
    }
}
