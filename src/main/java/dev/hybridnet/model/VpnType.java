package dev.hybridnet.model;

/** Routing type of a VPN gateway. */
public enum VpnType implements Spelled {
    ROUTE_BASED("RouteBased"),
    POLICY_BASED("PolicyBased");

    private final String spelling;

    VpnType(String spelling) {
        this.spelling = spelling;
    }

    @Override
    public String spelling() {
        return spelling;
    }
}
