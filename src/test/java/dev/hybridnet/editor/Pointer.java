package dev.hybridnet.editor;

import dev.hybridnet.geometry.Point;
import java.util.Set;

/** Drives an editor with pointer events at world points, converted to screen points through its viewport. */
final class Pointer {

    private final Editor editor;

    Pointer(Editor editor) {
        this.editor = editor;
    }

    private Point screen(double x, double y) {
        return editor.viewport().toScreen(new Point(x, y));
    }

    private void send(double x, double y, PointerEvent.Type type, PointerEvent.Button button, Modifier... mods) {
        editor.pointer(new PointerEvent(screen(x, y), button, Set.of(mods), type));
    }

    Pointer move(double x, double y) {
        send(x, y, PointerEvent.Type.MOVE, PointerEvent.Button.NONE);
        return this;
    }

    Pointer press(double x, double y, Modifier... mods) {
        send(x, y, PointerEvent.Type.PRESS, PointerEvent.Button.PRIMARY, mods);
        return this;
    }

    Pointer drag(double x, double y, Modifier... mods) {
        send(x, y, PointerEvent.Type.DRAG, PointerEvent.Button.PRIMARY, mods);
        return this;
    }

    Pointer release(double x, double y, Modifier... mods) {
        send(x, y, PointerEvent.Type.RELEASE, PointerEvent.Button.PRIMARY, mods);
        return this;
    }

    Pointer click(double x, double y, Modifier... mods) {
        return press(x, y, mods).release(x, y, mods);
    }

    /** Press at the first point, drag there in a few steps, but do not release. */
    Pointer dragWithoutRelease(double x1, double y1, double x2, double y2, Modifier... mods) {
        press(x1, y1, mods);
        for (int i = 1; i <= 4; i++) {
            drag(x1 + (x2 - x1) * i / 4, y1 + (y2 - y1) * i / 4, mods);
        }
        return this;
    }

    /** A whole press-drag-release. */
    Pointer drag(double x1, double y1, double x2, double y2, Modifier... mods) {
        return dragWithoutRelease(x1, y1, x2, y2, mods).release(x2, y2, mods);
    }

    void key(KeyEvent.Key key, Modifier... mods) {
        editor.key(KeyEvent.press(key, mods));
        editor.key(KeyEvent.release(key, mods));
    }
}
