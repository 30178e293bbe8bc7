package dev.hybridnet.app;

import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: opens the main window, and the file given on the command line if any. */
public final class DesignerApp extends Application {

    /** Starts JavaFX and blocks until the last window closes. */
    public static void open(String... args) {
        Application.launch(DesignerApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        MainWindow window = new MainWindow(stage, AppPreferences.user());
        window.show();
        List<String> args = getParameters().getRaw();
        if (!args.isEmpty()) {
            window.open(java.nio.file.Path.of(args.get(0)));
        }
    }
}
