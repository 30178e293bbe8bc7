package dev.hybridnet.editor;

import dev.hybridnet.catalog.Catalog;
import dev.hybridnet.catalog.Properties;
import dev.hybridnet.command.Wording;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import dev.hybridnet.model.ElementKind;
import dev.hybridnet.model.Props;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The inspection of one or more elements of one kind. */
final class InspectedElements {

    private InspectedElements() {
    }

    static Inspection of(Diagram d, List<Element> elements) {
        Element first = elements.get(0);
        String kind = Catalog.of(first.kind()).displayName();
        List<InspectorField> general = new ArrayList<>();
        String heading;
        if (elements.size() == 1) {
            heading = Wording.label(first);
            if (first.kind() != ElementKind.NOTE) {
                // A note says what it has to say in its text; its name is unused.
                general.add(new InspectorField.Name(first.id(), first.name(), first.kind() == ElementKind.GROUP));
            }
            general.add(new InspectorField.Info("kind", "Kind", kind));
            general.add(new InspectorField.Info("id", "Id", first.id()));
            general.add(new InspectorField.Info("parent", "In", d.parentOf(first.id()).map(Wording::label)
                    .orElse("the canvas")));
        } else {
            heading = Wording.count(elements.size(), Catalog.inSentence(kind));
            general.add(new InspectorField.Info("kind", "Kind", kind));
            general.add(new InspectorField.Info("selected", "Selected", String.join(", ",
                    elements.stream().map(Wording::label).toList())));
        }
        Map<String, Props> props = new LinkedHashMap<>();
        elements.forEach(e -> props.put(e.id(), e.props()));
        List<Inspection.Section> sections = new ArrayList<>();
        sections.add(new Inspection.Section("General", general));
        sections.addAll(PropertyFields.sections(Properties.of(first.kind()), props));
        return new Inspection(heading, sections);
    }
}
