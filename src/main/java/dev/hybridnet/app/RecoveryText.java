package dev.hybridnet.app;

import dev.hybridnet.io.RecoveryStore;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** What the restore dialog says about a recovery copy: whose work it is and when it was saved. */
final class RecoveryText {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm:ss",
            Locale.ENGLISH);

    private RecoveryText() {
    }

    static String describe(RecoveryStore.Orphan orphan, ZoneId zone) {
        String whose = orphan.file().map(f -> "your changes to " + f)
                .orElse("the unsaved diagram \"" + orphan.name() + "\"");
        return "HybridNet Designer did not close normally. A copy of " + whose + " was saved automatically on "
                + WHEN.format(orphan.savedAt().atZone(zone)) + ".\n\nRestore opens it as unsaved work; Discard "
                + "deletes the copy; Not Now keeps it for the next start.";
    }
}
