package dev.hybridnet.imports;

import dev.hybridnet.catalog.Catalog;
import dev.hybridnet.geometry.Rect;
import dev.hybridnet.geometry.Size;
import dev.hybridnet.imports.arm.ArmResource;
import dev.hybridnet.model.Connection;
import dev.hybridnet.model.ConnectionKind;
import dev.hybridnet.model.Element;
import dev.hybridnet.model.ElementKind;
import dev.hybridnet.model.Props;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The diagram an import is building, and its report: elements and connections with ids made from the resources'
 * names (unique, in the file format's spelling), each at the kind's default size until the layout places it; counts
 * of what was mapped, implied and skipped.
 */
final class Draft {

    private final List<Element> elements = new ArrayList<>();
    private final List<Connection> connections = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();
    private final Map<String, Integer> mapped = new TreeMap<>();
    private final Map<String, Integer> skipped = new TreeMap<>();
    private final List<String> implied = new ArrayList<>();
    private final List<ImportReport.Problem> problems = new ArrayList<>();
    private final Map<String, Integer> destroyed = new TreeMap<>();
    /** What a resource is reported as: its ARM type, or the type it had in the source (a Terraform type). */
    private final Function<ArmResource, String> label;
    /** Element ids by the resource key they were made from (see {@link ResourceIndex#key}). */
    private final Map<String, String> byResource = new LinkedHashMap<>();

    Draft(Function<ArmResource, String> label) {
        this.label = label;
    }

    /** Adds an element made from a resource (or implied, when {@code resourceKey} is empty); returns its id. */
    String element(ElementKind kind, String name, Optional<String> parent, Props props, Optional<String> resourceKey) {
        String id = freshId(name);
        Size size = Catalog.of(kind).defaultSize();
        elements.add(new Element(id, kind, name.isBlank() ? Catalog.of(kind).defaultName() : name, parent,
                new Rect(0, 0, size.width(), size.height()), props));
        resourceKey.ifPresent(k -> byResource.put(k, id));
        return id;
    }

    void connection(ConnectionKind kind, String name, String from, String to, Props props) {
        connections.add(new Connection(freshId(name), kind, from, to, props));
    }

    Optional<String> elementOf(String resourceKey) {
        return Optional.ofNullable(byResource.get(resourceKey));
    }

    Optional<Element> element(String id) {
        return elements.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    void replace(Element e) {
        elements.replaceAll(x -> x.id().equals(e.id()) ? e : x);
    }

    List<Connection> connections() {
        return connections;
    }

    void mapped(String type, int count) {
        mapped.merge(type, count, Integer::sum);
    }

    void skipped(String type, int count) {
        skipped.merge(type, count, Integer::sum);
    }

    void mapped(ArmResource r) {
        mapped(label.apply(r), 1);
    }

    void skipped(ArmResource r) {
        skipped(label.apply(r), 1);
    }

    void destroyed(String type, int count) {
        destroyed.merge(type, count, Integer::sum);
    }

    void implied(String what) {
        implied.add(what);
    }

    void problem(String path, String message) {
        problems.add(new ImportReport.Problem(path, message));
    }

    List<Element> elements() {
        return elements;
    }

    ImportReport report(String source) {
        return new ImportReport(source, mapped, implied, skipped, destroyed, problems);
    }

    /** An id in the format's spelling (letters, digits, '-', '_', '.'), unique in the diagram. */
    private String freshId(String name) {
        String base = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-").replaceAll("^-+|-+$", "");
        if (base.isEmpty()) {
            base = "item";
        }
        if (base.length() > 56) {
            base = base.substring(0, 56); // room for a "-NNN" within the format's 64 characters
        }
        String id = base;
        for (int n = 2; !ids.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
