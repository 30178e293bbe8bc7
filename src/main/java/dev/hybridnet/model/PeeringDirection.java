package dev.hybridnet.model;

/** The flags of one direction of a virtual network peering (each VNet owns the peering that starts at it). */
public record PeeringDirection(
        boolean allowVirtualNetworkAccess,
        boolean allowForwardedTraffic,
        boolean allowGatewayTransit,
        boolean useRemoteGateways) {

    /** The flags Azure sets on a new peering: access allowed, everything else off. */
    public static PeeringDirection defaults() {
        return new PeeringDirection(true, false, false, false);
    }
}
