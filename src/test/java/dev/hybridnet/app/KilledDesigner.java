package dev.hybridnet.app;

import dev.hybridnet.command.SetTitle;
import dev.hybridnet.io.RecoveryStore;
import java.nio.file.Path;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * A designer for {@link KillTest} to kill: opens the real main window (headless), makes one unsaved change and
 * waits to be killed. Arguments: the recovery folder and the title to set.
 */
public final class KilledDesigner {

    private KilledDesigner() {
    }

    /** A plain main class: the java launcher refuses an Application subclass on the class path. */
    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The application the main method launches. */
    public static final class Window extends Application {

        @Override
        public void start(Stage stage) {
            var args = getParameters().getRaw();
            MainWindow window = new MainWindow(stage, new AppPreferences(Preferences.userRoot().node(
                    "dev/hybridnet/test-killed")), new RecoveryStore(Path.of(args.get(0))),
                    dev.hybridnet.editor.Checking.Policy.background(javafx.application.Platform::runLater));
            window.show();
            window.editor().execute(new SetTitle(args.get(1)));
            System.out.println("edited");
            System.out.flush();
        }
    }
}
