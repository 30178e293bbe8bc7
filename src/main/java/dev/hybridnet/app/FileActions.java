package dev.hybridnet.app;

import dev.hybridnet.export.Background;
import dev.hybridnet.export.ExportException;
import dev.hybridnet.export.PictureFormat;
import dev.hybridnet.io.AtomicFiles;
import dev.hybridnet.render.Decorations;
import dev.hybridnet.render.Drawing;
import dev.hybridnet.render.Excerpt;
import dev.hybridnet.render.PictureStyle;
import dev.hybridnet.samples.Sample;
import dev.hybridnet.samples.Samples;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.controlsfx.control.Notifications;

/**
 * The File menu: New, Open, Open Sample, Save, Save As, Export, recent files. Each failure shows one dialog with
 * the message of the reader or writer, and the open document stays as it was.
 */
final class FileActions {

    private final MainWindow window;
    private final Stage stage;
    private final Document document;
    private final AppPreferences preferences;
    private Runnable recentFilesChanged = () -> { };
    private ExportDialog.Choice lastExport;
    private java.util.function.Function<ExportDialog.Choice, Optional<Path>> exportFile = this::chooseExportFile;

    FileActions(MainWindow window, Stage stage, Document document, AppPreferences preferences) {
        this.window = window;
        this.stage = stage;
        this.document = document;
        this.preferences = preferences;
        this.lastExport = preferences.exportChoice(new ExportDialog.Choice(PictureFormat.SVG, PictureStyle.FULL, 1,
                Background.WHITE));
    }

    AppPreferences preferences() {
        return preferences;
    }

    /** Called after a file was opened or saved, so the Open Recent menu can follow. */
    void onRecentFilesChanged(Runnable listener) {
        recentFilesChanged = listener;
    }

    private void remember(Path file) {
        preferences.addRecent(file);
        recentFilesChanged.run();
    }

    void newDiagram() {
        if (confirmDiscard()) {
            document.startNew();
            window.documentOpened();
        }
    }

    void openWithChooser() {
        if (!confirmDiscard()) {
            return;
        }
        FileChooser chooser = chooser("Open Diagram");
        File chosen = chooser.showOpenDialog(stage);
        if (chosen != null) {
            load(chosen.toPath());
        }
    }

    /** Opens {@code file}, first asking about unsaved changes. */
    void open(Path file) {
        if (confirmDiscard()) {
            load(file);
        }
    }

    private void load(Path file) {
        try {
            opened(file);
        } catch (IOException e) {
            error("Could not open " + file.getFileName(), dev.hybridnet.io.SafeText.escape(
                    dev.hybridnet.io.IoMessages.oneLine(e, file)));
        }
    }

    /**
     * Opens the file named on the command line before the window is first shown, so that the window's first
     * layout already holds it; false, with nothing changed, if it cannot be read (the caller opens it again once
     * the window is shown, which says why in a dialog over the window).
     */
    boolean openBeforeShown(Path file) {
        try {
            opened(file);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private void opened(Path file) throws IOException {
        document.open(file);
        window.documentOpened();
        remember(file);
        window.say("Opened " + file.getFileName());
    }

    /** File ▸ Import…: templates or resource JSON as an untitled, laid-out diagram, with the import report. */
    void importFiles() {
        if (confirmDiscard()) {
            ImportAction.chooseAndImport(stage, document, window::documentOpened);
        }
    }

    void openSample() {
        if (!confirmDiscard()) {
            return;
        }
        Optional<Sample> sample = SampleGallery.choose(stage);
        sample.ifPresent(this::openSample);
    }

    /** Opens a bundled sample as an untitled copy. */
    void openSample(Sample sample) {
        document.startFrom(Samples.load(sample), "Untitled (" + sample.title() + ")");
        window.documentOpened();
    }

    /** Saves to the document's file, or asks for one; false when nothing was saved. */
    boolean save() {
        if (document.file().isEmpty()) {
            return saveAs();
        }
        return write(document.file().get());
    }

    boolean saveAs() {
        FileChooser chooser = chooser("Save Diagram As");
        document.file().ifPresent(f -> {
            chooser.setInitialDirectory(f.getParent().toFile());
            chooser.setInitialFileName(f.getFileName().toString());
        });
        File chosen = chooser.showSaveDialog(stage);
        return chosen != null && write(Document.withExtension(chosen.toPath()));
    }

    /** Writes the diagram to {@code file}; false (after telling the user) when that failed. */
    boolean write(Path file) {
        try {
            document.saveAs(file);
            remember(file);
            window.say("Saved " + file.getFileName());
            return true;
        } catch (IOException e) {
            error("Could not save " + file.getFileName(), dev.hybridnet.io.IoMessages.oneLine(e, file) + "\nThe previous file, if any, is "
                    + "unchanged.");
            return false;
        }
    }

    void export() {
        boolean hasSelection = !window.editor().selection().isEmpty();
        Optional<ExportDialog.Request> request = ExportDialog.ask(stage, lastExport, hasSelection);
        if (request.isEmpty()) {
            return;
        }
        ExportDialog.Choice chosenSettings = request.get().choice();
        // "Selection only" is kept for the next time only when it could be offered and was ticked.
        lastExport = hasSelection ? chosenSettings : chosenSettings.withSelectionOnly(lastExport.selectionOnly());
        preferences.saveExportChoice(lastExport);
        if (request.get().print()) {
            print(chosenSettings);
            return;
        }
        exportFile.apply(chosenSettings).ifPresent(out -> export(chosenSettings, out));
    }

    /** Asks where to write an export with the system's file chooser; the name ends in the format's extension. */
    private Optional<Path> chooseExportFile(ExportDialog.Choice c) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export As " + c.format());
        String ext = c.format().extension();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(c.format() + " files", "*" + ext));
        chooser.setInitialFileName(exportBaseName(document.name(), window.editor().diagram().title())
                + (c.style() == PictureStyle.CARD ? "-card" : c.selectionOnly() ? "-selection" : "") + ext);
        File chosen = chooser.showSaveDialog(stage);
        if (chosen == null) {
            return Optional.empty();
        }
        return Optional.of(chosen.getName().toLowerCase(java.util.Locale.ROOT).endsWith(ext) ? chosen.toPath()
                : chosen.toPath().resolveSibling(chosen.getName() + ext));
    }

    /** For window tests: where exports go instead of asking the system's file chooser (which Monocle lacks). */
    void answerExportFilesWith(java.util.function.Function<ExportDialog.Choice, Optional<Path>> answer) {
        exportFile = answer;
    }

    /** The picture a choice asks for: the whole design in its style, or the selection's part of the full picture. */
    Drawing drawing(ExportDialog.Choice c) {
        if (c.selectionOnly() && c.style() == PictureStyle.FULL && !window.editor().selection().isEmpty()) {
            return Excerpt.of(window.editor().diagram(), window.editor().selection().ids(), Decorations.none());
        }
        return c.style().draw(window.editor().diagram(), Decorations.none());
    }

    /** Writes the picture through the core exporters; false (after telling the user) on failure. */
    boolean export(ExportDialog.Choice c, Path out) {
        try {
            byte[] bytes = c.format().encode(drawing(c), c.scale(), c.background(), c.page());
            AtomicFiles.write(out, bytes);
            window.say("Exported " + out.getFileName());
            if (stage.isShowing()) {
                Notifications.create().owner(stage).title("Exported").text(out.toString()).showInformation();
            }
            return true;
        } catch (ExportException | IOException | IllegalArgumentException e) {
            error("Could not export " + out.getFileName(), e.getMessage());
            return false;
        }
    }

    /** File ▸ Print…: the last export's style (and selection) through the printer dialog. */
    void print() {
        print(lastExport);
    }

    private void print(ExportDialog.Choice c) {
        try {
            if (Printing.print(stage, drawing(c)) == Printing.Outcome.PRINTED) {
                window.say("Printed " + document.name());
            }
        } catch (Printing.PrintException | IllegalArgumentException e) {
            error("Could not print " + document.name(), e.getMessage());
        }
    }

    /**
     * The name an export is offered under: the file's name without its extension, or for an untitled document its
     * diagram's title in file-name form ("Site-to-site VPN" gives "site-to-site-vpn"), else "diagram".
     */
    static String exportBaseName(String documentName, String title) {
        if (documentName.endsWith(Document.EXTENSION)) {
            return documentName.substring(0, documentName.length() - Document.EXTENSION.length());
        }
        if (!documentName.startsWith("Untitled")) {
            return documentName.replace(".json", "");
        }
        String slug = title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() || slug.equals("untitled-diagram") ? "diagram" : slug;
    }

    /**
     * Asks what to do with unsaved changes: Save, Don't Save or Cancel. True when the caller may go on.
     */
    boolean confirmDiscard() {
        if (!document.isDirty()) {
            return true;
        }
        ButtonType saveButton = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", saveButton, discard, ButtonType.CANCEL);
        alert.initOwner(stage);
        alert.setTitle(MainWindow.APP_NAME);
        alert.setHeaderText("Save the changes to " + document.name() + "?");
        alert.setContentText("Your changes are lost if you don't save them.");
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) {
            return false;
        }
        return answer.get() == discard || save();
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("HybridNet diagrams (*" + Document.EXTENSION + ")",
                        "*" + Document.EXTENSION),
                new FileChooser.ExtensionFilter("All files", "*"));
        preferences.recentFiles().stream().findFirst().map(Path::getParent).filter(p -> p.toFile().isDirectory())
                .ifPresent(p -> chooser.setInitialDirectory(p.toFile()));
        return chooser;
    }

    private void error(String header, String message) {
        window.say(header);
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.initOwner(stage);
        alert.setTitle(MainWindow.APP_NAME);
        alert.setHeaderText(header);
        alert.getDialogPane().setId("error-dialog");
        alert.show();
    }
}
