package dev.hybridnet.editor;

/** Keyboard modifiers held during a pointer, key or scroll event. */
public enum Modifier { SHIFT, CONTROL, ALT, META }
