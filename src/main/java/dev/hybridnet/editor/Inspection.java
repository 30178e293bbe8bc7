package dev.hybridnet.editor;

import dev.hybridnet.catalog.Catalog;
import dev.hybridnet.command.Wording;
import dev.hybridnet.model.Connection;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the inspector shows for a selection, without a toolkit: a heading and sections of {@link InspectorField}s.
 * Nothing selected: the diagram's title and declared reference. One element or connection: its name and where it
 * is, then every property its kind has in the catalog, grouped, then the properties the catalog does not know.
 * Several items of one kind: the properties they share, an edit applying to all. Items of different kinds: a
 * count, nothing to edit.
 */
public record Inspection(String heading, List<Section> sections) {

    /** A titled group of fields. */
    public record Section(String title, List<InspectorField> fields) {
        public Section {
            Objects.requireNonNull(title, "title");
            fields = List.copyOf(fields);
        }
    }

    public Inspection {
        Objects.requireNonNull(heading, "heading");
        sections = List.copyOf(sections);
    }

    public static Inspection of(Diagram d, Set<String> selection) {
        List<String> ids = selection.stream().filter(d::hasId).toList();
        if (ids.isEmpty()) {
            return ofDiagram(d);
        }
        List<Element> elements = ids.stream().flatMap(id -> d.element(id).stream()).toList();
        List<Connection> connections = ids.stream().flatMap(id -> d.connection(id).stream()).toList();
        boolean oneKind = elements.isEmpty() ? connections.stream().map(Connection::kind).distinct().count() == 1
                : connections.isEmpty() && elements.stream().map(Element::kind).distinct().count() == 1;
        if (!oneKind) {
            return new Inspection(Wording.count(ids.size(), "item") + " selected", List.of(new Section("Selection",
                    List.of(new InspectorField.Info("mixed", "Selected", Wording.count(ids.size(), "item")
                            + " of different kinds; select items of one kind to edit them together.")))));
        }
        return elements.isEmpty() ? InspectedConnections.of(d, connections) : InspectedElements.of(d, elements);
    }

    private static Inspection ofDiagram(Diagram d) {
        return new Inspection(d.title(), List.of(new Section("Diagram", List.of(
                new InspectorField.Title(d.title()),
                new InspectorField.DeclaredReference(d.reference()),
                new InspectorField.Info("contents", "Contents", Wording.contents(d))))));
    }

    /** Every field, section after section. */
    public List<InspectorField> fields() {
        return sections.stream().flatMap(s -> s.fields().stream()).toList();
    }

    public Optional<InspectorField> field(String key) {
        return fields().stream().filter(f -> f.key().equals(key)).findFirst();
    }

    /**
     * The layout: section titles and the key and type of every field. Two inspections of the same layout show the
     * same editors, so the shell may only update their values.
     */
    public List<String> layout() {
        List<String> layout = new ArrayList<>();
        for (Section s : sections) {
            layout.add("# " + s.title());
            s.fields().forEach(f -> layout.add(f.key() + " " + f.getClass().getSimpleName() + editable(f)));
        }
        return layout;
    }

    private static String editable(InspectorField f) {
        return f instanceof InspectorField.PeeringFlagValue v && !v.editable() ? " read-only" : "";
    }

    static String kindName(Element e) {
        return Catalog.of(e.kind()).displayName();
    }
}
