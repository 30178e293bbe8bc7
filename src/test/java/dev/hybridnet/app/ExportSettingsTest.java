package dev.hybridnet.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hybridnet.export.Background;
import dev.hybridnet.export.PictureFormat;
import dev.hybridnet.render.PictureStyle;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The export dialog offers a name from the design and remembers its settings between runs. */
class ExportSettingsTest {

    private static final Preferences NODE = Preferences.userRoot().node("dev/hybridnet/test-export-settings");
    private static final ExportDialog.Choice DEFAULT = new ExportDialog.Choice(PictureFormat.SVG, PictureStyle.FULL,
            1, Background.WHITE);

    @AfterEach
    void clear() throws Exception {
        NODE.clear();
    }

    @Test
    void anUntitledDesignIsExportedUnderItsTitleNotAsDiagram() {
        assertEquals("site-to-site-vpn", FileActions.exportBaseName("Untitled (Site-to-site VPN)", "Site-to-site VPN"));
        assertEquals("hub", FileActions.exportBaseName("hub.hybridnet.json", "Anything"));
        assertEquals("diagram", FileActions.exportBaseName("Untitled", "Untitled diagram"));
    }

    @Test
    void theLastExportSettingsAreRememberedForTheNextRun() {
        ExportDialog.Choice card = new ExportDialog.Choice(PictureFormat.PNG, PictureStyle.CARD, 2,
                Background.TRANSPARENT);
        new AppPreferences(NODE).saveExportChoice(card);
        assertEquals(card, new AppPreferences(NODE).exportChoice(DEFAULT));
        ExportDialog.Choice pdf = new ExportDialog.Choice(PictureFormat.PDF, PictureStyle.FULL, 1, Background.WHITE,
                dev.hybridnet.export.PageSize.A4, true);
        new AppPreferences(NODE).saveExportChoice(pdf);
        assertEquals(pdf, new AppPreferences(NODE).exportChoice(DEFAULT));
    }

    @Test
    void settingsThisVersionCannotReadFallBackToTheDefaults() {
        NODE.put("export.format", "BMP");
        assertEquals(DEFAULT, new AppPreferences(NODE).exportChoice(DEFAULT));
        NODE.put("export.format", "PNG");
        NODE.putDouble("export.scale", -3);
        assertEquals(1, new AppPreferences(NODE).exportChoice(DEFAULT).scale());
    }
}
