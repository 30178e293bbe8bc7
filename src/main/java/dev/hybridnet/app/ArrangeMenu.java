package dev.hybridnet.app;

import static dev.hybridnet.app.WindowActions.action;

import dev.hybridnet.editor.ArrangeActions;
import dev.hybridnet.editor.Editor;
import java.util.List;
import org.controlsfx.control.action.Action;
import org.controlsfx.control.action.ActionGroup;

/** The Arrange menu: Tidy Up (the whole diagram, or the selected networks' contents) and Place New Elements. */
final class ArrangeMenu {

    private final Action tidyUp;
    private final Action placeNew;
    private final Editor editor;

    ArrangeMenu(Editor editor) {
        this.editor = editor;
        ArrangeActions arrange = editor.arrange();
        tidyUp = action("Tidy Up", "Shortcut+Shift+L", e -> arrange.tidyUp());
        placeNew = action("Place New Elements", "Shortcut+Shift+P", e -> arrange.placeNew());
    }

    ActionGroup group() {
        return new ActionGroup("Arrange", List.of(tidyUp, placeNew));
    }

    void update() {
        ArrangeActions arrange = editor.arrange();
        tidyUp.setDisabled(!arrange.canTidyUp());
        tidyUp.setText(arrange.tidyScope().isEmpty() ? "Tidy Up" : "Tidy Up Selection");
        placeNew.setDisabled(!arrange.canPlaceNew());
    }
}
