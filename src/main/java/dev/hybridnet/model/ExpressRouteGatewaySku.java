package dev.hybridnet.model;

/** SKU of an ExpressRoute virtual network gateway. */
public enum ExpressRouteGatewaySku implements Spelled {
    STANDARD("Standard"),
    HIGH_PERFORMANCE("HighPerformance"),
    ULTRA_PERFORMANCE("UltraPerformance"),
    ERGW1AZ("ErGw1AZ"),
    ERGW2AZ("ErGw2AZ"),
    ERGW3AZ("ErGw3AZ"),
    /** The scalable SKU, sized in scale units (which designs do not state). */
    ERGW_SCALE("ErGwScale");

    private final String spelling;

    ExpressRouteGatewaySku(String spelling) {
        this.spelling = spelling;
    }

    @Override
    public String spelling() {
        return spelling;
    }
}
