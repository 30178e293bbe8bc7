package dev.hybridnet.model;

/** Whether the connectivity provider hands over an ExpressRoute circuit at layer 2 or layer 3. */
public enum ProviderLayer implements Spelled {
    L2("L2"),
    L3("L3");

    private final String spelling;

    ProviderLayer(String spelling) {
        this.spelling = spelling;
    }

    @Override
    public String spelling() {
        return spelling;
    }
}
