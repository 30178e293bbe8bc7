package dev.hybridnet.model;

/** How a public IP address is allocated. */
public enum PublicIpAllocation implements Spelled {
    STATIC("Static"),
    DYNAMIC("Dynamic");

    private final String spelling;

    PublicIpAllocation(String spelling) {
        this.spelling = spelling;
    }

    @Override
    public String spelling() {
        return spelling;
    }
}
