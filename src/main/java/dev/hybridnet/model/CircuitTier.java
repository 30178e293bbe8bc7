package dev.hybridnet.model;

/** SKU tier of an ExpressRoute circuit. */
public enum CircuitTier implements Spelled {
    LOCAL("Local"),
    STANDARD("Standard"),
    PREMIUM("Premium");

    private final String spelling;

    CircuitTier(String spelling) {
        this.spelling = spelling;
    }

    @Override
    public String spelling() {
        return spelling;
    }
}
