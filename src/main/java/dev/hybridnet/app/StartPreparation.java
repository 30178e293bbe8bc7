package dev.hybridnet.app;

import dev.hybridnet.validation.Validator;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The part of the window's start that needs no JavaFX, done on a thread of its own while the JavaFX toolkit starts
 * (GTK and the graphics pipeline take about a third of a second, in which the window cannot be built yet): the
 * user's preferences are read (Java's preferences parse an XML file on first use), and the checker's rules are made
 * (their classes build tables and parse address ranges when first used). The window takes the preferences from
 * here; the rules are simply ready when its editor asks for them. Whatever fails here is met again, and handled as
 * before, on the window's own thread (decision 0026).
 */
final class StartPreparation {

    private static volatile CompletableFuture<AppPreferences> preferences;

    private StartPreparation() {
    }

    /** Starts the work; call once, before JavaFX starts. */
    static void start() {
        CompletableFuture<AppPreferences> read = new CompletableFuture<>();
        preferences = read;
        Thread thread = new Thread(() -> {
            try {
                AppPreferences user = AppPreferences.user();
                user.theme(); // the first read loads the node from disk
                read.complete(user);
            } catch (RuntimeException e) {
                read.completeExceptionally(e);
            }
            try {
                new Validator();
            } catch (RuntimeException | LinkageError e) {
                // The editor makes its validator on the window's thread and meets the same failure there.
            }
        }, "hybridnet-prepare");
        thread.setDaemon(true);
        thread.start();
    }

    /** The user's preferences: those read while JavaFX started, or, if that was not started or failed, read now. */
    static AppPreferences preferences() {
        CompletableFuture<AppPreferences> read = preferences;
        if (read != null) {
            try {
                return read.join();
            } catch (CompletionException | CancellationException e) {
                // read again below, on this thread
            }
        }
        return AppPreferences.user();
    }
}
