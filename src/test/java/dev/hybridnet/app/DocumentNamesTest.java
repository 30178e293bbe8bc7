package dev.hybridnet.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Save As names: the Open dialog's filter must show a saved file again. */
class DocumentNamesTest {

    @Test
    void aNameWithoutOurExtensionGetsIt() {
        assertEquals(Path.of("d", "hubspoke.hybridnet.json"), Document.withExtension(Path.of("d", "hubspoke")));
        assertEquals(Path.of("d", "hubspoke.hybridnet.json"), Document.withExtension(Path.of("d", "hubspoke.json")),
                "a plain .json, as some file dialogs append, would be hidden by the Open filter");
        assertEquals(Path.of("d", "vpn.hybridnet.json"), Document.withExtension(Path.of("d", "vpn.hybridnet.json")));
        assertEquals(Path.of("d", "v1.2.hybridnet.json"), Document.withExtension(Path.of("d", "v1.2")));
    }
}
