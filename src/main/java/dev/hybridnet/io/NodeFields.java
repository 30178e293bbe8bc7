package dev.hybridnet.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;

/**
 * Typed access to the fields of one JSON object of a file, failing with a {@link DiagramFormatException} that
 * names the file and the object ("element 'vpngw'") when a field is missing or of the wrong type.
 */
record NodeFields(String source, String place, ObjectNode node) {

    DiagramFormatException error(String problem) {
        return new DiagramFormatException(source, place, problem);
    }

    NodeFields at(String newPlace) {
        return new NodeFields(source, newPlace, node);
    }

    void refuseUnknown(Set<String> known) throws DiagramFormatException {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                throw error("unknown field '" + name + "'" + Suggestion.closest(name, known)
                        .map(s -> " (did you mean '" + s + "'?)").orElse(""));
            }
        }
    }

    boolean has(String name) {
        JsonNode value = node.get(name);
        return value != null && !value.isNull();
    }

    String requiredText(String name) throws DiagramFormatException {
        return optionalText(name).orElseThrow(() -> error("missing field '" + name + "'"));
    }

    Optional<String> optionalText(String name) throws DiagramFormatException {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw error("field '" + name + "' should be text, not " + describe(value));
        }
        return Optional.of(value.textValue());
    }

    double requiredNumber(String name) throws DiagramFormatException {
        return optionalNumber(name).orElseThrow(() -> error("missing field '" + name + "'"));
    }

    Optional<Double> optionalNumber(String name) throws DiagramFormatException {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isNumber()) {
            throw error("field '" + name + "' should be a number, not " + describe(value));
        }
        double number = value.doubleValue();
        if (!Double.isFinite(number)) {
            throw error("field '" + name + "' is not a finite number");
        }
        return Optional.of(number);
    }

    Optional<ObjectNode> optionalObject(String name) throws DiagramFormatException {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isObject()) {
            throw error("field '" + name + "' should be an object, not " + describe(value));
        }
        return Optional.of((ObjectNode) value);
    }

    Optional<Iterable<JsonNode>> optionalArray(String name) throws DiagramFormatException {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isArray()) {
            throw error("field '" + name + "' should be a list, not " + describe(value));
        }
        return Optional.of(value);
    }

    static String describe(JsonNode value) {
        if (value.isTextual()) {
            return "the text \"" + abbreviate(value.textValue()) + "\"";
        }
        if (value.isNumber()) {
            return "the number " + abbreviate(value.asText());
        }
        if (value.isBoolean()) {
            return value.asText();
        }
        if (value.isArray()) {
            return "a list";
        }
        if (value.isObject()) {
            return "an object";
        }
        return "null";
    }

    static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }
}
