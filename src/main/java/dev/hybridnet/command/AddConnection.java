package dev.hybridnet.command;

import dev.hybridnet.catalog.Catalog;
import dev.hybridnet.model.Connection;
import dev.hybridnet.model.ConnectionKind;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import dev.hybridnet.model.Keys;
import dev.hybridnet.model.PeeringDirection;
import dev.hybridnet.model.PeeringSession;
import dev.hybridnet.model.PropValue;
import dev.hybridnet.model.Props;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Adds one connection. Refused when an end is missing, the catalog does not allow this kind between the two
 * elements, or the same connection exists already; the connect tool asks the connection policy first and so
 * rarely meets these refusals.
 */
public record AddConnection(Connection connection) implements Command {

    public AddConnection {
        Objects.requireNonNull(connection, "connection");
    }

    /** A new connection of {@code kind} with a fresh id and the properties a new one starts with. */
    public static AddConnection of(Diagram d, ConnectionKind kind, String from, String to) {
        Props props = kind == ConnectionKind.EXPRESSROUTE_PEERING ? peeringLink(d, from, to) : defaults(kind);
        return new AddConnection(new Connection(FreshIds.forConnection(d, kind), kind, from, to, props));
    }

    /**
     * A private peering on the circuit's primary link, or on its secondary link when the circuit already has a
     * primary one: ExpressRoute is redundant only with a BGP session on each link, so the second router drawn to a
     * circuit is its secondary.
     */
    static Props peeringLink(Diagram d, String from, String to) {
        String circuit = circuit(d, from, to);
        return Props.builder().text(Keys.PEERING_TYPE, "private")
                .text(Keys.LINK, PeeringSession.nextLink(d, circuit).spelling()).build();
    }

    private static String circuit(Diagram d, String from, String to) {
        return d.element(from).filter(e -> e.kind() == dev.hybridnet.model.ElementKind.EXPRESSROUTE_CIRCUIT)
                .map(e -> from).orElse(to);
    }

    /** Both sides of a new peering allow traffic between the VNets and nothing more, as Azure's defaults do. */
    static Props defaults(ConnectionKind kind) {
        if (kind != ConnectionKind.VNET_PEERING) {
            return Props.empty();
        }
        PropValue side = PeeringDirection.defaults().toValue();
        return Props.builder().put(Keys.PEERING_FROM, side).put(Keys.PEERING_TO, side).build();
    }

    @Override
    public Diagram apply(Diagram before) {
        if (before.hasId(connection.id())) {
            throw new CommandRefusedException("The id '" + connection.id() + "' is already used.");
        }
        Element from = Contents.element(before, connection.from());
        Element to = Contents.element(before, connection.to());
        String kindName = Catalog.inSentence(Catalog.rule(connection.kind()).displayName());
        if (from.id().equals(to.id())) {
            throw new CommandRefusedException("An element cannot be connected to itself.");
        }
        if (!Catalog.isLegal(connection.kind(), from.kind(), to.kind())) {
            throw new CommandRefusedException(Wording.capitalized(Wording.withArticle(kindName)) + " cannot join "
                    + Wording.aKind(from.kind()) + " to " + Wording.aKind(to.kind()) + ".");
        }
        if (duplicates(before)) {
            throw new CommandRefusedException(Wording.label(from) + " and " + Wording.label(to)
                    + " are already joined by " + Wording.withArticle(kindName) + ".");
        }
        List<Connection> connections = new ArrayList<>(before.connections());
        connections.add(connection);
        return Contents.withConnections(before, connections);
    }

    private boolean duplicates(Diagram d) {
        boolean directed = Catalog.rule(connection.kind()).directed();
        String session = PeeringSession.of(connection);
        return d.connectionsOf(connection.from()).stream().anyMatch(c -> c.kind() == connection.kind()
                && PeeringSession.of(c).equals(session)
                && (c.from().equals(connection.from()) && c.to().equals(connection.to())
                        || !directed && c.from().equals(connection.to()) && c.to().equals(connection.from())));
    }

    /** "Connect vpngw to lng-onprem". */
    @Override
    public String label(Diagram before) {
        return "Connect " + name(before, connection.from()) + " to " + name(before, connection.to());
    }

    private static String name(Diagram d, String id) {
        return d.element(id).map(Wording::label).orElse(id);
    }
}
