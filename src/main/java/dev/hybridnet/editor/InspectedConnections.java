package dev.hybridnet.editor;

import dev.hybridnet.catalog.Catalog;
import dev.hybridnet.catalog.PeeringFlag;
import dev.hybridnet.catalog.Properties;
import dev.hybridnet.catalog.PropertySpec;
import dev.hybridnet.command.SetPeeringFlag;
import dev.hybridnet.command.Wording;
import dev.hybridnet.model.Connection;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Keys;
import dev.hybridnet.model.PeeringDirection;
import dev.hybridnet.model.PropValue;
import dev.hybridnet.model.PropertyType;
import dev.hybridnet.model.Props;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The inspection of one or more connections of one kind. The two directions of a VNet peering get a section
 * each, named after the VNet that owns that direction, with whether it exists and its four flags; a tunnel's
 * IPsec policy gets one, with whether it is custom and then its fields.
 */
final class InspectedConnections {

    private InspectedConnections() {
    }

    static Inspection of(Diagram d, List<Connection> connections) {
        Connection first = connections.get(0);
        String kind = Catalog.rule(first.kind()).displayName();
        List<InspectorField> general = new ArrayList<>();
        String heading;
        if (connections.size() == 1) {
            heading = kind;
            general.add(new InspectorField.Info("kind", "Kind", kind));
            general.add(new InspectorField.Info("id", "Id", first.id()));
            general.add(new InspectorField.Info("from", "From", name(d, first.from())));
            general.add(new InspectorField.Info("to", "To", name(d, first.to())));
        } else {
            heading = Wording.count(connections.size(), Catalog.inSentence(kind));
            general.add(new InspectorField.Info("kind", "Kind", kind));
            general.add(new InspectorField.Info("selected", "Selected", String.join(", ",
                    connections.stream().map(Connection::id).toList())));
        }
        Map<String, Props> props = new LinkedHashMap<>();
        connections.forEach(c -> props.put(c.id(), c.props()));
        List<PropertySpec> specs = Properties.of(first.kind());
        List<Inspection.Section> sections = new ArrayList<>();
        // The label names the connection, as a name does an element; waypoints are shaped on the canvas and listed
        // only when there are some.
        for (PropertySpec spec : specs) {
            if (spec.key() == Keys.LABEL || spec.key() == Keys.WAYPOINTS && props.values().stream()
                    .anyMatch(p -> p.has(spec.name()))) {
                general.add(PropertyFields.field(spec, props));
            }
        }
        sections.add(new Inspection.Section("General", general));
        sections.addAll(PropertyFields.sections(specs.stream().filter(s -> s.type() != PropertyType.PEERING_FLAGS
                && s.key() != Keys.IPSEC_POLICY && s.key() != Keys.LABEL && s.key() != Keys.WAYPOINTS).toList(),
                withoutSides(specs, props)));
        if (specs.stream().anyMatch(s -> s.key() == Keys.IPSEC_POLICY)) {
            sections.add(policy(props));
        }
        for (PropertySpec side : specs.stream().filter(s -> s.type() == PropertyType.PEERING_FLAGS).toList()) {
            sections.add(side(d, connections, side.name(), props));
        }
        return new Inspection(heading, sections);
    }

    private static String name(Diagram d, String id) {
        return d.element(id).map(Wording::label).orElse(id);
    }

    /** The props without the peering sides, which get sections of their own rather than "other properties". */
    private static Map<String, Props> withoutSides(List<PropertySpec> specs, Map<String, Props> props) {
        Map<String, Props> rest = new LinkedHashMap<>();
        props.forEach((id, p) -> {
            Props kept = p;
            for (PropertySpec s : specs) {
                if (s.type() == PropertyType.PEERING_FLAGS || s.key() == Keys.IPSEC_POLICY || s.key() == Keys.LABEL
                        || s.key() == Keys.WAYPOINTS) {
                    kept = kept.without(s.name());
                }
            }
            rest.put(id, kept);
        });
        return rest;
    }

    /**
     * The IPsec policy as a small form: whether there is a custom one, and when every selected tunnel has one, a
     * row for each of its fields.
     */
    private static Inspection.Section policy(Map<String, Props> props) {
        String key = Keys.IPSEC_POLICY.name();
        List<Boolean> present = props.values().stream()
                .map(p -> p.get(key).filter(v -> !(v instanceof PropValue.Null)).isPresent()).distinct().toList();
        Optional<String> problem = props.values().stream().flatMap(p -> p.read(Keys.IPSEC_POLICY).error().stream())
                .findFirst();
        List<InspectorField> fields = new ArrayList<>();
        fields.add(new InspectorField.CustomPolicy(props.keySet(), present.get(0), present.size() > 1, problem));
        SortedMap<String, PropValue.ObjectValue> policies = new TreeMap<>();
        props.forEach((id, p) -> p.get(key).filter(PropValue.ObjectValue.class::isInstance)
                .ifPresent(v -> policies.put(id, (PropValue.ObjectValue) v)));
        if (policies.size() == props.size()) {
            for (PropertySpec field : Properties.ipsecPolicy()) {
                List<Optional<PropValue>> values = policies.values().stream()
                        .map(p -> Optional.ofNullable(p.fields().get(field.name()))).distinct().toList();
                Optional<String> wrong = policies.values().stream()
                        .flatMap(p -> field.problemIn(new Props(p.fields())).stream()).findFirst();
                fields.add(new InspectorField.PolicyValue(policies, field, values.size() > 1 ? Optional.empty()
                        : values.get(0), values.size() > 1, wrong));
            }
        }
        return new Inspection.Section("IPsec policy", fields);
    }

    private static Inspection.Section side(Diagram d, List<Connection> connections, String side,
            Map<String, Props> props) {
        String owner = connections.size() == 1
                ? name(d, side.equals(SetPeeringFlag.FROM) ? connections.get(0).from() : connections.get(0).to())
                : "the '" + side + "' VNet";
        Set<String> ids = props.keySet();
        List<Boolean> present = props.values().stream()
                .map(p -> p.get(side).filter(v -> !(v instanceof PropValue.Null)).isPresent()).distinct().toList();
        Optional<String> problem = props.values().stream().flatMap(p -> p.peering(side).error().stream())
                .findFirst();
        List<PeeringDirection> directions = props.values().stream()
                .flatMap(p -> p.peering(side).toOptional().stream()).toList();
        boolean editable = problem.isEmpty() && present.equals(List.of(true));
        List<InspectorField> fields = new ArrayList<>();
        fields.add(new InspectorField.PeeringSide(ids, side, owner, present.get(0), present.size() > 1, problem));
        for (PeeringFlag flag : PeeringFlag.values()) {
            List<Boolean> values = directions.stream().map(flag::in).distinct().toList();
            boolean value = values.size() == 1 && values.get(0);
            fields.add(new InspectorField.PeeringFlagValue(ids, side, flag, value, values.size() > 1, editable));
        }
        String title = connections.size() == 1 ? "Peering on " + owner + " (" + side + ")"
                : "Peering on the '" + side + "' side";
        return new Inspection.Section(title, fields);
    }
}
