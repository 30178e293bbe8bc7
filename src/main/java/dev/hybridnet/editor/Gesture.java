package dev.hybridnet.editor;

import dev.hybridnet.geometry.Point;

/**
 * One press-drag-release of the select tool, as a value: each pointer move makes the next gesture, the preview is
 * a function of the gesture and the committed diagram, and the release gives at most one command.
 */
sealed interface Gesture permits MoveGesture, ResizeGesture, BandGesture, WaypointGesture {

    /**
     * The gesture with the pointer at {@code world}; {@code threshold} is how far a press must move to drag, and
     * {@code free} says that Alt is held: no smart guides.
     */
    Gesture to(Point world, double threshold, boolean free);

    Preview preview(ToolContext ctx);

    /** The pointer was released: commit the change, if any. */
    void finish(ToolContext ctx);
}
