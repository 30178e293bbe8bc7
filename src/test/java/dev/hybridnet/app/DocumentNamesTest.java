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

    /** Issue 20: the title stayed "Untitled diagram" after saving under a name, and exports then used it. */
    @Test
    void aNewDesignSavedUnderANameTakesThatNameAsItsTitle(@org.junit.jupiter.api.io.TempDir Path dir)
            throws java.io.IOException {
        Document document = new Document(new dev.hybridnet.editor.Editor(
                dev.hybridnet.model.Diagram.empty(Document.NEW_TITLE)));
        Path file = dir.resolve("hubspoke.hybridnet.json");
        document.saveAs(file);
        assertEquals("hubspoke", document.editor().diagram().title());
        assertEquals("hubspoke", new dev.hybridnet.io.DiagramReader().read(file).title(), "the file has it too");
        org.junit.jupiter.api.Assertions.assertFalse(document.isDirty(), "saved means clean");
        assertEquals("hubspoke", FileActions.exportBaseName(document.name(), document.editor().diagram().title()));
    }

    @Test
    void aDesignWithATitleOfItsOwnKeepsIt(@org.junit.jupiter.api.io.TempDir Path dir) throws java.io.IOException {
        Document document = new Document(new dev.hybridnet.editor.Editor(
                dev.hybridnet.model.Diagram.empty("Contoso hub")));
        document.saveAs(dir.resolve("draft.hybridnet.json"));
        assertEquals("Contoso hub", document.editor().diagram().title());
        assertEquals(java.util.Optional.empty(), Document.titleOnSaving("Contoso hub", Path.of("x.json")));
        assertEquals(java.util.Optional.of("plan"), Document.titleOnSaving("", Path.of("plan.json")));
    }
}
