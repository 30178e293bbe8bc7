import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The floor for tools/startup-time.sh: the least a JavaFX window costs on this machine. One label in a window of
 * the designer's default size, started with the designer's Java options and its own class-data-sharing archive,
 * and timed the same way as the designer: from the JVM's start until JavaFX's render thread has painted the first
 * frame into the window. Not part of the product; the script compiles it against the build's jar and JavaFX jars.
 */
public final class BareWindow {

    private BareWindow() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The application, nested so that the JVM does not ask for JavaFX on the module path. */
    public static final class Window extends Application {

        @Override
        public void start(Stage stage) {
            stage.setTitle("JavaFX floor");
            stage.setScene(new Scene(new Label("A bare JavaFX window"), 1280, 800));
            stage.show();
            // Timed by the same code as the designer (FirstFrameReport, from the build's jar).
            dev.hybridnet.app.FirstFrameReport.afterShow();
        }
    }
}
