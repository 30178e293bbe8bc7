package dev.hybridnet.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hybridnet.catalog.Catalog;
import dev.hybridnet.geometry.Rect;
import dev.hybridnet.geometry.Size;
import dev.hybridnet.model.Connection;
import dev.hybridnet.model.ConnectionKind;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import dev.hybridnet.model.ElementKind;
import dev.hybridnet.model.Ids;
import dev.hybridnet.model.Props;
import dev.hybridnet.model.Reference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Turns the JSON tree of a current-version document into a {@link Diagram}, checking its structure. */
final class DiagramBuilder {

    private static final Set<String> TOP_FIELDS =
            Set.of("$schema", "format", "version", "title", "reference", "elements", "connections");
    private static final Set<String> ELEMENT_FIELDS =
            Set.of("id", "kind", "name", "parent", "x", "y", "width", "height", "props");
    private static final Set<String> CONNECTION_FIELDS = Set.of("id", "kind", "from", "to", "props");
    private static final List<String> ELEMENT_KINDS =
            Arrays.stream(ElementKind.values()).map(ElementKind::id).toList();
    private static final List<String> CONNECTION_KINDS =
            Arrays.stream(ConnectionKind.values()).map(ConnectionKind::id).toList();
    private static final List<String> REFERENCES = Arrays.stream(Reference.values()).map(Reference::id).toList();

    private final String source;

    DiagramBuilder(String source) {
        this.source = source;
    }

    Diagram build(ObjectNode root) throws DiagramFormatException {
        NodeFields top = new NodeFields(source, "", root);
        top.refuseUnknown(TOP_FIELDS);
        top.optionalText("$schema");
        String title = top.optionalText("title").orElse("");
        Optional<Reference> reference = Optional.empty();
        Optional<String> referenceId = top.at("field 'reference'").optionalText("reference");
        if (referenceId.isPresent()) {
            reference = Optional.of(Reference.fromId(referenceId.get()).orElseThrow(() -> top.error(
                    "unknown reference '" + referenceId.get() + "'" + hint(referenceId.get(), REFERENCES))));
        }
        List<JsonNode> elementNodes = items(top, "elements");
        List<JsonNode> connectionNodes = items(top, "connections");
        if (elementNodes.size() + connectionNodes.size() > FormatLimits.MAX_ITEMS) {
            throw top.error("too many items: " + elementNodes.size() + " elements and " + connectionNodes.size()
                    + " connections, at most " + FormatLimits.MAX_ITEMS + " in all");
        }
        List<Element> elements = new ArrayList<>(elementNodes.size());
        for (int i = 0; i < elementNodes.size(); i++) {
            elements.add(element(objectAt(elementNodes.get(i), "elements", i)));
        }
        List<Connection> connections = new ArrayList<>(connectionNodes.size());
        for (int i = 0; i < connectionNodes.size(); i++) {
            connections.add(connection(objectAt(connectionNodes.get(i), "connections", i)));
        }
        new StructureCheck(source).check(elements, connections);
        return new Diagram(title, reference, elements, connections);
    }

    private static List<JsonNode> items(NodeFields top, String field) throws DiagramFormatException {
        List<JsonNode> result = new ArrayList<>();
        top.optionalArray(field).ifPresent(array -> array.forEach(result::add));
        return result;
    }

    private NodeFields objectAt(JsonNode node, String list, int index) throws DiagramFormatException {
        String place = list + "[" + index + "]";
        if (!node.isObject()) {
            throw new DiagramFormatException(source, place, "should be an object, not " + NodeFields.describe(node));
        }
        NodeFields fields = new NodeFields(source, place, (ObjectNode) node);
        JsonNode id = node.get("id");
        if (id == null || id.isNull()) {
            throw fields.error("missing field 'id'");
        }
        if (!id.isTextual() || !Ids.isValid(id.textValue())) {
            throw fields.error("bad id " + NodeFields.describe(id)
                    + ": ids are 1 to 64 characters of A-Z a-z 0-9 _ . -");
        }
        String what = list.equals("elements") ? "element" : "connection";
        return fields.at(what + " '" + id.textValue() + "'");
    }

    private Element element(NodeFields fields) throws DiagramFormatException {
        fields.refuseUnknown(ELEMENT_FIELDS);
        String id = fields.requiredText("id");
        String kindId = fields.requiredText("kind");
        ElementKind kind = ElementKind.fromId(kindId).orElseThrow(() -> fields.error(
                "unknown kind '" + NodeFields.abbreviate(kindId) + "'" + hint(kindId, ELEMENT_KINDS)));
        Optional<String> parent = fields.optionalText("parent");
        if (parent.isPresent() && !Ids.isValid(parent.get())) {
            throw fields.error("parent '" + NodeFields.abbreviate(parent.get()) + "' is not a valid id");
        }
        double x = coordinate(fields, "x");
        double y = coordinate(fields, "y");
        Size size = Catalog.of(kind).defaultSize();
        double width = dimension(fields, "width").orElse(size.width());
        double height = dimension(fields, "height").orElse(size.height());
        Props props = fields.optionalObject("props").map(PropsJson::read).orElse(Props.empty());
        return new Element(id, kind, fields.optionalText("name").orElse(""), parent, new Rect(x, y, width, height),
                props);
    }

    private Connection connection(NodeFields fields) throws DiagramFormatException {
        fields.refuseUnknown(CONNECTION_FIELDS);
        String kindId = fields.requiredText("kind");
        ConnectionKind kind = ConnectionKind.fromId(kindId).orElseThrow(() -> fields.error(
                "unknown connection kind '" + NodeFields.abbreviate(kindId) + "'" + hint(kindId, CONNECTION_KINDS)));
        String from = endpoint(fields, "from");
        String to = endpoint(fields, "to");
        Props props = fields.optionalObject("props").map(PropsJson::read).orElse(Props.empty());
        return new Connection(fields.requiredText("id"), kind, from, to, props);
    }

    private static String endpoint(NodeFields fields, String name) throws DiagramFormatException {
        String id = fields.requiredText(name);
        if (!Ids.isValid(id)) {
            throw fields.error(name + " '" + NodeFields.abbreviate(id) + "' is not a valid id");
        }
        return id;
    }

    private static double coordinate(NodeFields fields, String name) throws DiagramFormatException {
        double value = fields.requiredNumber(name);
        if (Math.abs(value) > FormatLimits.MAX_COORDINATE) {
            throw fields.error(name + " = " + Numbers.canonical(value) + " is out of range (at most "
                    + Numbers.canonical(FormatLimits.MAX_COORDINATE) + " from the origin)");
        }
        return value;
    }

    private static Optional<Double> dimension(NodeFields fields, String name) throws DiagramFormatException {
        Optional<Double> value = fields.optionalNumber(name);
        if (value.isPresent() && (value.get() <= 0 || value.get() > FormatLimits.MAX_COORDINATE)) {
            throw fields.error(name + " = " + Numbers.canonical(value.get()) + " is out of range (more than 0 and at "
                    + "most " + Numbers.canonical(FormatLimits.MAX_COORDINATE) + ")");
        }
        return value;
    }

    private static String hint(String word, List<String> known) {
        return Suggestion.closest(word, known).map(s -> " (did you mean '" + s + "'?)")
                .orElse("; expected one of " + String.join(", ", known));
    }
}
