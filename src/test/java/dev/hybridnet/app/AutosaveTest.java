package dev.hybridnet.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.command.SetTitle;
import dev.hybridnet.io.DiagramWriter;
import dev.hybridnet.io.RecoveryStore;
import dev.hybridnet.samples.Sample;
import dev.hybridnet.samples.Samples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The recovery copy of unsaved work, written by the real window and offered after a crash. */
@ExtendWith(ApplicationExtension.class)
class AutosaveTest {

    private static final Preferences PREFS = Preferences.userRoot().node("dev/hybridnet/test-autosave");

    @TempDir
    static Path dir;

    private MainWindow window;
    private RecoveryStore store;

    @BeforeAll
    static void quickAutosave() {
        System.setProperty("hybridnet.autosaveSeconds", "0.5");
    }

    @AfterAll
    static void normalAutosave() {
        System.clearProperty("hybridnet.autosaveSeconds");
    }

    @Start
    void start(Stage stage) throws Exception {
        store = new RecoveryStore(dir.resolve("recovery-" + System.nanoTime()));
        window = WindowDriver.open(stage, PREFS, store).window();
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    }

    @Test
    void anUnsavedChangeIsCopiedSoonAndTheCopyGoesOnceSaved(FxRobot robot) throws Exception {
        assertFalse(Files.exists(store.sessionFile()), "nothing to keep before a change");
        robot.interact(() -> window.editor().execute(new SetTitle("Work in progress")));
        waitFor(() -> Files.exists(store.sessionFile()));
        assertTrue(Files.readString(store.sessionFile()).contains("Work in progress"));
        assertTrue(store.sessionFile().startsWith(dir), "in the recovery folder, not beside a user's file");

        Path file = dir.resolve("saved.hybridnet.json");
        robot.interact(() -> {
            try {
                window.document().saveAs(file);
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
        });
        waitFor(() -> !Files.exists(store.sessionFile()));
    }

    @Test
    void afterACrashTheCopyIsOfferedWithItsTimeAndRestoresAsUnsavedWork(FxRobot robot) throws Exception {
        RecoveryStore crashed = new RecoveryStore(store.folder());
        var diagram = Samples.load(Sample.EXPRESSROUTE);
        Path original = dir.resolve("er.hybridnet.json");
        crashed.save(diagram, Optional.of(original), "er.hybridnet.json", Instant.parse("2026-12-06T14:32:05Z"));
        Path left = store.folder().resolve("session-999999999-00000000-0000-0000-0000-000000000000.recovery.json");
        Files.move(crashed.sessionFile(), left);

        robot.interact(() -> javafx.application.Platform.runLater(window::offerRecovery));
        waitFor(() -> robot.lookup("#recovery-dialog").tryQuery().isPresent());
        DialogPane pane = robot.lookup("#recovery-dialog").queryAs(DialogPane.class);
        assertTrue(pane.getContentText().contains("your changes to " + original), pane.getContentText());
        assertTrue(pane.getContentText().contains("6 December 2026 at"), pane.getContentText());
        Button restore = (Button) pane.lookupButton(pane.getButtonTypes().stream()
                .filter(b -> b.getText().equals("Restore")).findFirst().orElseThrow());
        robot.interact(restore::fire);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(new DiagramWriter().write(diagram), new DiagramWriter().write(window.editor().diagram()));
        assertTrue(window.document().isDirty(), "restored work is unsaved until saved");
        assertEquals(Optional.of(original), window.document().file());
        assertFalse(Files.exists(left), "the restored copy is taken over");
        waitFor(() -> Files.exists(store.sessionFile()));
    }
}
