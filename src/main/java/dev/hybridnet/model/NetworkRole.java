package dev.hybridnet.model;

/** Declared role of a virtual network in a hub-spoke topology. */
public enum NetworkRole implements Spelled {
    HUB("hub"),
    SPOKE("spoke");

    private final String spelling;

    NetworkRole(String spelling) {
        this.spelling = spelling;
    }

    @Override
    public String spelling() {
        return spelling;
    }
}
