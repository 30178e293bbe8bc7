package dev.hybridnet.model;

/** Which of the two redundant ExpressRoute links a peering connection is. */
public enum PeeringLink implements Spelled {
    PRIMARY("primary"),
    SECONDARY("secondary");

    private final String spelling;

    PeeringLink(String spelling) {
        this.spelling = spelling;
    }

    @Override
    public String spelling() {
        return spelling;
    }
}
