package dev.hybridnet.app;

import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/** The main window (being built). */
final class MainWindow {

    private final Stage stage;

    MainWindow(Stage stage, AppPreferences preferences) {
        this.stage = stage;
        stage.setScene(new Scene(new BorderPane(), 1200, 800));
        stage.setTitle("Untitled - HybridNet Designer");
    }

    void show() {
        stage.show();
    }

    void open(Path file) {
        stage.setTitle(file.getFileName() + " - HybridNet Designer");
    }
}
