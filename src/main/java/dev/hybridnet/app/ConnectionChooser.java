package dev.hybridnet.app;

import dev.hybridnet.catalog.Catalog;
import dev.hybridnet.editor.Editor;
import dev.hybridnet.validation.ConnectionOption;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.Window;

/**
 * When several kinds of connection fit the two ends of a connect gesture, a small chooser asks which one to
 * create; Cancel drops the offer and leaves the connect tool on for another try. One chooser at a time.
 */
final class ConnectionChooser {

    private final Editor editor;
    private final Window owner;
    private boolean open;

    ConnectionChooser(Editor editor, Window owner) {
        this.editor = editor;
        this.owner = owner;
    }

    /** After a change: opens the chooser (once the change is fully shown) when the editor offers choices. */
    void follow() {
        if (!editor.connectionChoices().isEmpty() && !open) {
            open = true;
            Platform.runLater(this::choose);
        }
    }

    private void choose() {
        List<ConnectionOption> options = editor.connectionChoices();
        if (options.isEmpty()) {
            open = false;
            return;
        }
        List<String> labels = options.stream().map(o -> Catalog.rule(o.kind()).displayName() + " from "
                + name(o.from()) + " to " + name(o.to())).toList();
        ChoiceDialog<String> dialog = new ChoiceDialog<>(labels.get(0), labels);
        dialog.initOwner(owner);
        dialog.setTitle("Connect");
        dialog.setHeaderText("More than one kind of connection fits these two components.");
        dialog.setContentText("Kind:");
        Optional<ConnectionOption> chosen = dialog.showAndWait().map(label -> options.get(labels.indexOf(label)));
        open = false;
        if (chosen.isPresent()) {
            editor.chooseConnection(chosen.get());
        } else {
            editor.useConnect(); // drops the offer; the connect tool stays for another try
        }
    }

    private String name(String id) {
        return editor.diagram().element(id).map(e -> e.name()).orElse(id);
    }
}
