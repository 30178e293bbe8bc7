package dev.hybridnet.app;

import static dev.hybridnet.app.WindowActions.action;

import dev.hybridnet.command.Align;
import dev.hybridnet.editor.ArrangeActions;
import dev.hybridnet.editor.Editor;
import java.util.ArrayList;
import java.util.EnumMap;
import dev.hybridnet.editor.Shortcuts;
import java.util.List;
import java.util.Map;
import org.controlsfx.control.action.Action;
import org.controlsfx.control.action.ActionGroup;
import org.controlsfx.control.action.ActionUtils;

/**
 * The Arrange menu: Tidy Up (the whole diagram, or the selected networks' contents), Place New Elements, Bring to
 * Front and Send to Back (the selected elements among their siblings), and Align and Distribute for the selection
 * (Alt+Shift and a letter each).
 */
final class ArrangeMenu {

    /** The menu's words and shortcut for each alignment, in menu order. */
    private static final Map<Align.How, Shortcuts.Shortcut> ALIGN = new EnumMap<>(Map.of(
            Align.How.LEFT, Shortcuts.ALIGN_LEFT, Align.How.CENTRES, Shortcuts.ALIGN_CENTRES,
            Align.How.RIGHT, Shortcuts.ALIGN_RIGHT, Align.How.TOP, Shortcuts.ALIGN_TOP,
            Align.How.MIDDLES, Shortcuts.ALIGN_MIDDLES, Align.How.BOTTOM, Shortcuts.ALIGN_BOTTOM,
            Align.How.DISTRIBUTE_HORIZONTALLY, Shortcuts.DISTRIBUTE_HORIZONTALLY,
            Align.How.DISTRIBUTE_VERTICALLY, Shortcuts.DISTRIBUTE_VERTICALLY));

    private final Action tidyUp;
    private final Action placeNew;
    private final Map<Align.How, Action> aligns = new EnumMap<>(Align.How.class);
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
        ALIGN.forEach((how, shortcut) -> aligns.put(how, action(shortcut, e -> arrange.align(how))));
    }

    ActionGroup group() {
        List<Action> items = new ArrayList<>(List.of(tidyUp, placeNew, ActionUtils.ACTION_SEPARATOR, bringToFront,
                sendToBack, ActionUtils.ACTION_SEPARATOR));
        for (Align.How how : Align.How.values()) {
            if (how == Align.How.TOP || how == Align.How.DISTRIBUTE_HORIZONTALLY) {
                items.add(ActionUtils.ACTION_SEPARATOR);
            }
            items.add(aligns.get(how));
        }
        return new ActionGroup("Arrange", items);
    }

    void update() {
        ArrangeActions arrange = editor.arrange();
        tidyUp.setDisabled(!arrange.canTidyUp());
        tidyUp.setText(arrange.tidyScope().isEmpty() ? "Tidy Up" : "Tidy Up Selection");
        placeNew.setDisabled(!arrange.canPlaceNew());
        aligns.forEach((how, a) -> a.setDisabled(!arrange.canAlign(how)));
        bringToFront.setDisabled(!editor.edit().canRestack());
        sendToBack.setDisabled(!editor.edit().canRestack());
    }
}
