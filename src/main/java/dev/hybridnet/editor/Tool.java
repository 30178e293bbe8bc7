package dev.hybridnet.editor;

/**
 * A way of using the pointer on the canvas (the State pattern): selecting and moving, placing a component,
 * connecting, panning. The {@link Editor} creates tools and feeds them events; a tool keeps only the state of the
 * gesture in progress and changes the diagram only by giving a command to the editor at the end of a gesture.
 */
public abstract sealed class Tool permits SelectTool, PlaceTool, ConnectTool, PanTool {

    Tool() {
    }

    public abstract ToolKind kind();

    abstract void pointer(PointerEvent e, ToolContext ctx);

    /** The gesture in progress as it should be shown. */
    abstract Preview preview(ToolContext ctx);

    /** Drops the gesture in progress, if any, returning true when there was one. */
    abstract boolean cancel();

    /** True while a gesture is in progress (keys such as Delete then wait). */
    abstract boolean busy();
}
