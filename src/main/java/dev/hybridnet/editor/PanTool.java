package dev.hybridnet.editor;

import dev.hybridnet.geometry.Point;
import java.util.Optional;

/**
 * Drags the view. Chosen from the toolbar, or borrowed by the editor for a middle-button drag or a drag with
 * Space held, whatever tool is active.
 */
public final class PanTool extends Tool {

    private Optional<Point> last = Optional.empty();

    @Override
    public ToolKind kind() {
        return ToolKind.PAN;
    }

    @Override
    void pointer(PointerEvent e, ToolContext ctx) {
        switch (e.type()) {
            case PRESS -> last = Optional.of(e.screen());
            case DRAG -> drag(e.screen(), ctx);
            case RELEASE -> last = Optional.empty();
            case MOVE -> {
            }
        }
    }

    private void drag(Point to, ToolContext ctx) {
        last.ifPresent(from -> ctx.pan(to.x() - from.x(), to.y() - from.y()));
        last = last.map(from -> to);
    }

    @Override
    Preview preview(ToolContext ctx) {
        return Preview.idle(last.isPresent() ? Cursor.CLOSED_HAND : Cursor.OPEN_HAND);
    }

    @Override
    boolean cancel() {
        boolean had = last.isPresent();
        last = Optional.empty();
        return had;
    }

    @Override
    boolean busy() {
        return last.isPresent();
    }
}
