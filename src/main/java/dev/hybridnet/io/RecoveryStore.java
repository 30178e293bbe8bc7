package dev.hybridnet.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hybridnet.model.Diagram;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recovery copies of unsaved work, in the user's data folder and never beside (or over) the user's own file.
 * Each running designer writes one file, {@code session-PID-ID.recovery.json}, holding the diagram, the file it
 * belongs to (if any), its name and when it was saved; it is deleted when the work is saved or the designer closes
 * normally. A file whose process no longer runs is an orphan: the work of a designer that crashed or was killed,
 * offered for restoring at the next start.
 */
public final class RecoveryStore {

    /** A recovery copy left by a designer that is no longer running. */
    public record Orphan(Path path, Optional<Path> file, String name, Instant savedAt) {
    }

    private static final Pattern NAME = Pattern.compile("session-(\\d+)-[0-9a-f-]+\\.recovery\\.json");
    /** Writes the recovery files; a plain factory, so that the window's start does not build an ObjectMapper. */
    private static final com.fasterxml.jackson.core.JsonFactory FACTORY = new com.fasterxml.jackson.core.JsonFactory();

    /** Reads them back: made the first time a recovery file is read, not when the window starts. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    private final Path folder;
    private final Path session;

    public RecoveryStore(Path folder) {
        this.folder = folder;
        // Not UUID.randomUUID(): SecureRandom's start-up (the security providers) delayed the window's first frame.
        // The process id is unique among running designers; the clock tells a reused id apart.
        this.session = folder.resolve("session-" + ProcessHandle.current().pid() + "-"
                + Long.toHexString(System.currentTimeMillis()) + "-" + Long.toHexString(System.nanoTime())
                + ".recovery.json");
    }

    /**
     * The recovery folder: {@code hybridnet.dataDir}/recovery when that system property is set, otherwise the
     * platform's place for application data (XDG_DATA_HOME or ~/.local/share on Linux, %LOCALAPPDATA% on Windows,
     * ~/Library/Application Support on macOS).
     */
    public static Path defaultFolder() {
        String override = System.getProperty("hybridnet.dataDir");
        if (override != null && !override.isBlank()) {
            return Path.of(override, "recovery");
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home", "."));
        if (os.contains("win")) {
            String local = System.getenv("LOCALAPPDATA");
            return (local != null ? Path.of(local) : home.resolve("AppData").resolve("Local"))
                    .resolve("HybridNet Designer").resolve("recovery");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("HybridNet Designer")
                    .resolve("recovery");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local").resolve("share"))
                .resolve("hybridnet").resolve("recovery");
    }

    public Path folder() {
        return folder;
    }

    /** This designer's recovery file (it exists only while there is unsaved work). */
    public Path sessionFile() {
        return session;
    }

    /** Writes (atomically) the recovery copy of this designer's unsaved work. */
    public void save(Diagram diagram, Optional<Path> file, String name, Instant savedAt) throws IOException {
        Files.createDirectories(folder);
        StringWriter text = new StringWriter();
        try (JsonGenerator out = FACTORY.createGenerator(text)) {
            out.writeStartObject();
            out.writeNumberField("hybridnetRecovery", 1);
            out.writeStringField("savedAt", savedAt.toString());
            out.writeStringField("name", name);
            if (file.isPresent()) {
                out.writeStringField("file", file.get().toString());
            }
            out.writeFieldName("diagram");
            out.writeRawValue(new DiagramWriter().write(diagram));
            out.writeEndObject();
        }
        AtomicFiles.write(session, text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Deletes this designer's recovery copy: the work is saved, discarded, or the designer closes normally. */
    public void clear() {
        try {
            Files.deleteIfExists(session);
        } catch (IOException e) {
            // A copy that cannot be deleted is offered again at the next start; nothing is lost.
        }
    }

    /** Recovery copies of designers that no longer run, the most recent first. Unreadable ones are skipped. */
    public List<Orphan> orphans() {
        List<Orphan> found = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return found;
        }
        try (var entries = Files.newDirectoryStream(folder, "session-*.recovery.json")) {
            for (Path entry : entries) {
                Matcher m = NAME.matcher(entry.getFileName().toString());
                if (!m.matches() || entry.equals(session) || running(Long.parseLong(m.group(1)))) {
                    continue;
                }
                describe(entry).ifPresent(found::add);
            }
        } catch (IOException | RuntimeException e) {
            return found;
        }
        found.sort(Comparator.comparing(Orphan::savedAt).reversed());
        return found;
    }

    private static boolean running(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private static Optional<Orphan> describe(Path entry) {
        try {
            JsonNode root = Json.MAPPER.readTree(entry.toFile());
            if (root == null || !root.has("diagram") || !root.path("savedAt").isTextual()) {
                return Optional.empty();
            }
            Optional<Path> file = root.path("file").isTextual() ? Optional.of(Path.of(root.get("file").asText()))
                    : Optional.empty();
            return Optional.of(new Orphan(entry, file, root.path("name").asText("Untitled"),
                    Instant.parse(root.get("savedAt").asText())));
        } catch (IOException | DateTimeParseException | java.nio.file.InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** The diagram of a recovery copy. */
    public Diagram load(Orphan orphan) throws IOException {
        JsonNode root = Json.MAPPER.readTree(orphan.path().toFile());
        return new DiagramReader().read(Json.MAPPER.writeValueAsString(root.get("diagram")), orphan.path().toString());
    }

    /** Deletes a recovery copy that was restored or discarded. */
    public void discard(Orphan orphan) {
        try {
            Files.deleteIfExists(orphan.path());
        } catch (IOException e) {
            // Offered again next time; nothing is lost.
        }
    }
}
