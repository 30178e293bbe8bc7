package dev.hybridnet.catalog;

import dev.hybridnet.model.Keys;
import dev.hybridnet.model.PeeringDirection;
import dev.hybridnet.model.PropertyKey;

/**
 * The four flags of one direction of a VNet peering (the {@code from} and {@code to} objects of a
 * {@code vnet-peering}): each is a property of that object, with its key, a label and a sentence for the
 * inspector, and its value in a direction read from a file.
 */
public enum PeeringFlag {
    ALLOW_VIRTUAL_NETWORK_ACCESS(Keys.ALLOW_VIRTUAL_NETWORK_ACCESS, "Allow virtual network access",
            "Whether this VNet's side lets traffic from the peer in."),
    ALLOW_FORWARDED_TRAFFIC(Keys.ALLOW_FORWARDED_TRAFFIC, "Allow forwarded traffic",
            "Whether this side accepts traffic the peer forwards from elsewhere (e.g. through a firewall)."),
    ALLOW_GATEWAY_TRANSIT(Keys.ALLOW_GATEWAY_TRANSIT, "Allow gateway transit",
            "Whether the peer may use this VNet's VPN or ExpressRoute gateway (set it on the hub)."),
    USE_REMOTE_GATEWAYS(Keys.USE_REMOTE_GATEWAYS, "Use remote gateways",
            "Whether this VNet reaches on-premises through the peer's gateway (set it on a spoke).");

    private final PropertySpec spec;

    PeeringFlag(PropertyKey<Boolean> key, String label, String description) {
        this.spec = new PropertySpec(key, label, description);
    }

    /** The flag as a property of a direction's object: its key, label and description. */
    public PropertySpec spec() {
        return spec;
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
}
