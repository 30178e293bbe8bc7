package dev.hybridnet.app;

import dev.hybridnet.imports.ImportException;
import dev.hybridnet.imports.Imported;
import dev.hybridnet.imports.Importer;
import dev.hybridnet.io.SafeText;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * File ▸ Import…: ARM templates or Azure resource JSON become an untitled, laid-out diagram (unsaved, so closing
 * asks to save it), and the import report is shown: what was mapped, implied, skipped and not evaluated. A template's
 * parameters file beside it ({@code azuredeploy.parameters.json} for {@code azuredeploy.json}) is used when there is
 * one.
 */
final class ImportAction {

    private ImportAction() {
    }

    /** Asks for the files and imports them into {@code document}; the caller has asked about unsaved changes. */
    static void chooseAndImport(Window owner, Document document, Runnable opened) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import ARM Templates or Azure Resource JSON");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("ARM templates and Azure resource JSON (*.json)", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*"));
        List<File> chosen = chooser.showOpenMultipleDialog(owner);
        if (chosen != null && !chosen.isEmpty()) {
            importFiles(owner, document, chosen.stream().map(File::toPath).toList(), opened);
        }
    }

    /** Imports {@code files}: the diagram replaces the document's, and the report is shown. */
    static boolean importFiles(Window owner, Document document, List<Path> files, Runnable opened) {
        Optional<Path> parameters = files.size() == 1 ? besideParameters(files.get(0)) : Optional.empty();
        Imported imported;
        try {
            imported = Importer.importFiles(files, parameters);
        } catch (ImportException e) {
            show(owner, Alert.AlertType.ERROR, "Could not import", SafeText.escape(e.getMessage()), List.of());
            return false;
        } catch (IOException e) {
            show(owner, Alert.AlertType.ERROR, "Could not import", SafeText.escape(dev.hybridnet.io.IoMessages
                    .oneLine(e, files.get(0))), List.of());
            return false;
        }
        document.restore(imported.diagram(), Optional.empty(), "Untitled (imported)");
        opened.run();
        List<String> lines = imported.report().lines().stream().map(SafeText::escape).toList();
        String summary = imported.diagram().elements().size() + " elements and " + imported.diagram().connections()
                .size() + " connections, laid out" + parameters.map(p -> "; parameters from " + p.getFileName())
                .orElse("") + ".";
        show(owner, Alert.AlertType.INFORMATION, "Imported " + names(files), summary, lines);
        return true;
    }

    /** {@code x.parameters.json} beside {@code x.json}, when it exists. */
    static Optional<Path> besideParameters(Path template) {
        String name = Optional.ofNullable(template.getFileName()).map(Path::toString).orElse("");
        if (!name.endsWith(".json") || name.endsWith(".parameters.json")) {
            return Optional.empty();
        }
        Path candidate = template.resolveSibling(name.substring(0, name.length() - 5) + ".parameters.json");
        return Files.isRegularFile(candidate) ? Optional.of(candidate) : Optional.empty();
    }

    private static String names(List<Path> files) {
        return String.join(", ", files.stream().map(f -> String.valueOf(f.getFileName())).toList());
    }

    private static void show(Window owner, Alert.AlertType type, String header, String text, List<String> report) {
        Alert alert = new Alert(type, text, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(MainWindow.APP_NAME);
        alert.setHeaderText(header);
        alert.getDialogPane().setId(type == Alert.AlertType.ERROR ? "error-dialog" : "import-report");
        if (!report.isEmpty()) {
            TextArea area = new TextArea(String.join("\n", report));
            area.setEditable(false);
            area.setWrapText(false);
            area.setPrefRowCount(Math.min(18, report.size() + 1));
            area.setPrefColumnCount(90);
            area.setId("import-report-text");
            alert.getDialogPane().setExpandableContent(area);
            alert.getDialogPane().setExpanded(true);
        }
        alert.show();
    }
}
