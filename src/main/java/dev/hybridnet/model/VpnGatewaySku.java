package dev.hybridnet.model;

/** SKU of a VPN virtual network gateway, including the legacy Standard and HighPerformance. */
public enum VpnGatewaySku implements Spelled {
    BASIC("Basic"),
    VPNGW1("VpnGw1"),
    VPNGW2("VpnGw2"),
    VPNGW3("VpnGw3"),
    VPNGW4("VpnGw4"),
    VPNGW5("VpnGw5"),
    VPNGW1AZ("VpnGw1AZ"),
    VPNGW2AZ("VpnGw2AZ"),
    VPNGW3AZ("VpnGw3AZ"),
    VPNGW4AZ("VpnGw4AZ"),
    VPNGW5AZ("VpnGw5AZ"),
    STANDARD("Standard"),
    HIGH_PERFORMANCE("HighPerformance");

    private final String spelling;

    VpnGatewaySku(String spelling) {
        this.spelling = spelling;
    }

    @Override
    public String spelling() {
        return spelling;
    }
}
