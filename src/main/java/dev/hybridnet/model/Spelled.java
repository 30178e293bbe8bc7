package dev.hybridnet.model;

/**
 * An enum constant of a property value with its canonical spelling in files. Values are matched without regard
 * to case ("VpnGw1Az" is VpnGw1AZ) and written back in this spelling.
 */
public interface Spelled {

    String spelling();
}
