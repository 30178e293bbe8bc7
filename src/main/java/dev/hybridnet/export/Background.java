package dev.hybridnet.export;

/** What an exported picture shows behind the drawing. */
public enum Background {
    WHITE,
    TRANSPARENT
}
