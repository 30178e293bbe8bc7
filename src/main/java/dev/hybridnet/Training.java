package dev.hybridnet;

import dev.hybridnet.app.AppPreferences;
import dev.hybridnet.app.DesignerApp;
import dev.hybridnet.cli.Cli;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import java.util.stream.Stream;

/**
 * The training run of the class-data-sharing archive (docs/decisions/0023-class-data-sharing.md): does what users
 * do most, so that the classes it loads are the ones the archive holds. The build runs it with
 * {@code -XX:DumpLoadedClassList} in {@code mvn package} and then dumps the archive from that list (pom.xml,
 * executions {@code cds-training-run} and {@code cds-archive}); installed copies dump theirs from the same list
 * with {@code packaging/cds-archive.sh}. A run that does not end as expected exits with status 1 and fails the build.
 *
 * <p>{@code java dev.hybridnet.Training cli} runs the command line over the samples: validate in every format,
 * export to every format and style, import an ARM template, lay out, list the rules, print help and version.
 * {@code java dev.hybridnet.Training window} opens the designer with a sample until its first frame is shown
 * (it needs a display, or JavaFX's headless Monocle platform), then quits. Everything goes to a temporary folder
 * that is deleted afterwards; nothing is printed but a failure.
 */
public final class Training {

    private static final String TRAINING_PREFERENCES = "dev/hybridnet/training";

    private static final String ARM_TEMPLATE = "/dev/hybridnet/training/hub-spoke-vpn.arm.json";

    private Training() {
    }

    public static void main(String[] args) throws IOException {
        List<String> modes = args.length == 0 ? List.of("cli") : List.of(args);
        for (String mode : modes) {
            switch (mode) {
                case "cli" -> cli();
                case "window" -> window();
                default -> {
                    System.err.println("usage: java dev.hybridnet.Training [cli] [window]");
                    System.exit(2);
                }
            }
        }
    }

    /** Runs the common commands; fails (exit status 1) if any of them does not end as expected. */
    static void cli() throws IOException {
        Path dir = Files.createTempDirectory("hybridnet-training");
        try {
            List<String> failures = new ArrayList<>();
            run(failures, 0, "samples", "write", dir.resolve("samples").toString());
            List<Path> samples;
            try (Stream<Path> files = Files.list(dir.resolve("samples"))) {
                samples = files.filter(p -> p.toString().endsWith(".hybridnet.json")).sorted().toList();
            }
            String first = samples.get(0).toString();
            String folder = dir.resolve("samples").toString();
            run(failures, 0, "--version");
            run(failures, 0, "--help");
            run(failures, 0, "rules");
            run(failures, 0, "samples", "list");
            run(failures, 0, "validate", folder);
            run(failures, 0, "validate", "--format", "json", "-o", dir.resolve("v.json").toString(), folder);
            run(failures, 0, "validate", "--format", "sarif", "-o", dir.resolve("v.sarif").toString(), folder);
            Path out = dir.resolve("out");
            run(failures, 0, "export", folder, "-o", out + "/");
            run(failures, 0, "export", "--style", "card", folder, "-o", dir.resolve("cards") + "/");
            run(failures, 0, "export", "--format", "png", first, "-o", dir.resolve("a.png").toString());
            run(failures, 0, "export", "--format", "pdf", first, "-o", dir.resolve("a.pdf").toString());
            // A large hub, whose connections take the router's grid search (the samples' do not).
            Path hub = dir.resolve("hub.hybridnet.json");
            run(failures, 0, "generate", "--spokes", "40", "-o", hub.toString());
            run(failures, 0, "export", hub.toString(), "-o", dir.resolve("hub.svg").toString());
            run(failures, 0, "export", "--format", "png", hub.toString(), "-o", dir.resolve("hub.png").toString());
            run(failures, 0, "validate", hub.toString());
            Path template = dir.resolve("template.json");
            try (InputStream in = Training.class.getResourceAsStream(ARM_TEMPLATE)) {
                if (in == null) {
                    throw new IOException("resource " + ARM_TEMPLATE + " is missing from the build");
                }
                Files.copy(in, template);
            }
            Path imported = dir.resolve("imported.hybridnet.json");
            run(failures, 0, "import", template.toString(), "-o", imported.toString());
            run(failures, 0, "layout", imported.toString(), "-o", dir.resolve("laid-out.hybridnet.json").toString());
            run(failures, 2, "validate", dir.resolve("missing.hybridnet.json").toString());
            run(failures, 2, "no-such-command");
            if (!failures.isEmpty()) {
                System.err.println("training run failed: " + String.join("; ", failures));
                System.exit(1);
            }
        } finally {
            deleteTree(dir);
        }
    }

    private static void run(List<String> failures, int expected, String... args) {
        PrintWriter discard = new PrintWriter(OutputStream.nullOutputStream(), true);
        int status = Cli.run(InputStream.nullInputStream(), OutputStream.nullOutputStream(), discard, args);
        if (status != expected) {
            failures.add(String.join(" ", args) + " ended with " + status + ", not " + expected);
        }
    }

    /** Opens the designer with a sample and quits after its first frame. */
    static void window() throws IOException {
        Path dir = Files.createTempDirectory("hybridnet-training");
        try {
            Cli.run(InputStream.nullInputStream(), OutputStream.nullOutputStream(),
                    new PrintWriter(OutputStream.nullOutputStream(), true), "samples", "write", dir.toString());
            Path sample = dir.resolve("hub-spoke.hybridnet.json");
            JavaFxWarnings.quietUnnamedModuleWarning();
            loadDesktopPlatformClasses();
            readPreferencesXml();
            System.setProperty("hybridnet.measureStartup", "true");
            // The recent files and window bounds of this run go to a node of their own, removed afterwards.
            System.setProperty(AppPreferences.NODE_PROPERTY, TRAINING_PREFERENCES);
            PrintStream out = System.out;
            System.setOut(new PrintStream(OutputStream.nullOutputStream()));
            try {
                DesignerApp.open(sample.toString());
            } finally {
                System.setOut(out);
            }
        } finally {
            deleteTree(dir);
            try {
                Preferences.userRoot().node(TRAINING_PREFERENCES).removeNode();
            } catch (BackingStoreException | IllegalStateException e) {
                // Nothing was stored, or the store is not writable: nothing to remove.
            }
        }
    }

    /**
     * The classes of JavaFX's Linux desktop platform (GTK and the OpenGL pipeline's probe) that a start on a desktop
     * loads and this run, on the headless platform, does not: loaded (not initialised) so that the class list, and
     * so the archive, holds them too (decision 0026). Elsewhere they are not on the class path and are skipped.
     */
    static final List<String> DESKTOP_PLATFORM_CLASSES = List.of(
            "com.sun.glass.ui.gtk.GtkPlatformFactory", "com.sun.glass.ui.gtk.GtkApplication",
            "com.sun.glass.ui.gtk.GtkWindow", "com.sun.glass.ui.gtk.GtkView", "com.sun.glass.ui.gtk.GtkRobot",
            "com.sun.glass.ui.gtk.GtkPixels", "com.sun.glass.ui.gtk.GtkCursor", "com.sun.glass.ui.gtk.GtkTimer",
            "com.sun.glass.ui.gtk.GtkClipboardDelegate", "com.sun.glass.ui.gtk.GtkSystemClipboard",
            "com.sun.glass.ui.gtk.GtkDnDClipboard", "com.sun.glass.ui.Clipboard", "com.sun.glass.ui.SystemClipboard",
            "com.sun.glass.ui.Size", "com.sun.glass.ui.InvokeLaterDispatcher",
            "com.sun.glass.ui.InvokeLaterDispatcher$Future", "com.sun.glass.ui.InvokeLaterDispatcher$InvokeLaterSubmitter",
            "com.sun.glass.ui.delegate.MenuBarDelegate", "com.sun.glass.ui.delegate.MenuDelegate",
            "com.sun.glass.ui.delegate.MenuItemDelegate", "com.sun.prism.es2.ES2Pipeline",
            "com.sun.prism.es2.ES2ResourceFactory", "com.sun.prism.es2.GLContext", "com.sun.prism.es2.GLDrawable",
            "com.sun.prism.es2.GLFactory", "com.sun.prism.es2.GLFactory$FactoryLoader", "com.sun.prism.es2.GLGPUInfo",
            "com.sun.prism.es2.GLPixelFormat", "com.sun.prism.es2.GLPixelFormat$Attributes",
            "com.sun.prism.es2.X11GLContext", "com.sun.prism.es2.X11GLDrawable", "com.sun.prism.es2.X11GLFactory",
            "com.sun.prism.es2.X11GLPixelFormat", "com.sun.prism.impl.ps.BaseShaderFactory",
            "com.sun.prism.ps.ShaderFactory", "java.util.concurrent.LinkedBlockingDeque",
            "java.util.concurrent.LinkedBlockingDeque$Node");

    private static void loadDesktopPlatformClasses() {
        ClassLoader loader = Training.class.getClassLoader();
        for (String name : DESKTOP_PLATFORM_CLASSES) {
            try {
                Class.forName(name, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                // Not this platform's JavaFX: nothing to preload.
            }
        }
    }

    /**
     * Reads a preferences document as Java reads the user's stored preferences at every start of the window (an
     * XML parser with its document type), into this run's own node, so that the archive holds that parser's classes.
     */
    private static void readPreferencesXml() {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>"
                + "<!DOCTYPE preferences SYSTEM \"http://java.sun.com/dtd/preferences.dtd\">"
                + "<preferences EXTERNAL_XML_VERSION=\"1.0\"><root type=\"user\"><map/>"
                + "<node name=\"dev\"><map/><node name=\"hybridnet\"><map/><node name=\"training\">"
                + "<map><entry key=\"theme\" value=\"LIGHT\"/></map></node></node></node></root></preferences>";
        try {
            Preferences.importPreferences(new java.io.ByteArrayInputStream(
                    xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (IOException | java.util.prefs.InvalidPreferencesFormatException | SecurityException e) {
            // Only a wider archive is lost.
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
