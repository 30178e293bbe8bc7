package dev.hybridnet.imports.terraform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An ARM resource body being written: values go in at dotted paths ({@code properties.addressSpace.addressPrefixes}),
 * the objects on the way made as needed; an absent value ({@code null}) leaves the path out.
 */
final class Body {

    private final ObjectNode node;

    Body() {
        this(JsonNodeFactory.instance.objectNode());
    }

    /** Writes into an object that exists (a subnet's body, to add what an association says). */
    Body(ObjectNode node) {
        this.node = node;
    }

    ObjectNode node() {
        return node;
    }

    Body put(String path, JsonNode value) {
        if (value != null) {
            int dot = path.lastIndexOf('.');
            parent(path.substring(0, Math.max(dot, 0))).set(path.substring(dot + 1), value);
        }
        return this;
    }

    /** Each attribute's value at its ARM path: {@code armPath, attribute, armPath, attribute...}. */
    Body copy(Reader r, String... pathsAndAttributes) {
        for (int i = 0; i + 1 < pathsAndAttributes.length; i += 2) {
            put(pathsAndAttributes[i], r.value(pathsAndAttributes[i + 1]));
        }
        return this;
    }

    /** A new object at the end of the array at {@code path}. */
    Body item(String path) {
        int dot = path.lastIndexOf('.');
        ObjectNode parent = parent(path.substring(0, Math.max(dot, 0)));
        String name = path.substring(dot + 1);
        if (!(parent.get(name) instanceof ArrayNode)) {
            parent.set(name, JsonNodeFactory.instance.arrayNode());
        }
        return new Body(((ArrayNode) parent.get(name)).addObject());
    }

    private ObjectNode parent(String path) {
        ObjectNode at = node;
        if (path.isEmpty()) {
            return at;
        }
        for (String step : path.split("\\.")) {
            if (!(at.get(step) instanceof ObjectNode)) {
                at.set(step, JsonNodeFactory.instance.objectNode());
            }
            at = (ObjectNode) at.get(step);
        }
        return at;
    }
}
