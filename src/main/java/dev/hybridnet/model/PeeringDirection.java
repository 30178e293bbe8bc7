package dev.hybridnet.model;

import java.util.Map;

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

    /** This direction as a file holds it: an object with the four flags. */
    public PropValue.ObjectValue toValue() {
        return PropValue.ObjectValue.of(Map.of(
                Keys.ALLOW_VIRTUAL_NETWORK_ACCESS.name(), PropValue.bool(allowVirtualNetworkAccess),
                Keys.ALLOW_FORWARDED_TRAFFIC.name(), PropValue.bool(allowForwardedTraffic),
                Keys.ALLOW_GATEWAY_TRANSIT.name(), PropValue.bool(allowGatewayTransit),
                Keys.USE_REMOTE_GATEWAYS.name(), PropValue.bool(useRemoteGateways)));
    }
}
