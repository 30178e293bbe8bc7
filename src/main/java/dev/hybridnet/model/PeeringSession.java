package dev.hybridnet.model;

/**
 * What tells two connections between the same two elements apart: for an ExpressRoute peering its type and link
 * (a private and a Microsoft peering, or a primary and a secondary link, are separate BGP sessions on separate
 * VLANs); for every other kind nothing, so a second one between the same ends is a duplicate.
 */
public final class PeeringSession {

    private PeeringSession() {
    }

    /**
     * The link a new peering of {@code circuit} goes on: primary, or secondary once the circuit has a peering on
     * its primary link (ExpressRoute is redundant only with a BGP session on each link).
     */
    public static PeeringLink nextLink(Diagram d, String circuit) {
        boolean hasPrimary = d.connectionsOfKind(ConnectionKind.EXPRESSROUTE_PEERING).stream()
                .filter(c -> c.touches(circuit))
                .anyMatch(c -> c.props().read(Keys.LINK).orElse(PeeringLink.PRIMARY)
                        != PeeringLink.SECONDARY);
        return hasPrimary ? PeeringLink.SECONDARY : PeeringLink.PRIMARY;
    }

    /**
     * The session a connection stands for, as a key: empty for kinds that have none. A peering without type or link
     * is a private peering on the primary link, as Azure's defaults; an unreadable one is a session of its own.
     */
    public static String of(Connection c) {
        if (c.kind() != ConnectionKind.EXPRESSROUTE_PEERING) {
            return "";
        }
        Typed<PeeringType> type = c.props().read(Keys.PEERING_TYPE);
        Typed<PeeringLink> link = c.props().read(Keys.LINK);
        String t = type.isInvalid() ? "?" + c.id() : type.orElse(PeeringType.PRIVATE).spelling();
        String l = link.isInvalid() ? "?" + c.id() : link.orElse(PeeringLink.PRIMARY).spelling();
        return t + "/" + l;
    }
}
