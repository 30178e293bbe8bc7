package dev.hybridnet.app;

import dev.hybridnet.editor.Checking;
import dev.hybridnet.editor.Editor;
import dev.hybridnet.io.ReadAhead;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.render.Labels;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The second reference line of tools/startup-time.sh: the designer's own canvas with the sample open, and nothing
 * else in the window (no menus, toolbar, palette, inspector, problems panel or status bar). It starts as the
 * designer does (the same preparation threads, the editor with checks in the background, the document read ahead,
 * the diagram fitted to the window) and is timed by the same code, so that the script can show how a start divides:
 * the bare JavaFX window, what the diagram adds to it, and what the rest of the window adds. Not part of the
 * product: the script compiles it against the build's jar; it sits in the designer's package to reach its classes.
 */
public final class DiagramOnlyWindow {

    private DiagramOnlyWindow() {
    }

    public static void main(String[] args) {
        StartPreparation.start();
        ReadAhead.start(Path.of(args[0]), Labels::prepareHeadings);
        Application.launch(Window.class, args);
    }

    /** The application, nested so that the JVM does not ask for JavaFX on the module path. */
    public static final class Window extends Application {

        @Override
        public void start(Stage stage) {
            Editor editor = new Editor(Diagram.empty(Document.NEW_TITLE), Checking.Policy.background(Platform::runLater));
            Document document = new Document(editor);
            CanvasView canvas = new CanvasView(editor);
            try {
                document.open(Path.of(getParameters().getRaw().get(0)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            canvas.fitToView();
            Scene scene = new Scene(canvas, 1280, 800);
            scene.getStylesheets().setAll(Theme.LIGHT.stylesheets());
            stage.setTitle(document.name());
            stage.setScene(scene);
            stage.show();
            canvas.requestFocus();
            FirstFrameReport.afterShow();
        }
    }
}
