package dev.hybridnet.model;

/** Billing family of an ExpressRoute circuit. */
public enum CircuitFamily implements Spelled {
    METERED_DATA("MeteredData"),
    UNLIMITED_DATA("UnlimitedData");

    private final String spelling;

    CircuitFamily(String spelling) {
        this.spelling = spelling;
    }

    @Override
    public String spelling() {
        return spelling;
    }
}
