package dev.hybridnet.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.io.RecoveryStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Kills a running designer (SIGKILL, no shutdown hooks) and finds its unsaved work at the next start. */
class KillTest {

    @TempDir
    Path dir;

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void theWorkOfAKilledDesignerIsOfferedAtTheNextStart() throws Exception {
        Path folder = dir.resolve("recovery");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Djava.awt.headless=true", "-Dtestfx.headless=true", "-Dglass.platform=Monocle",
                "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dhybridnet.autosaveSeconds=0.5",
                KilledDesigner.class.getName(), folder.toString(), "Killed before saving"));
        Process designer = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("designer.log").toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline && designer.isAlive() && !copyWritten(folder)) {
                Thread.sleep(100);
            }
            assertTrue(copyWritten(folder), "the designer wrote its recovery copy: "
                    + Files.readString(dir.resolve("designer.log")));
        } finally {
            designer.destroyForcibly();
            designer.waitFor(30, TimeUnit.SECONDS);
        }
        List<RecoveryStore.Orphan> orphans = new RecoveryStore(folder).orphans();
        assertEquals(1, orphans.size(), "the killed designer's copy is offered");
        assertEquals("Killed before saving", new RecoveryStore(folder).load(orphans.get(0)).title());
    }

    private static boolean copyWritten(Path folder) throws java.io.IOException {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (var files = Files.list(folder)) {
            return files.anyMatch(p -> p.getFileName().toString().endsWith(".recovery.json"));
        }
    }
}
