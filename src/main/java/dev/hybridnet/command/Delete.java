package dev.hybridnet.command;

import dev.hybridnet.catalog.Catalog;
import dev.hybridnet.model.Connection;
import dev.hybridnet.model.Diagram;
import java.util.List;
import java.util.Set;

/**
 * Deletes elements, with everything inside them and every connection that touches any of them, and
 * connections. Refused when an id does not exist.
 */
public record Delete(Set<String> ids) implements Command {

    public Delete {
        ids = Set.copyOf(ids);
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("nothing to delete");
        }
    }

    @Override
    public Diagram apply(Diagram before) {
        Contents.requireAll(before, ids);
        Set<String> gone = Contents.withDescendants(before, ids);
        return before.withContent(
                before.elements().stream().filter(e -> !gone.contains(e.id())).toList(),
                before.connections().stream().filter(c -> !ids.contains(c.id()) && !gone.contains(c.from())
                        && !gone.contains(c.to())).toList());
    }

    /** "Delete vpngw", "Delete 2 elements", "Delete 2 elements and 1 connection". */
    @Override
    public String label(Diagram before) {
        List<Connection> connections = ids.stream().flatMap(id -> before.connection(id).stream()).toList();
        int elements = ids.size() - connections.size();
        if (ids.size() == 1 && connections.size() == 1) {
            Connection c = connections.get(0);
            return "Delete " + Catalog.inSentence(Catalog.rule(c.kind()).displayName()) + " " + c.id();
        }
        if (connections.isEmpty()) {
            return Contents.label(before, "Delete", ids);
        }
        String connectionCount = Wording.count(connections.size(), "connection");
        return "Delete " + (elements == 0 ? connectionCount
                : Wording.count(elements, "element") + " and " + connectionCount);
    }
}
