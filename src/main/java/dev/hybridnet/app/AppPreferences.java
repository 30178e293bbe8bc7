package dev.hybridnet.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.prefs.Preferences;

/**
 * What the designer remembers between runs, in the user's Java preferences: recent files, the window's size
 * and position, the theme, the smart guides and the last export's settings. A failing preference store is ignored; remembering is a convenience, never a reason to fail.
 */
public final class AppPreferences {

    static final int MAX_RECENT = 8;

    private final Preferences node;

    AppPreferences(Preferences node) {
        this.node = node;
    }

    /** The system property naming another preferences node, for runs that must not touch the user's own. */
    public static final String NODE_PROPERTY = "hybridnet.preferencesNode";

    static AppPreferences user() {
        return new AppPreferences(Preferences.userRoot().node(System.getProperty(NODE_PROPERTY,
                "dev/hybridnet/designer")));
    }

    /** Recent files, most recent first, without the ones that no longer exist. */
    List<Path> recentFiles() {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < MAX_RECENT; i++) {
            String value = node.get("recent." + i, null);
            if (value != null && !value.isBlank()) {
                Path p = Path.of(value);
                if (Files.isRegularFile(p) && !files.contains(p)) {
                    files.add(p);
                }
            }
        }
        return files;
    }

    void addRecent(Path file) {
        List<Path> files = new ArrayList<>(recentFiles());
        Path absolute = file.toAbsolutePath().normalize();
        files.remove(absolute);
        files.add(0, absolute);
        for (int i = 0; i < MAX_RECENT; i++) {
            if (i < files.size()) {
                node.put("recent." + i, files.get(i).toString());
            } else {
                node.remove("recent." + i);
            }
        }
        flush();
    }

    /** The window's last bounds: x, y, width, height, and whether it was maximised. */
    record WindowBounds(double x, double y, double width, double height, boolean maximized) {
    }

    Optional<WindowBounds> windowBounds() {
        double w = node.getDouble("window.width", -1);
        double h = node.getDouble("window.height", -1);
        if (w < 200 || h < 150) {
            return Optional.empty();
        }
        return Optional.of(new WindowBounds(node.getDouble("window.x", 0), node.getDouble("window.y", 0), w, h,
                node.getBoolean("window.maximized", false)));
    }

    void saveWindowBounds(WindowBounds b) {
        node.putDouble("window.x", b.x());
        node.putDouble("window.y", b.y());
        node.putDouble("window.width", b.width());
        node.putDouble("window.height", b.height());
        node.putBoolean("window.maximized", b.maximized());
        flush();
    }

    Theme theme() {
        try {
            return Theme.valueOf(node.get("theme", Theme.LIGHT.name()));
        } catch (IllegalArgumentException e) {
            return Theme.LIGHT;
        }
    }

    /** Whether the minimap shows in the canvas's corner (it does until the user hides it). */
    boolean minimap() {
        return node.getBoolean("minimap", true);
    }

    void saveMinimap(boolean shown) {
        node.putBoolean("minimap", shown);
        flush();
    }

    void saveTheme(Theme theme) {
        node.put("theme", theme.name());
        flush();
    }

    /** Whether moves snap to smart guides: on unless turned off in the View menu. */
    boolean smartGuides() {
        return node.getBoolean("view.smartGuides", true);
    }

    void saveSmartGuides(boolean on) {
        node.putBoolean("view.smartGuides", on);
        flush();
    }

    /** The settings of the last export (format, style, scale, background, page, selection only), or {@code fallback} when none. */
    ExportDialog.Choice exportChoice(ExportDialog.Choice fallback) {
        try {
            return new ExportDialog.Choice(
                    dev.hybridnet.export.PictureFormat.valueOf(node.get("export.format", fallback.format().name())),
                    dev.hybridnet.render.PictureStyle.valueOf(node.get("export.style", fallback.style().name())),
                    sensibleScale(node.getDouble("export.scale", fallback.scale()), fallback.scale()),
                    dev.hybridnet.export.Background.valueOf(node.get("export.background",
                            fallback.background().name())),
                    dev.hybridnet.export.PageSize.valueOf(node.get("export.page", fallback.page().name())),
                    node.getBoolean("export.selectionOnly", fallback.selectionOnly()));
        } catch (IllegalArgumentException e) {
            return fallback; // settings of another version: start again from the defaults
        }
    }

    private static double sensibleScale(double scale, double fallback) {
        return Double.isFinite(scale) && scale > 0 && scale <= 16 ? scale : fallback;
    }

    void saveExportChoice(ExportDialog.Choice c) {
        node.put("export.format", c.format().name());
        node.put("export.style", c.style().name());
        node.putDouble("export.scale", c.scale());
        node.put("export.background", c.background().name());
        node.put("export.page", c.page().name());
        node.putBoolean("export.selectionOnly", c.selectionOnly());
        flush();
    }

    /**
     * Writes the preferences to their store on a thread of their own, a moment later, once for any number of
     * changes in that moment. Writing them (an XML file and its lock, on Linux) took a twentieth of a second of the
     * window's thread when a file was opened, and then competed with building the window for the processor
     * (decision 0027). What is not yet written when the program ends is written by the preferences' own exit hook;
     * Java also writes them every 30 seconds.
     */
    private void flush() {
        if (writePending.compareAndSet(false, true)) {
            WRITER.schedule(() -> {
                writePending.set(false);
                try {
                    node.flush();
                } catch (java.util.prefs.BackingStoreException | SecurityException | IllegalStateException e) {
                    // Preferences are a convenience; the next run starts with defaults.
                }
            }, WRITE_DELAY_MS, java.util.concurrent.TimeUnit.MILLISECONDS);
        }
    }

    /** How long a change waits before it is written: past the window's first frame. */
    static final long WRITE_DELAY_MS = 2000;

    private final java.util.concurrent.atomic.AtomicBoolean writePending = new java.util.concurrent.atomic.AtomicBoolean();

    private static final java.util.concurrent.ScheduledExecutorService WRITER =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "preferences-writer");
                t.setDaemon(true);
                return t;
            });
}
