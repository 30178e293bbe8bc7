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
    OBJECT
}
