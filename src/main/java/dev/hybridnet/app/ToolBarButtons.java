package dev.hybridnet.app;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.Region;
import org.controlsfx.control.action.Action;
import org.controlsfx.control.action.ActionUtils;

/**
 * The toolbar, a button for each action. ControlsFX's {@code ActionUtils.createToolBar} made a tooltip for each
 * button while the window was built; these buttons make theirs at the first hover ({@link HoverTooltips}).
 * Otherwise the same: each button shows its action's text, is disabled with it and runs it.
 */
final class ToolBarButtons {

    private ToolBarButtons() {
    }

    /** A toolbar of these actions; {@link ActionUtils#ACTION_SEPARATOR} (or null) puts a separator. */
    static ToolBar of(List<Action> actions) {
        ToolBar bar = new ToolBar();
        for (Action action : actions) {
            bar.getItems().add(action == null || action == ActionUtils.ACTION_SEPARATOR ? new Separator()
                    : button(action));
        }
        return bar;
    }

    static Button button(Action action) {
        Button button = new Button();
        button.textProperty().bind(action.textProperty());
        button.disableProperty().bind(action.disabledProperty());
        button.setOnAction(action);
        // The full width always: a long label elsewhere never squeezes a button to "…".
        button.setMinWidth(Region.USE_PREF_SIZE);
        HoverTooltips.longText(button, action);
        return button;
    }
}
