package dev.hybridnet.app;

import static dev.hybridnet.app.WindowActions.action;

import dev.hybridnet.editor.ArrangeActions;
import dev.hybridnet.editor.Editor;
import dev.hybridnet.editor.Shortcuts;
import java.util.List;
import org.controlsfx.control.action.Action;
import org.controlsfx.control.action.ActionGroup;
import org.controlsfx.control.action.ActionUtils;

/**
 * The Arrange menu: Tidy Up (the whole diagram, or the selected networks' contents), Place New Elements, and Bring to
 * Front and Send to Back (the selected elements among their siblings).
 */
final class ArrangeMenu {

    private final Action tidyUp;
    private final Action placeNew;
    private final Action bringToFront;
    private final Action sendToBack;
    private final Editor editor;

    ArrangeMenu(Editor editor) {
        this.editor = editor;
        ArrangeActions arrange = editor.arrange();
        tidyUp = action(Shortcuts.TIDY_UP, e -> arrange.tidyUp());
        placeNew = action(Shortcuts.PLACE_NEW, e -> arrange.placeNew());
        bringToFront = action(Shortcuts.BRING_TO_FRONT, e -> editor.edit().bringToFront());
        sendToBack = action(Shortcuts.SEND_TO_BACK, e -> editor.edit().sendToBack());
    }

    ActionGroup group() {
        return new ActionGroup("Arrange", List.of(tidyUp, placeNew, ActionUtils.ACTION_SEPARATOR, bringToFront, sendToBack));
    }

    void update() {
        ArrangeActions arrange = editor.arrange();
        tidyUp.setDisabled(!arrange.canTidyUp());
        tidyUp.setText(arrange.tidyScope().isEmpty() ? "Tidy Up" : "Tidy Up Selection");
        placeNew.setDisabled(!arrange.canPlaceNew());
        bringToFront.setDisabled(!editor.edit().canRestack());
        sendToBack.setDisabled(!editor.edit().canRestack());
    }
}
