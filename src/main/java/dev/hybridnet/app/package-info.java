/**
 * The JavaFX shell of the designer: the main window, the canvas that paints the renderer's display list, the
 * palette, the panels, the dialogs and the file actions. A thin layer: editing lives in {@code editor} (fed
 * toolkit-free events), files in {@code io}, checking in {@code validation}, pictures in {@code render} and
 * {@code export}. The only package that uses JavaFX; it may use every other package.
 */
package dev.hybridnet.app;
