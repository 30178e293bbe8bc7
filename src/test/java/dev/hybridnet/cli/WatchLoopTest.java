package dev.hybridnet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WatchLoopTest {

    @TempDir
    Path dir;

    @Test
    void aBurstOfWritesIsOneExportOfTheChangedFileOnlyAndTheStopConditionEndsTheLoop() throws Exception {
        Path a = dir.resolve("a.hybridnet.json");
        Path b = dir.resolve("b.hybridnet.json");
        Files.writeString(a, "1");
        Files.writeString(b, "1");
        Input inputA = new Input(a, a.getFileName(), false);
        Input inputB = new Input(b, b.getFileName(), false);
        List<Input> exported = new CopyOnWriteArrayList<>();
        WatchLoop loop = new WatchLoop(List.of(inputA, inputB), Duration.ofMillis(300), () -> !exported.isEmpty());
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> loop.run(() -> {
            try {
                // Three writes well within the debounce time, as an editor's save may be.
                for (int i = 2; i <= 4; i++) {
                    Files.writeString(a, Integer.toString(i));
                    Thread.sleep(30);
                }
                Files.writeString(dir.resolve("unrelated.txt"), "x");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, exported::add));
        assertEquals(List.of(inputA), exported);
    }
}
