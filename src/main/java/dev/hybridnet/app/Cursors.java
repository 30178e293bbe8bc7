package dev.hybridnet.app;

import javafx.scene.Cursor;

/** The editor's pointer shapes as JavaFX cursors. */
final class Cursors {

    private Cursors() {
    }

    static Cursor of(dev.hybridnet.editor.Cursor c) {
        return switch (c) {
            case DEFAULT -> Cursor.DEFAULT;
            case MOVE -> Cursor.MOVE;
            case CROSSHAIR -> Cursor.CROSSHAIR;
            case OPEN_HAND -> Cursor.OPEN_HAND;
            case CLOSED_HAND -> Cursor.CLOSED_HAND;
            case NOT_ALLOWED -> Cursor.DISAPPEAR;
            case RESIZE_NW -> Cursor.NW_RESIZE;
            case RESIZE_N -> Cursor.N_RESIZE;
            case RESIZE_NE -> Cursor.NE_RESIZE;
            case RESIZE_E -> Cursor.E_RESIZE;
            case RESIZE_SE -> Cursor.SE_RESIZE;
            case RESIZE_S -> Cursor.S_RESIZE;
            case RESIZE_SW -> Cursor.SW_RESIZE;
            case RESIZE_W -> Cursor.W_RESIZE;
        };
    }
}
