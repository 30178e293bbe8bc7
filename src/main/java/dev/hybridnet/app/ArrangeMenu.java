package dev.hybridnet.app;

import static dev.hybridnet.app.WindowActions.action;

import dev.hybridnet.command.Align;
import dev.hybridnet.editor.ArrangeActions;
import dev.hybridnet.editor.Editor;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.controlsfx.control.action.Action;
import org.controlsfx.control.action.ActionGroup;
import org.controlsfx.control.action.ActionUtils;

/**
 * The Arrange menu: Tidy Up (the whole diagram, or the selected networks' contents), Place New Elements, and
 * Align and Distribute for the selection (Alt+Shift and a letter each).
 */
final class ArrangeMenu {

    /** The menu's words and shortcut for each alignment, in menu order. */
    private static final Map<Align.How, String[]> ALIGN = new EnumMap<>(Map.of(
            Align.How.LEFT, new String[] {"Align Left", "Alt+Shift+L"},
            Align.How.CENTRES, new String[] {"Align Centres", "Alt+Shift+C"},
            Align.How.RIGHT, new String[] {"Align Right", "Alt+Shift+R"},
            Align.How.TOP, new String[] {"Align Top", "Alt+Shift+T"},
            Align.How.MIDDLES, new String[] {"Align Middles", "Alt+Shift+M"},
            Align.How.BOTTOM, new String[] {"Align Bottom", "Alt+Shift+B"},
            Align.How.DISTRIBUTE_HORIZONTALLY, new String[] {"Distribute Horizontally", "Alt+Shift+H"},
            Align.How.DISTRIBUTE_VERTICALLY, new String[] {"Distribute Vertically", "Alt+Shift+V"}));

    private final Action tidyUp;
    private final Action placeNew;
    private final Map<Align.How, Action> aligns = new EnumMap<>(Align.How.class);
    private final Editor editor;

    ArrangeMenu(Editor editor) {
        this.editor = editor;
        ArrangeActions arrange = editor.arrange();
        tidyUp = action("Tidy Up", "Shortcut+Shift+L", e -> arrange.tidyUp());
        placeNew = action("Place New Elements", "Shortcut+Shift+P", e -> arrange.placeNew());
        ALIGN.forEach((how, words) -> aligns.put(how, action(words[0], words[1], e -> arrange.align(how))));
    }

    ActionGroup group() {
        List<Action> items = new ArrayList<>(List.of(tidyUp, placeNew, ActionUtils.ACTION_SEPARATOR));
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
    }
}
