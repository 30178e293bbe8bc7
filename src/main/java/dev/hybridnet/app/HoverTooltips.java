package dev.hybridnet.app;

import javafx.beans.binding.Bindings;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import org.controlsfx.control.action.Action;

/**
 * Tooltips made when the pointer first comes over their node. A tooltip is a popup window: making one for each
 * palette row, inspector row and toolbar button took a noticeable part of opening the window (decisions 0026 and
 * 0027). The tooltip is in place before the pointer moves on, so it shows after the usual delay, as before.
 */
final class HoverTooltips {

    private HoverTooltips() {
    }

    /** Runs {@code make} once, when the pointer first enters {@code node}. */
    static void onFirstHover(Node node, Runnable make) {
        node.addEventHandler(MouseEvent.MOUSE_ENTERED, new EventHandler<MouseEvent>() {
            @Override
            public void handle(MouseEvent e) {
                node.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                make.run();
            }
        });
    }

    /** A fixed tooltip for {@code control}, made at the first hover. */
    static void text(Control control, String text) {
        onFirstHover(control, () -> control.setTooltip(new Tooltip(text)));
    }

    /**
     * The action's long text as the control's tooltip, made at the first hover and following the text as it
     * changes ("Undo Move 5 elements"); no tooltip while the long text is empty.
     */
    static void longText(Control control, Action action) {
        onFirstHover(control, () -> {
            Tooltip tip = new Tooltip();
            tip.textProperty().bind(action.longTextProperty());
            control.tooltipProperty().bind(Bindings.createObjectBinding(
                    () -> action.getLongText() == null || action.getLongText().isEmpty() ? null : tip,
                    action.longTextProperty()));
        });
    }
}
