package dev.hybridnet.command;

import dev.hybridnet.catalog.Catalog;
import dev.hybridnet.catalog.PeeringFlag;
import dev.hybridnet.model.Connection;
import dev.hybridnet.model.ConnectionKind;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Keys;
import dev.hybridnet.model.PropValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Sets one flag of one direction ({@code side}: {@code "from"} or {@code "to"}) of one or more VNet peerings,
 * keeping the other flags and any unknown fields of that direction as they are. Refused when a peering does not
 * have that direction (it was not created) or holds something other than an object there.
 */
public record SetPeeringFlag(Set<String> ids, String side, PeeringFlag flag, boolean value) implements Command {

    public static final String FROM = Keys.PEERING_FROM.name();
    public static final String TO = Keys.PEERING_TO.name();

    public SetPeeringFlag {
        ids = Set.copyOf(ids);
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("no peering to set a flag of");
        }
        Objects.requireNonNull(side, "side");
        if (!side.equals(FROM) && !side.equals(TO)) {
            throw new IllegalArgumentException("side must be '" + FROM + "' or '" + TO + "', not '" + side + "'");
        }
        Objects.requireNonNull(flag, "flag");
    }

    public SetPeeringFlag(String id, String side, PeeringFlag flag, boolean value) {
        this(Set.of(id), side, flag, value);
    }

    /** The side of {@code connection} that belongs to the VNet {@code vnetId}: the direction created on it. */
    public static String sideOf(Connection connection, String vnetId) {
        return connection.from().equals(vnetId) ? FROM : TO;
    }

    @Override
    public Diagram apply(Diagram before) {
        List<Connection> connections = new ArrayList<>(before.connections().size());
        Contents.requireAll(before, ids);
        for (Connection c : before.connections()) {
            connections.add(ids.contains(c.id()) ? changed(before, c) : c);
        }
        return Contents.withConnections(before, connections);
    }

    private Connection changed(Diagram d, Connection c) {
        if (c.kind() != ConnectionKind.VNET_PEERING) {
            throw new CommandRefusedException(c.id() + " is not a VNet peering");
        }
        if (!(c.props().get(side).orElse(null) instanceof PropValue.ObjectValue object)) {
            throw new CommandRefusedException("The peering on " + owner(d, c) + "'s side of " + c.id()
                    + (c.props().has(side) ? " cannot be read" : " does not exist; create it first"));
        }
        SortedMap<String, PropValue> fields = new TreeMap<>(object.fields());
        fields.put(flag.spec().name(), PropValue.bool(value));
        return c.withProps(c.props().with(side, new PropValue.ObjectValue(fields)));
    }

    private String owner(Diagram d, Connection c) {
        String vnet = side.equals(FROM) ? c.from() : c.to();
        return d.element(vnet).map(Wording::label).orElse(vnet);
    }

    /** "Allow gateway transit on vnet-hub's side of peering-hub-spoke1", "Do not use remote gateways on ...". */
    @Override
    public String label(Diagram before) {
        String label = flag.spec().label();
        String what = value ? label : "Do not " + Catalog.inSentence(label);
        if (ids.size() > 1) {
            return what + " on the '" + side + "' side of " + Wording.count(ids.size(), "peering");
        }
        String id = ids.iterator().next();
        return before.connection(id).map(c -> what + " on " + owner(before, c) + "'s side of " + id)
                .orElse(what + " on " + id);
    }
}
