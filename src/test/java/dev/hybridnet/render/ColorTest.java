package dev.hybridnet.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ColorTest {

    @Test
    void hexTextIsUpperCaseRrggbbAndReadsBack() {
        for (int rgb = 0; rgb <= 0xFFFFFF; rgb += 0x010305) {
            Color c = Color.rgb(rgb);
            assertEquals(String.format(Locale.ROOT, "#%06X", rgb), c.hex());
            assertEquals(c, Color.hex(c.hex()));
            assertEquals(c, Color.hex(c.hex().toLowerCase(Locale.ROOT)));
        }
        assertEquals("#0078D4", Color.hex("#0078d4").hex());
    }

    @Test
    void anythingButHashAndSixHexDigitsIsRefused() {
        for (String bad : new String[] {"", "#", "0078D4", "#0078D", "#0078D40", "#0078G4", "#00 8D4", "#\u0661\u0662\u0663\u0664\u0665\u0666",
            "#\uFF10\uFF10\uFF10\uFF10\uFF10\uFF10", "#-078D4", "+0078D4"}) {
            assertThrows(IllegalArgumentException.class, () -> Color.hex(bad), bad);
        }
    }
}
