package dev.hybridnet.app;

import dev.hybridnet.command.SetTitle;
import dev.hybridnet.editor.Editor;
import dev.hybridnet.io.DiagramReader;
import dev.hybridnet.io.DiagramWriter;
import dev.hybridnet.model.Diagram;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The open document: the editor and the file it came from (none while untitled). Loading and saving go
 * through the core's reader and atomic writer; a file that fails to load leaves the document as it was.
 */
final class Document {

    static final String EXTENSION = ".hybridnet.json";

    /** The title of a new design, until it is saved under a name or given a title. */
    static final String NEW_TITLE = "Untitled diagram";

    private final Editor editor;
    private Optional<Path> file = Optional.empty();
    private String untitledName = "Untitled";

    Document(Editor editor) {
        this.editor = editor;
    }

    Editor editor() {
        return editor;
    }

    Optional<Path> file() {
        return file;
    }

    /** The name the title bar shows. */
    String name() {
        return file.map(f -> f.getFileName().toString()).orElse(untitledName);
    }

    boolean isDirty() {
        return editor.isDirty();
    }

    void startNew() {
        replace(Diagram.empty(NEW_TITLE), Optional.empty(), "Untitled");
    }

    /** An untitled copy of a diagram, e.g. a sample. */
    void startFrom(Diagram diagram, String name) {
        replace(diagram, Optional.empty(), name);
    }

    /** Reads {@code path}; on failure throws and changes nothing. */
    void open(Path path) throws IOException {
        Diagram diagram = new DiagramReader().read(path);
        replace(diagram, Optional.of(path.toAbsolutePath().normalize()), "Untitled");
    }

    /** Writes the diagram atomically to {@code path}, which becomes the document's file. */
    void saveAs(Path path) throws IOException {
        Optional<String> named = titleOnSaving(editor.diagram().title(), path);
        Diagram saved = named.map(editor.diagram()::withTitle).orElse(editor.diagram());
        new DiagramWriter().save(saved, path);
        named.ifPresent(title -> editor.execute(new SetTitle(title)));
        file = Optional.of(path.toAbsolutePath().normalize());
        editor.markSaved();
    }

    /**
     * The title a diagram takes when it is saved as {@code path}: while it has none of its own (empty, or the
     * "Untitled diagram" a new design starts with), the file's name without our extension; otherwise none, and
     * the title stays.
     */
    static Optional<String> titleOnSaving(String title, Path path) {
        if (!title.isBlank() && !title.equals(NEW_TITLE)) {
            return Optional.empty();
        }
        String name = Objects.requireNonNull(path.getFileName(), "file name").toString();
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        String base = lower.endsWith(EXTENSION) ? name.substring(0, name.length() - EXTENSION.length())
                : lower.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
        return base.isBlank() ? Optional.empty() : Optional.of(base);
    }

    /**
     * Work restored after a crash: unsaved, under its old name, and belonging to its old file when it had one (so
     * that Save writes it there).
     */
    void restore(Diagram diagram, Optional<Path> oldFile, String name) {
        file = oldFile;
        untitledName = name;
        editor.openUnsaved(diagram);
    }

    /**
     * A file name with our extension, so that the Open dialog's filter shows the file again: "vpn" and "vpn.json"
     * (the ending some file dialogs add) become "vpn.hybridnet.json"; a name with the extension stays.
     */
    static Path withExtension(Path chosen) {
        String name = Objects.requireNonNull(chosen.getFileName(), "file name").toString();
        if (name.toLowerCase(java.util.Locale.ROOT).endsWith(EXTENSION)) {
            return chosen;
        }
        String base = name.toLowerCase(java.util.Locale.ROOT).endsWith(".json")
                ? name.substring(0, name.length() - ".json".length()) : name;
        return chosen.resolveSibling(base + EXTENSION);
    }

    private void replace(Diagram diagram, Optional<Path> newFile, String newUntitledName) {
        file = newFile;
        untitledName = newUntitledName;
        editor.open(diagram);
    }
}
