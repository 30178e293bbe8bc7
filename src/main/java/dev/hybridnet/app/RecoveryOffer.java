package dev.hybridnet.app;

import dev.hybridnet.io.RecoveryStore;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * After a crash or a kill, offers the recovery copy the last designer left: Restore opens it as unsaved work
 * (belonging to its file, if it had one), Discard deletes it, Not Now keeps it for the next start.
 */
final class RecoveryOffer {

    private RecoveryOffer() {
    }

    static void ask(Window owner, RecoveryStore store, Consumer<RecoveryStore.Orphan> restore) {
        List<RecoveryStore.Orphan> orphans = store.orphans();
        if (orphans.isEmpty()) {
            return;
        }
        RecoveryStore.Orphan orphan = orphans.get(0);
        ButtonType restoreButton = new ButtonType("Restore", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
        ButtonType later = new ButtonType("Not Now", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", restoreButton, discard, later);
        alert.initOwner(owner);
        alert.setTitle(MainWindow.APP_NAME);
        alert.getDialogPane().setId("recovery-dialog");
        alert.setHeaderText("Restore unsaved work?");
        alert.setContentText(RecoveryText.describe(orphan, ZoneId.systemDefault()));
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isPresent() && answer.get() == restoreButton) {
            restore.accept(orphan);
        } else if (answer.isPresent() && answer.get() == discard) {
            store.discard(orphan);
        }
    }
}
