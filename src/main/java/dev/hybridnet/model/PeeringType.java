package dev.hybridnet.model;

/** ExpressRoute peering type. */
public enum PeeringType implements Spelled {
    PRIVATE("private"),
    MICROSOFT("microsoft");

    private final String spelling;

    PeeringType(String spelling) {
        this.spelling = spelling;
    }

    @Override
    public String spelling() {
        return spelling;
    }
}
