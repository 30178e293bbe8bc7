package dev.hybridnet.model;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every kind of connection between two elements; {@link #id()} is the spelling used in files. */
public enum ConnectionKind {
    SITE_TO_SITE_VPN("site-to-site-vpn"),
    REPRESENTS("represents"),
    EXPRESSROUTE_PEERING("expressroute-peering"),
    EXPRESSROUTE_CONNECTION("expressroute-connection"),
    VNET_PEERING("vnet-peering"),
    VNET_TO_VNET("vnet-to-vnet");

    private static final Map<String, ConnectionKind> BY_ID =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(ConnectionKind::id, Function.identity()));

    private final String id;

    ConnectionKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<ConnectionKind> fromId(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }
}
