package dev.hybridnet.model;

import java.util.Arrays;
import java.util.Optional;

/** The four Azure Architecture Center reference architectures a diagram can follow. */
public enum Reference {
    VPN("vpn", "Site-to-site VPN"),
    EXPRESSROUTE("expressroute", "ExpressRoute"),
    EXPRESSROUTE_VPN_FAILOVER("expressroute-vpn-failover", "ExpressRoute with VPN failover"),
    HUB_SPOKE("hub-spoke", "Hub-spoke topology");

    private final String id;
    private final String title;

    Reference(String id, String title) {
        this.id = id;
        this.title = title;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public static Optional<Reference> fromId(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }
}
