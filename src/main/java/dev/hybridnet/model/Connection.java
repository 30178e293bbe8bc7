package dev.hybridnet.model;

import java.util.Objects;

/**
 * A connection between two elements, such as a site-to-site VPN or a VNet peering. {@code from} and {@code to}
 * are element ids; for directed kinds ({@code represents}, the two directions of a peering) the order matters.
 */
public record Connection(String id, ConnectionKind kind, String from, String to, Props props) {

    public Connection {
        Ids.require(id, "connection");
        Objects.requireNonNull(kind, "kind");
        Ids.require(from, "from");
        Ids.require(to, "to");
        Objects.requireNonNull(props, "props");
    }

    public Connection withProps(Props newProps) {
        return new Connection(id, kind, from, to, newProps);
    }

    public Connection withId(String newId) {
        return new Connection(newId, kind, from, to, props);
    }

    /** Hashes the id only, as {@link Element#hashCode()} does. */
    @Override
    public int hashCode() {
        return id.hashCode();
    }

    public boolean touches(String elementId) {
        return from.equals(elementId) || to.equals(elementId);
    }

    /** The end that is not {@code elementId}; {@code from} when the connection joins an element to itself. */
    public String otherEnd(String elementId) {
        return from.equals(elementId) ? to : from;
    }
}
