package dev.hybridnet.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The one table of shortcuts: no key does two things, and the editor guide shows the table as it is. */
class ShortcutsTest {

    private static final String START = "<!-- shortcuts:start (written from editor.Shortcuts) -->\n";
    private static final String END = "<!-- shortcuts:end -->";

    @Test
    void noAcceleratorIsUsedTwice() {
        Set<String> seen = new HashSet<>();
        for (Shortcuts.Shortcut s : Shortcuts.all()) {
            if (s.isAccelerator()) {
                assertTrue(seen.add(s.keys()), "twice: " + s.keys());
            }
        }
    }

    @Test
    void theEditorGuideHasTheTableAsItIs() throws IOException {
        String guide = Files.readString(Path.of("docs/editor.md"), StandardCharsets.UTF_8);
        int start = guide.indexOf(START);
        int end = guide.indexOf(END);
        assertTrue(start >= 0 && end > start, "docs/editor.md marks where the shortcut table goes");
        assertEquals(Shortcuts.markdown(), guide.substring(start + START.length(), end),
                "docs/editor.md: put this table between the markers");
    }

    @Test
    void keysReadAsPeopleWriteThem() {
        assertEquals("Ctrl+Shift+Z", Shortcuts.REDO_AGAIN.display());
        assertEquals("Ctrl+=", Shortcuts.ZOOM_IN.display());
        assertEquals("V", Shortcuts.SELECT_TOOL.display());
        assertEquals(Shortcuts.DUPLICATE, Shortcuts.of("Edit", "Duplicate").orElseThrow());
    }
}
