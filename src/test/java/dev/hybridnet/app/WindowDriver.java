package dev.hybridnet.app;

import dev.hybridnet.editor.Checking;
import dev.hybridnet.editor.Editor;
import dev.hybridnet.geometry.Point;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.samples.Sample;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What the window tests share: the editor behind a main window, samples, and world points on the screen. */
final class WindowDriver {

    private final MainWindow window;

    WindowDriver(MainWindow window) {
        this.window = window;
    }

    /**
     * The set-up every window test shares: a main window on {@code stage} with fresh preferences in
     * {@code preferences} (cleared first), recovery copies in {@code recovery}, and checks run as {@code checks}
     * says, shown.
     */
    static WindowDriver open(javafx.stage.Stage stage, java.util.prefs.Preferences preferences,
            dev.hybridnet.io.RecoveryStore recovery, Checking.Policy checks)
            throws java.util.prefs.BackingStoreException {
        preferences.clear();
        MainWindow window = new MainWindow(stage, new AppPreferences(preferences), recovery, checks);
        window.show();
        return new WindowDriver(window);
    }

    /**
     * As the other {@code open}, with every check run at once, so that a test reads the report of each change as
     * soon as the change is made, whatever the speed of the machine.
     */
    static WindowDriver open(javafx.stage.Stage stage, java.util.prefs.Preferences preferences,
            dev.hybridnet.io.RecoveryStore recovery) throws java.util.prefs.BackingStoreException {
        return open(stage, preferences, recovery, Checking.Policy.immediate());
    }

    /** As the other {@code open}, with recovery copies in the test data folder. */
    static WindowDriver open(javafx.stage.Stage stage, java.util.prefs.Preferences preferences)
            throws java.util.prefs.BackingStoreException {
        return open(stage, preferences, new dev.hybridnet.io.RecoveryStore(
                dev.hybridnet.io.RecoveryStore.defaultFolder()));
    }

    MainWindow window() {
        return window;
    }

    Editor editor() {
        return window.editor();
    }

    Diagram diagram() {
        return editor().diagram();
    }

    void openSample(FxRobot robot, Sample sample) {
        robot.interact(() -> window.fileActions().openSample(sample));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Where a world point of the diagram is on the screen now. */
    Point2D screen(FxRobot robot, Point world) {
        Point local = editor().viewport().toScreen(world);
        Node canvas = robot.lookup("#canvas").query();
        return canvas.localToScreen(local.x(), local.y());
    }
}
