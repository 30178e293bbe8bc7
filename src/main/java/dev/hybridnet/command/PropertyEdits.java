package dev.hybridnet.command;

import dev.hybridnet.catalog.Catalog;
import dev.hybridnet.catalog.PropertySpec;
import dev.hybridnet.catalog.Properties;
import dev.hybridnet.model.Connection;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import dev.hybridnet.model.Props;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/** What {@link SetProperty} and {@link RemoveProperty} share: changing the props of several ids, and labels. */
final class PropertyEdits {

    private PropertyEdits() {
    }

    static Diagram change(Diagram d, Set<String> ids, UnaryOperator<Props> change) {
        Contents.requireAll(d, ids);
        Diagram elementsDone = Contents.mapElements(d, e -> ids.contains(e.id()) ? e.withProps(change.apply(e.props()))
                : e);
        List<Connection> connections = new ArrayList<>(d.connections().size());
        for (Connection c : d.connections()) {
            connections.add(ids.contains(c.id()) ? c.withProps(change.apply(c.props())) : c);
        }
        return Contents.withConnections(elementsDone, connections);
    }

    /** "Set SKU of vpngw", "Clear BGP ASN of 3 elements": the catalog's label for the key where it has one. */
    static String label(Diagram d, String verb, Set<String> ids, String key) {
        String first = ids.iterator().next();
        Optional<PropertySpec> spec = d.element(first).map(e -> Properties.of(e.kind()))
                .or(() -> d.connection(first).map(c -> Properties.of(c.kind())))
                .flatMap(specs -> Properties.find(specs, key));
        String property = spec.map(s -> Catalog.inSentence(s.label())).orElse(key);
        String target = ids.size() == 1 ? d.element(first).map(Element::name).filter(n -> !n.isBlank()).orElse(first)
                : Wording.count(ids.size(), d.connection(first).isPresent() ? "connection" : "element");
        return verb + " " + property + " of " + target;
    }

    static void requireKey(String key) {
        if (key.isBlank()) {
            throw new IllegalArgumentException("property key must not be blank");
        }
    }
}
