package dev.hybridnet.editor;

/** The pointer shape the canvas should show; the shell maps each to its toolkit's cursor. */
public enum Cursor {
    DEFAULT, MOVE, CROSSHAIR, OPEN_HAND, CLOSED_HAND, NOT_ALLOWED,
    RESIZE_NW, RESIZE_N, RESIZE_NE, RESIZE_E, RESIZE_SE, RESIZE_S, RESIZE_SW, RESIZE_W
}
