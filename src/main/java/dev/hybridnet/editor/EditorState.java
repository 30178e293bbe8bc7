package dev.hybridnet.editor;

import dev.hybridnet.geometry.Size;
import dev.hybridnet.validation.ConnectionOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The editor's mutable state besides the history, in one place so that the facade, the event routing and the
 * display read the same values. Each field holds an immutable value; only the editor's classes write them.
 */
final class EditorState {

    Tool tool = new SelectTool();
    Selection selection = Selection.empty();
    Viewport viewport = Viewport.identity();
    /** Until the shell reports its canvas size: a common window's canvas. */
    Size view = new Size(1200, 800);
    Grid grid = Grid.DEFAULT;
    /** Whether moves snap to smart guides (View > Smart Guides); Alt turns them off for one drag. */
    boolean smartGuides = true;
    Clipboard clipboard = Clipboard.empty();
    Optional<String> hover = Optional.empty();
    String status = "";
    List<ConnectionOption> choices = List.of();
    /** The element whose name is being edited on the canvas (inline rename); empty when none is. */
    Optional<String> renaming = Optional.empty();
    final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    /** A new document: the view settings, the clipboard and the listeners stay. */
    void reset() {
        tool.cancel();
        tool = new SelectTool();
        selection = Selection.empty();
        hover = Optional.empty();
        status = "";
        choices = List.of();
        renaming = Optional.empty();
    }
}
