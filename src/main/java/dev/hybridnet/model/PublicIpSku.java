package dev.hybridnet.model;

/** SKU of a public IP address. */
public enum PublicIpSku implements Spelled {
    BASIC("Basic"),
    STANDARD("Standard");

    private final String spelling;

    PublicIpSku(String spelling) {
        this.spelling = spelling;
    }

    @Override
    public String spelling() {
        return spelling;
    }
}
