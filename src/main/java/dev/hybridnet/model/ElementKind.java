package dev.hybridnet.model;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every kind of element a diagram may hold; {@link #id()} is the spelling used in files. */
public enum ElementKind {
    ON_PREMISES_NETWORK("on-premises-network"),
    VPN_APPLIANCE("vpn-appliance"),
    EDGE_ROUTER("edge-router"),
    SERVER("server"),
    VIRTUAL_NETWORK("virtual-network"),
    SUBNET("subnet"),
    VPN_GATEWAY("vpn-gateway"),
    EXPRESSROUTE_GATEWAY("expressroute-gateway"),
    LOCAL_NETWORK_GATEWAY("local-network-gateway"),
    EXPRESSROUTE_CIRCUIT("expressroute-circuit"),
    AZURE_FIREWALL("azure-firewall"),
    BASTION("bastion"),
    NETWORK_VIRTUAL_APPLIANCE("network-virtual-appliance"),
    LOAD_BALANCER("load-balancer"),
    VIRTUAL_MACHINE("virtual-machine"),
    ROUTE_SERVER("route-server"),
    /** An annotation: a text note (format revision 1.2). */
    NOTE("note"),
    /** An annotation: a free frame with a title around part of the drawing (format revision 1.2). */
    GROUP("group");

    private static final Map<String, ElementKind> BY_ID =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(ElementKind::id, Function.identity()));

    private final String id;

    ElementKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The kind spelled {@code id} in a file; exact, lower-case match. */
    public static Optional<ElementKind> fromId(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }

    /**
     * True for the annotations, notes and group frames: they describe the drawing, not the network, so validation,
     * pattern recognition, connections and the containment tree leave them out.
     */
    public boolean isAnnotation() {
        return this == NOTE || this == GROUP;
    }

    public boolean isGateway() {
        return this == VPN_GATEWAY || this == EXPRESSROUTE_GATEWAY;
    }
}
