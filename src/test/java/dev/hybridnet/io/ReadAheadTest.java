package dev.hybridnet.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.model.Diagram;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A design read ahead is taken once, only for the same unchanged file, and never changes what a read reports. */
class ReadAheadTest {

    private static final String DOC = "{\"format\":\"hybridnet\",\"version\":1,\"title\":\"%s\",\"elements\":[{\"id\":"
            + "\"vnet\",\"kind\":\"virtual-network\",\"name\":\"vnet-app\",\"x\":0,\"y\":0,\"width\":300,\"height\":200,"
            + "\"props\":{\"addressSpaces\":[\"10.20.0.0/16\"]}}],\"connections\":[]}";

    @TempDir
    Path dir;

    @AfterEach
    void forget() {
        ReadAhead.clear();
    }

    private Path design(String title) throws Exception {
        Path file = dir.resolve("a.hybridnet.json");
        Files.writeString(file, String.format(DOC, title));
        return file;
    }

    @Test
    void aFileReadAheadIsTakenOnceAndThenReadAnew() throws Exception {
        Path file = design("first");
        ReadAhead.start(file);
        Optional<Diagram> ahead = ReadAhead.take(file);
        assertTrue(ahead.isPresent());
        assertEquals("first", ahead.get().title());
        assertEquals("vnet-app", ahead.get().element("vnet").orElseThrow().name());
        assertEquals(Optional.empty(), ReadAhead.take(file), "taken once");

        ReadAhead.start(file);
        Diagram read = new DiagramReader().read(file);
        assertEquals("first", read.title());
        assertEquals(Optional.empty(), ReadAhead.take(file), "the reader took it");
        assertNotSame(read, new DiagramReader().read(file), "read anew");
    }

    @Test
    void aFileChangedSinceItWasReadAheadIsReadAgain() throws Exception {
        Path file = design("first");
        ReadAhead.start(file);
        Files.writeString(file, String.format(DOC, "second, longer"));
        assertEquals("second, longer", new DiagramReader().read(file).title());
    }

    @Test
    void onlyTheSamePathTakesIt() throws Exception {
        Path file = design("first");
        ReadAhead.start(file);
        assertEquals(Optional.empty(), ReadAhead.take(file.toAbsolutePath().resolve("../a.hybridnet.json")));
        assertTrue(ReadAhead.take(file).isPresent());
    }

    @Test
    void aBadFileReadAheadIsReportedAsWithoutReadingAhead() throws Exception {
        Path file = dir.resolve("bad.hybridnet.json");
        Files.writeString(file, "{\"format\": \"hybridnet\",\n  \"title\": }");
        String expected = assertThrows(DiagramFormatException.class, () -> new DiagramReader().read(file)).getMessage();
        ReadAhead.start(file);
        assertEquals(expected, assertThrows(DiagramFormatException.class, () -> new DiagramReader().read(file))
                .getMessage());
    }

    @Test
    void foldersMissingFilesAndOtherThingsAreNotReadAhead() throws Exception {
        ReadAhead.start(dir);
        assertEquals(Optional.empty(), ReadAhead.take(dir));
        Path missing = dir.resolve("missing.hybridnet.json");
        ReadAhead.start(missing);
        assertEquals(Optional.empty(), ReadAhead.take(missing));
        assertEquals("missing.hybridnet.json: no such file", assertThrows(DiagramFormatException.class,
                () -> new DiagramReader().read(Path.of("missing.hybridnet.json"))).getMessage());
    }

    @Test
    void startingAnotherReadAheadForgetsTheOneNotTaken() throws Exception {
        Path file = design("first");
        Path other = dir.resolve("b.hybridnet.json");
        Files.writeString(other, String.format(DOC, "other"));
        ReadAhead.start(file);
        ReadAhead.start(other);
        assertEquals(Optional.empty(), ReadAhead.take(file));
        assertEquals("other", ReadAhead.take(other).orElseThrow().title());
    }
}
