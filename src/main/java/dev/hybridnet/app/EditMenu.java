package dev.hybridnet.app;

import static dev.hybridnet.app.WindowActions.action;

import dev.hybridnet.editor.EditActions;
import dev.hybridnet.editor.Editor;
import dev.hybridnet.editor.Shortcuts;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import org.controlsfx.control.action.Action;
import org.controlsfx.control.action.ActionGroup;
import org.controlsfx.control.action.ActionUtils;

/** The Edit menu's actions, labelled and enabled as the editor allows ("Undo Move 3 elements"). */
final class EditMenu {

    final Action undo;
    final Action redo;
    /** The toolbar's Undo and Redo: a fixed word, so the toolbar never reflows; the full label is the tooltip. */
    final Action undoButton;
    final Action redoButton;
    private final Action cut;
    private final Action copy;
    private final Action paste;
    private final Action delete;
    private final Action duplicate;
    private final Action rename;
    private final Action resetRoute;
    private final Action selectAll;
    private final Editor editor;

    EditMenu(Editor editor) {
        this.editor = editor;
        EditActions edit = editor.edit();
        undo = action(Shortcuts.UNDO, e -> edit.undo());
        redo = action(Shortcuts.REDO, e -> edit.redo());
        undoButton = new Action("Undo", e -> edit.undo());
        redoButton = new Action("Redo", e -> edit.redo());
        cut = action(Shortcuts.CUT, e -> edit.cut());
        copy = action(Shortcuts.COPY, e -> edit.copy());
        paste = action(Shortcuts.PASTE, e -> edit.paste());
        duplicate = action(Shortcuts.DUPLICATE, e -> edit.duplicate());
        delete = action(Shortcuts.DELETE, e -> edit.delete());
        rename = action(Shortcuts.RENAME, e -> edit.startRename());
        resetRoute = new Action("Reset Route", e -> edit.resetRoute());
        resetRoute.setLongText("Remove the waypoints of the selected connections");
        selectAll = action(Shortcuts.SELECT_ALL, e -> edit.selectAll());
    }

    ActionGroup group() {
        return new ActionGroup("Edit", List.of(undo, redo, ActionUtils.ACTION_SEPARATOR, cut, copy, paste, duplicate,
                delete, ActionUtils.ACTION_SEPARATOR, rename, resetRoute, ActionUtils.ACTION_SEPARATOR, selectAll));
    }

    void update() {
        EditActions edit = editor.edit();
        undo.setDisabled(!edit.canUndo());
        undo.setText(edit.undoLabel().orElse("Undo"));
        redo.setDisabled(!edit.canRedo());
        redo.setText(edit.redoLabel().orElse("Redo"));
        undoButton.setDisabled(undo.isDisabled());
        undoButton.setLongText(undo.getText() + " (" + undo.getAccelerator().getDisplayText() + ")");
        redoButton.setDisabled(redo.isDisabled());
        redoButton.setLongText(redo.getText() + " (" + redo.getAccelerator().getDisplayText() + ")");
        cut.setDisabled(!edit.canCut());
        copy.setDisabled(!edit.canCopy());
        paste.setDisabled(!edit.canPaste());
        delete.setDisabled(!edit.canDelete());
        duplicate.setDisabled(!edit.canDuplicate());
        rename.setDisabled(!edit.canRename());
        resetRoute.setDisabled(!edit.canResetRoute());
    }

    /** Redo also answers to Shift+Ctrl+Z, the other common shortcut (a menu item shows one): {@link Shortcuts#REDO_AGAIN}. */
    void installExtraShortcuts(Scene scene) {
        scene.getAccelerators().put(KeyCombination.keyCombination(Shortcuts.REDO_AGAIN.keys()), () -> {
            if (!redo.isDisabled()) {
                editor.edit().redo();
            }
        });
    }
}
