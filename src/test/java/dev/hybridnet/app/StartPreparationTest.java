package dev.hybridnet.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The preferences read while JavaFX starts are the user's, as the window would read them itself. */
class StartPreparationTest {

    private static final String NODE = "dev/hybridnet/test-start-preparation";
    private String before;

    @BeforeEach
    void useTestNode() throws Exception {
        before = System.getProperty(AppPreferences.NODE_PROPERTY);
        System.setProperty(AppPreferences.NODE_PROPERTY, NODE);
        Preferences.userRoot().node(NODE).clear();
    }

    @AfterEach
    void restore() throws Exception {
        Preferences.userRoot().node(NODE).removeNode();
        if (before == null) {
            System.clearProperty(AppPreferences.NODE_PROPERTY);
        } else {
            System.setProperty(AppPreferences.NODE_PROPERTY, before);
        }
    }

    @Test
    void thePreparedPreferencesAreTheStoredOnes() throws Exception {
        Preferences.userRoot().node(NODE).put("theme", Theme.DARK.name());
        Preferences.userRoot().node(NODE).putBoolean("minimap", false);
        StartPreparation.start();
        AppPreferences prepared = StartPreparation.preferences();
        assertEquals(Theme.DARK, prepared.theme());
        assertEquals(false, prepared.minimap());
        // The same node as the window would open itself.
        prepared.saveTheme(Theme.LIGHT);
        assertEquals(Theme.LIGHT, AppPreferences.user().theme());
    }
}
