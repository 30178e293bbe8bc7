package dev.hybridnet.catalog;

import dev.hybridnet.model.PeeringDirection;

/**
 * The four flags of one direction of a VNet peering (the {@code from} and {@code to} objects of a
 * {@code vnet-peering}): their keys in files, a label and a sentence for the inspector, and the value Azure gives
 * a new peering.
 */
public enum PeeringFlag {
    ALLOW_VIRTUAL_NETWORK_ACCESS("allowVirtualNetworkAccess", "Allow virtual network access",
            "Whether this VNet's side lets traffic from the peer in."),
    ALLOW_FORWARDED_TRAFFIC("allowForwardedTraffic", "Allow forwarded traffic",
            "Whether this side accepts traffic the peer forwards from elsewhere (e.g. through a firewall)."),
    ALLOW_GATEWAY_TRANSIT("allowGatewayTransit", "Allow gateway transit",
            "Whether the peer may use this VNet's VPN or ExpressRoute gateway (set it on the hub)."),
    USE_REMOTE_GATEWAYS("useRemoteGateways", "Use remote gateways",
            "Whether this VNet reaches on-premises through the peer's gateway (set it on a spoke).");

    private final String key;
    private final String label;
    private final String description;

    PeeringFlag(String key, String label, String description) {
        this.key = key;
        this.label = label;
        this.description = description;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    /** The flag's value in {@code direction}. */
    public boolean in(PeeringDirection direction) {
        return switch (this) {
            case ALLOW_VIRTUAL_NETWORK_ACCESS -> direction.allowVirtualNetworkAccess();
            case ALLOW_FORWARDED_TRAFFIC -> direction.allowForwardedTraffic();
            case ALLOW_GATEWAY_TRANSIT -> direction.allowGatewayTransit();
            case USE_REMOTE_GATEWAYS -> direction.useRemoteGateways();
        };
    }

    /** What Azure sets on a new peering. */
    public boolean byDefault() {
        return in(PeeringDirection.defaults());
    }
}
