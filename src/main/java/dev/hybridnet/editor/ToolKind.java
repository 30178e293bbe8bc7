package dev.hybridnet.editor;

/** The tools, for the toolbar's toggle buttons. */
public enum ToolKind { SELECT, PLACE, CONNECT, PAN }
