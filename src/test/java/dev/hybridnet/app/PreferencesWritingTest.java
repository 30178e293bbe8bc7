package dev.hybridnet.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.prefs.AbstractPreferences;
import org.junit.jupiter.api.Test;

/**
 * Preferences are written a moment after a change, once for the changes of that moment, on a thread of their own
 * (decision 0027): the window's start is not spent writing an XML file.
 */
class PreferencesWritingTest {

    /** An in-memory store that notes when and on which thread it was asked to write. */
    private static final class Store extends AbstractPreferences {
        final Map<String, String> values = new HashMap<>();
        final List<Long> writes = new CopyOnWriteArrayList<>();
        final List<String> threads = new CopyOnWriteArrayList<>();

        Store() {
            super(null, "");
        }

        @Override
        protected void putSpi(String key, String value) {
            values.put(key, value);
        }

        @Override
        protected String getSpi(String key) {
            return values.get(key);
        }

        @Override
        protected void removeSpi(String key) {
            values.remove(key);
        }

        @Override
        protected void removeNodeSpi() {
        }

        @Override
        protected String[] keysSpi() {
            return values.keySet().toArray(String[]::new);
        }

        @Override
        protected String[] childrenNamesSpi() {
            return new String[0];
        }

        @Override
        protected AbstractPreferences childSpi(String name) {
            throw new UnsupportedOperationException();
        }

        @Override
        protected void syncSpi() {
        }

        @Override
        protected void flushSpi() {
            writes.add(System.nanoTime());
            threads.add(Thread.currentThread().getName());
        }
    }

    @Test
    void changesInOneMomentAreWrittenOnceALittleLaterOnTheWritersThread() throws Exception {
        Store store = new Store();
        AppPreferences preferences = new AppPreferences(store);
        long start = System.nanoTime();
        preferences.saveTheme(Theme.DARK);
        preferences.saveMinimap(false);
        preferences.addRecent(java.nio.file.Path.of("a.hybridnet.json"));
        assertEquals(List.of(), store.writes, "nothing written at once");
        assertEquals(Theme.DARK, preferences.theme(), "the values are there at once");

        long deadline = System.nanoTime() + 10_000_000_000L;
        while (store.writes.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        Thread.sleep(300);
        assertEquals(1, store.writes.size(), "one write for the three changes");
        assertTrue(store.writes.get(0) - start >= AppPreferences.WRITE_DELAY_MS * 1_000_000,
                "written after the delay");
        assertEquals(List.of("preferences-writer"), store.threads);

        preferences.saveMinimap(true);
        deadline = System.nanoTime() + 10_000_000_000L;
        while (store.writes.size() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertEquals(2, store.writes.size(), "a later change is written again");
    }
}
