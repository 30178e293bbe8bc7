package dev.hybridnet.validation;

import dev.hybridnet.geometry.Rect;
import dev.hybridnet.model.Connection;
import dev.hybridnet.model.ConnectionKind;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import dev.hybridnet.model.ElementKind;
import dev.hybridnet.model.PropValue;
import dev.hybridnet.model.Props;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/** Small edits on diagrams for rule tests: take a clean sample, change one thing, see the rule fire. */
final class Edit {

    private Edit() {
    }

    static Diagram props(Diagram d, String id, UnaryOperator<Props> change) {
        if (d.element(id).isPresent()) {
            return element(d, id, e -> e.withProps(change.apply(e.props())));
        }
        Connection c = d.connection(id).orElseThrow(() -> new IllegalArgumentException("no id " + id));
        List<Connection> connections = new ArrayList<>(d.connections());
        connections.set(connections.indexOf(c), c.withProps(change.apply(c.props())));
        return d.withContent(d.elements(), connections);
    }

    static Diagram prop(Diagram d, String id, String key, PropValue value) {
        return props(d, id, p -> p.with(key, value));
    }

    static Diagram prop(Diagram d, String id, String key, String text) {
        return prop(d, id, key, PropValue.text(text));
    }

    static Diagram prop(Diagram d, String id, String key, boolean value) {
        return prop(d, id, key, PropValue.bool(value));
    }

    static Diagram prop(Diagram d, String id, String key, long value) {
        return prop(d, id, key, PropValue.number(value));
    }

    static Diagram texts(Diagram d, String id, String key, String... values) {
        return prop(d, id, key, PropValue.texts(List.of(values)));
    }

    static Diagram removeProp(Diagram d, String id, String key) {
        return props(d, id, p -> p.without(key));
    }

    static Diagram element(Diagram d, String id, UnaryOperator<Element> change) {
        List<Element> elements = new ArrayList<>(d.elements());
        Element e = d.element(id).orElseThrow(() -> new IllegalArgumentException("no element " + id));
        elements.set(elements.indexOf(e), change.apply(e));
        return d.withContent(elements, d.connections());
    }

    static Diagram rename(Diagram d, String id, String name) {
        return element(d, id, e -> e.withName(name));
    }

    static Diagram reparent(Diagram d, String id, String parent) {
        return element(d, id, e -> e.withParent(Optional.ofNullable(parent)));
    }

    /** Removes elements (with everything inside them and every connection touching them) or connections. */
    static Diagram remove(Diagram d, String... ids) {
        Set<String> gone = new HashSet<>();
        for (String id : ids) {
            gone.add(id);
            d.descendantsOf(id).forEach(e -> gone.add(e.id()));
        }
        List<Element> elements = d.elements().stream().filter(e -> !gone.contains(e.id())).toList();
        List<Connection> connections = d.connections().stream()
                .filter(c -> !gone.contains(c.id()) && !gone.contains(c.from()) && !gone.contains(c.to())).toList();
        return d.withContent(elements, connections);
    }

    static Diagram add(Diagram d, String id, ElementKind kind, String parent, Props props) {
        List<Element> elements = new ArrayList<>(d.elements());
        elements.add(new Element(id, kind, id, Optional.ofNullable(parent), new Rect(0, 0, 48, 48), props));
        return d.withContent(elements, d.connections());
    }

    static Diagram connect(Diagram d, String id, ConnectionKind kind, String from, String to, Props props) {
        List<Connection> connections = new ArrayList<>(d.connections());
        connections.add(new Connection(id, kind, from, to, props));
        return d.withContent(d.elements(), connections);
    }

    static Diagram connect(Diagram d, String id, ConnectionKind kind, String from, String to) {
        return connect(d, id, kind, from, to, Props.empty());
    }
}
