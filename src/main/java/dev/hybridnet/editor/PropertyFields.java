package dev.hybridnet.editor;

import dev.hybridnet.catalog.PropertySpec;
import dev.hybridnet.model.PropValue;
import dev.hybridnet.model.PropertyType;
import dev.hybridnet.model.Props;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The property sections of an inspection, from the catalog's specs and the props of the inspected items (by id,
 * in selection order): Settings, Addresses and Routing (routes, BGP and ASNs), then the properties the catalog does
 * not know. With several items a property shows their common value, or none and "mixed" when they differ.
 */
final class PropertyFields {

    private static final List<String> GROUPS = List.of("Settings", "Addresses", "Routing");

    private PropertyFields() {
    }

    static List<Inspection.Section> sections(List<PropertySpec> specs, Map<String, Props> props) {
        Map<String, List<InspectorField>> groups = new LinkedHashMap<>();
        GROUPS.forEach(g -> groups.put(g, new ArrayList<>()));
        for (PropertySpec spec : specs) {
            groups.get(group(spec)).add(field(spec, props));
        }
        List<Inspection.Section> sections = new ArrayList<>();
        groups.forEach((title, fields) -> {
            if (!fields.isEmpty()) {
                sections.add(new Inspection.Section(title, fields));
            }
        });
        List<InspectorField> unknown = unknown(specs, props);
        if (!unknown.isEmpty()) {
            sections.add(new Inspection.Section("Other properties", unknown));
        }
        return sections;
    }

    /** Routes, BGP and ASNs are about routing; addresses and prefixes about addressing; the rest are settings. */
    static String group(PropertySpec spec) {
        String key = spec.name().toLowerCase(Locale.ROOT);
        if (spec.type() == PropertyType.ROUTES || key.contains("bgp") || key.contains("asn")) {
            return "Routing";
        }
        return switch (spec.type()) {
            case ADDRESS, PREFIX, PREFIX_LIST, ADDRESS_LIST -> "Addresses";
            default -> "Settings";
        };
    }

    static InspectorField.Property field(PropertySpec spec, Map<String, Props> props) {
        List<Optional<PropValue>> values = props.values().stream().map(p -> p.get(spec.name())).distinct().toList();
        boolean mixed = values.size() > 1;
        Optional<String> problem = Optional.empty();
        for (Map.Entry<String, Props> item : props.entrySet()) {
            Optional<String> found = spec.problemIn(item.getValue());
            if (found.isPresent()) {
                problem = Optional.of(props.size() > 1 ? item.getKey() + ": " + found.get() : found.get());
                break;
            }
        }
        return new InspectorField.Property(props.keySet(), spec, mixed ? Optional.empty() : values.get(0), mixed,
                problem);
    }

    private static List<InspectorField> unknown(List<PropertySpec> specs, Map<String, Props> props) {
        TreeSet<String> keys = new TreeSet<>();
        props.values().forEach(p -> keys.addAll(p.values().keySet()));
        specs.forEach(s -> keys.remove(s.name()));
        List<InspectorField> fields = new ArrayList<>();
        for (String key : keys) {
            List<Optional<PropValue>> values = props.values().stream().map(p -> p.get(key)).distinct().toList();
            String text = values.size() > 1 ? "(differs)"
                    : values.get(0).map(PropertyText::format).orElse("");
            fields.add(new InspectorField.Unknown("unknown:" + key, key, text));
        }
        return fields;
    }
}
