package dev.hybridnet.app;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Where the window was and how large: remembered on a normal close, restored at the next start. */
final class WindowPlacement {

    private WindowPlacement() {
    }

    /** The remembered size, and the position when it is still on one of the screens. */
    static void restore(Stage stage, AppPreferences preferences) {
        preferences.windowBounds().ifPresent(b -> {
            boolean onScreen = !Screen.getScreensForRectangle(new Rectangle2D(b.x(), b.y(), b.width(),
                    b.height())).isEmpty();
            if (onScreen) {
                stage.setX(b.x());
                stage.setY(b.y());
            }
            stage.setWidth(b.width());
            stage.setHeight(b.height());
            stage.setMaximized(b.maximized());
        });
    }

    static void save(Stage stage, AppPreferences preferences) {
        preferences.saveWindowBounds(new AppPreferences.WindowBounds(stage.getX(), stage.getY(), stage.getWidth(),
                stage.getHeight(), stage.isMaximized()));
    }
}
