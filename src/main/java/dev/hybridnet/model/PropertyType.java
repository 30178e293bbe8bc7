package dev.hybridnet.model;

/** The type of a property's value, which decides how it is read, checked and edited. */
public enum PropertyType {
    TEXT,
    BOOLEAN,
    INTEGER,
    ADDRESS,
    PREFIX,
    PREFIX_LIST,
    ADDRESS_LIST,
    CHOICE,
    ROUTES,
    PEERING_FLAGS,
    OBJECT,
    /** A list of points, such as a connection's waypoints. */
    POINTS
}
