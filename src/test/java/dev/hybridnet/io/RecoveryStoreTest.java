package dev.hybridnet.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.model.Diagram;
import dev.hybridnet.samples.Sample;
import dev.hybridnet.samples.Samples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecoveryStoreTest {

    @TempDir
    Path dir;

    /** The copy a designer with process id {@code pid} would have left. */
    private Path leftBy(RecoveryStore store, long pid) throws IOException {
        Path moved = dir.resolve("session-" + pid + "-0f0f0f0f-0000-0000-0000-000000000000.recovery.json");
        Files.move(store.sessionFile(), moved);
        return moved;
    }

    @Test
    void aCopyOfThisDesignerIsNeverOfferedAndGoesWhenCleared() throws IOException {
        RecoveryStore store = new RecoveryStore(dir);
        store.save(Samples.load(Sample.VPN), Optional.empty(), "Untitled", Instant.now());
        assertTrue(Files.exists(store.sessionFile()));
        assertTrue(store.sessionFile().startsWith(dir));
        assertTrue(new RecoveryStore(dir).orphans().isEmpty(), "this process still runs: not an orphan");
        store.clear();
        assertFalse(Files.exists(store.sessionFile()));
    }

    @Test
    void aCopyOfADeadDesignerIsOfferedWithItsFileNameAndTimeAndLoadsWhole() throws IOException {
        RecoveryStore old = new RecoveryStore(dir);
        Diagram diagram = Samples.load(Sample.HUB_SPOKE);
        Instant when = Instant.parse("2026-12-06T14:32:05Z");
        old.save(diagram, Optional.of(Path.of("/designs/hub.hybridnet.json")), "hub.hybridnet.json", when);
        Path orphanFile = leftBy(old, 999_999_999L);

        RecoveryStore store = new RecoveryStore(dir);
        List<RecoveryStore.Orphan> orphans = store.orphans();
        assertEquals(1, orphans.size());
        RecoveryStore.Orphan orphan = orphans.get(0);
        assertEquals(orphanFile, orphan.path());
        assertEquals(Optional.of(Path.of("/designs/hub.hybridnet.json")), orphan.file());
        assertEquals("hub.hybridnet.json", orphan.name());
        assertEquals(when, orphan.savedAt());
        assertEquals(new DiagramWriter().write(diagram), new DiagramWriter().write(store.load(orphan)));
        store.discard(orphan);
        assertTrue(store.orphans().isEmpty());
    }

    @Test
    void theMostRecentComesFirstAndBrokenCopiesAreSkipped() throws IOException {
        RecoveryStore a = new RecoveryStore(dir);
        a.save(Samples.load(Sample.VPN), Optional.empty(), "older", Instant.parse("2026-01-01T00:00:00Z"));
        leftBy(a, 999_999_991L);
        RecoveryStore b = new RecoveryStore(dir);
        b.save(Samples.load(Sample.VPN), Optional.empty(), "newer", Instant.parse("2026-06-01T00:00:00Z"));
        leftBy(b, 999_999_992L);
        Files.writeString(dir.resolve("session-999999993-00000000-0000-0000-0000-000000000000.recovery.json"), "{");
        List<RecoveryStore.Orphan> orphans = new RecoveryStore(dir).orphans();
        assertEquals(List.of("newer", "older"), orphans.stream().map(RecoveryStore.Orphan::name).toList());
    }

    @Test
    void theDataFolderCanBeMovedForTests() {
        String before = System.getProperty("hybridnet.dataDir");
        try {
            System.setProperty("hybridnet.dataDir", dir.toString());
            assertEquals(dir.resolve("recovery"), RecoveryStore.defaultFolder());
        } finally {
            if (before == null) {
                System.clearProperty("hybridnet.dataDir");
            } else {
                System.setProperty("hybridnet.dataDir", before);
            }
        }
    }
}
