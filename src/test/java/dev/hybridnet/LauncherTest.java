package dev.hybridnet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The launcher as a separate process, the way a user starts it. */
class LauncherTest {

    private record Run(int exit, String out, String err) {
    }

    private static Run launch(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Launcher.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        Process p = builder.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the launcher finished");
        return new Run(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void withoutADisplayTheWindowRequestExplainsTheCommandLineInsteadOfFailing() throws Exception {
        Run run = launch();
        assertEquals(Launcher.NO_WINDOW, run.exit());
        assertTrue(run.err().contains("no display, so the designer window cannot open"), run.err());
        assertTrue(run.err().contains("hybridnet validate"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void aCommandRunsWithoutADisplay() throws Exception {
        Run run = launch("samples", "list");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("hub-spoke"), run.out());
    }
}
