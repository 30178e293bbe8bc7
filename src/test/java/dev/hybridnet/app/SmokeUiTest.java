package dev.hybridnet.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class SmokeUiTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        new MainWindow(stage, new AppPreferences(java.util.prefs.Preferences.userRoot().node("dev/hybridnet/test")))
                .show();
    }

    @Test
    void theWindowOpensUntitled() {
        assertEquals("Untitled - HybridNet Designer", stage.getTitle());
    }
}
