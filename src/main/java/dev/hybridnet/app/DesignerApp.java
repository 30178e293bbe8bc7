package dev.hybridnet.app;

import dev.hybridnet.io.ReadAhead;
import dev.hybridnet.render.Labels;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The JavaFX application: opens the main window, and the file given on the command line if any. With the system
 * property {@code hybridnet.measureStartup} set, it prints the time from the start of the JVM to the first frame
 * of the window and quits (see {@code tools/startup-time.sh}).
 */
public final class DesignerApp extends Application {

    static final String MEASURE_STARTUP = "hybridnet.measureStartup";

    /** Starts JavaFX and blocks until the last window closes. */
    public static void open(String... args) {
        StartPreparation.start();
        if (args.length == 1) {
            // The design is read, and its headings prepared, on a second thread while JavaFX starts.
            try {
                ReadAhead.start(Path.of(args[0]), Labels::prepareHeadings);
            } catch (InvalidPathException e) {
                // The window says the file cannot be opened.
            }
        }
        Application.launch(DesignerApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        MainWindow window = new MainWindow(stage, StartPreparation.preferences());
        List<String> args = getParameters().getRaw();
        window.showWith(args.isEmpty() ? Optional.empty() : Optional.of(Path.of(args.get(0))));
        if (!Boolean.getBoolean(MEASURE_STARTUP)) {
            Platform.runLater(window::offerRecovery);
        }
        if (Boolean.getBoolean(MEASURE_STARTUP)) {
            FirstFrameReport.afterShow();
        }
    }
}
