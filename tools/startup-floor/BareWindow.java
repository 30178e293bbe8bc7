import java.lang.management.ManagementFactory;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The floor for tools/startup-time.sh: the least a JavaFX window costs on this machine. One label in a window of
 * the designer's default size, started with the designer's Java options and its own class-data-sharing archive,
 * and timed the same way as the designer: from the JVM's start until JavaFX's render thread has painted the first
 * frame into the window. Not part of the product; the script compiles it against the build's JavaFX jars.
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
            new AnimationTimer() {
                private int frames;

                @Override
                public void handle(long now) {
                    if (++frames == 2) {
                        stop();
                        // Behind the first frame's painting on the render thread, as the designer reports it.
                        com.sun.javafx.tk.Toolkit.getToolkit().addRenderJob(new com.sun.javafx.tk.RenderJob(() -> {
                            long ms = System.currentTimeMillis()
                                    - ManagementFactory.getRuntimeMXBean().getStartTime();
                            System.out.println("first frame " + ms + " ms after the JVM started");
                            Platform.runLater(Platform::exit);
                        }));
                    }
                }
            }.start();
        }
    }
}
