package dev.hybridnet.app;

import static dev.hybridnet.app.WindowActions.action;

import dev.hybridnet.editor.Shortcuts;
import dev.hybridnet.samples.Sample;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import org.controlsfx.control.action.Action;
import org.controlsfx.control.action.ActionGroup;
import org.controlsfx.control.action.ActionUtils;

/** The File menu's actions: new, open (recent files and samples too), import, save, export, print and quit. */
final class FileMenu {

    final Action newDiagram;
    final Action open;
    final Action save;
    final Action export;
    final Action print;
    private final FileActions files;
    private final List<Action> items;
    private final ActionGroup recent = new ActionGroup("Open Recent", new Action("(none)"));

    /**
     * Asks on another thread whether a printer is installed and turns Print… on if so. Asked once the window is up,
     * not while it is built: the platform's lookup (on Linux, CUPS, which starts a program) took a tenth of a second
     * of the first frame. A second after the window is shown, so that it does not compete with the first frames.
     */
    void findPrinterLater() {
        javafx.animation.PauseTransition wait = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(1));
        wait.setOnFinished(e -> {
            Thread lookup = new Thread(() -> {
                boolean available = Printing.available();
                Platform.runLater(() -> print.setDisabled(!available));
            }, "printer-lookup");
            lookup.setDaemon(true);
            lookup.start();
        });
        wait.play();
    }

    FileMenu(FileActions files, Runnable closingNormally) {
        this.files = files;
        newDiagram = action(Shortcuts.NEW, e -> files.newDiagram());
        open = action(Shortcuts.OPEN, e -> files.openWithChooser());
        Action openSample = action(Shortcuts.OPEN_SAMPLE, e -> files.openSample());
        Action importFiles = action(Shortcuts.IMPORT, e -> files.importFiles());
        save = action(Shortcuts.SAVE, e -> files.save());
        Action saveAs = action(Shortcuts.SAVE_AS, e -> files.saveAs());
        export = action(Shortcuts.EXPORT, e -> files.export());
        print = action(Shortcuts.PRINT, e -> files.print());
        // Without a printer (as on a headless machine) the item is off; the export dialog's Print… says why. Off
        // until findPrinterLater has asked.
        print.setDisabled(true);
        Action quit = action(Shortcuts.QUIT, e -> {
            if (files.confirmDiscard()) {
                closingNormally.run();
                Platform.exit();
            }
        });
        List<Action> sampleActions = new ArrayList<>();
        for (Sample s : Sample.values()) {
            sampleActions.add(new Action(s.title(), e -> {
                if (files.confirmDiscard()) {
                    files.openSample(s);
                }
            }));
        }
        items = List.of(newDiagram, open, recent, openSample, new ActionGroup("Samples", sampleActions),
                importFiles, ActionUtils.ACTION_SEPARATOR, save, saveAs, ActionUtils.ACTION_SEPARATOR, export, print,
                ActionUtils.ACTION_SEPARATOR, quit);
    }

    ActionGroup group() {
        return new ActionGroup("File", items);
    }

    /** Keeps Open Recent in step with the preferences' list of recent files, in {@code bar}'s menu. */
    void followRecentFiles(MenuBar bar) {
        rebuildRecent(bar);
        files.onRecentFilesChanged(() -> rebuildRecent(bar));
    }

    private void rebuildRecent(MenuBar bar) {
        List<Action> entries = new ArrayList<>();
        for (Path p : files.preferences().recentFiles()) {
            entries.add(new Action(p.getFileName() + "  (" + p.getParent() + ")", e -> files.open(p)));
        }
        recent.getActions().setAll(entries);
        recent.setDisabled(entries.isEmpty());
        for (Menu menu : bar.getMenus()) {
            for (MenuItem item : menu.getItems()) {
                if (item instanceof Menu sub && "Open Recent".equals(sub.getText())) {
                    sub.getItems().setAll(entries.stream().map(ActionUtils::createMenuItem).toList());
                }
            }
        }
    }
}
