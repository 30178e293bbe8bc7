/**
 * Editing without a toolkit: the {@link dev.hybridnet.editor.Editor} facade over one document's history,
 * selection, viewport and tools; tools (select, place, connect, pan) driven by toolkit-free pointer, key and
 * scroll events; hit testing against what the renderer drew; the viewport's screen-to-world transform; grid
 * snapping; the clipboard; and the inspector's rows ({@link dev.hybridnet.editor.Inspection}), each making the
 * command of its edit, with values as text ({@link dev.hybridnet.editor.PropertyText}). Gestures preview on the
 * canvas without entering the history and end in at most one command. The JavaFX shell in {@code app} only
 * translates events and paints the editor's drawing.
 *
 * <p>Depends on {@code model}, {@code command}, {@code validation}, {@code render}, {@code catalog} and
 * {@code geometry}; never on JavaFX.
 */
package dev.hybridnet.editor;
