package dev.hybridnet.imports;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hybridnet.imports.arm.Unknown;
import dev.hybridnet.model.PropertyKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reading evaluated resource JSON: a value is present only when it is known. An unknown value (a runtime address,
 * a parameter without a value) reads as absent, so the property is left out and validation treats it as unknown,
 * not wrong.
 */
final class Values {

    private Values() {
    }

    /** The node at a dotted path ({@code properties.sku.name}), if present, not null and known. */
    static Optional<JsonNode> at(JsonNode root, String path) {
        JsonNode n = root;
        for (String part : path.split("\\.")) {
            n = field(n, part);
            if (n == null) {
                return Optional.empty();
            }
        }
        return n.isNull() || Unknown.is(n) || n.isMissingNode() ? Optional.empty() : Optional.of(n);
    }

    /** A member by name, ignoring case as Azure does. */
    private static JsonNode field(JsonNode n, String name) {
        if (n == null || !n.isObject()) {
            return null;
        }
        JsonNode exact = n.get(name);
        if (exact != null) {
            return exact;
        }
        for (var f : n.properties()) {
            if (f.getKey().equalsIgnoreCase(name)) {
                return f.getValue();
            }
        }
        return null;
    }

    static Optional<String> text(JsonNode root, String path) {
        return at(root, path).filter(n -> n.isTextual() || n.isNumber() || n.isBoolean()).map(JsonNode::asText)
                .filter(s -> !s.isBlank());
    }

    static Optional<Boolean> bool(JsonNode root, String path) {
        return at(root, path).flatMap(n -> n.isBoolean() ? Optional.of(n.booleanValue())
                : n.isTextual() && (n.textValue().equalsIgnoreCase("true") || n.textValue().equalsIgnoreCase("false"))
                ? Optional.of(Boolean.parseBoolean(n.textValue())) : Optional.empty());
    }

    static Optional<Long> integer(JsonNode root, String path) {
        return at(root, path).flatMap(n -> {
            if (n.isIntegralNumber()) {
                return Optional.of(n.longValue());
            }
            try {
                return n.isTextual() ? Optional.of(Long.parseLong(n.textValue().strip())) : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    /** The known strings of an array. */
    static List<String> texts(JsonNode root, String path) {
        List<String> result = new ArrayList<>();
        at(root, path).filter(JsonNode::isArray).ifPresent(a -> a.forEach(item -> {
            if (item.isTextual() && !item.textValue().isBlank()) {
                result.add(item.textValue());
            }
        }));
        return result;
    }

    /** The items of an array (empty when absent). */
    static List<JsonNode> items(JsonNode root, String path) {
        List<JsonNode> result = new ArrayList<>();
        at(root, path).filter(JsonNode::isArray).ifPresent(a -> a.forEach(result::add));
        return result;
    }

    /** The canonical spelling of a choice ({@code routebased} is {@code RouteBased}); as given when none matches. */
    static String choice(PropertyKey<?> key, String value) {
        for (String c : key.choices()) {
            if (c.equalsIgnoreCase(value)) {
                return c;
            }
        }
        return value;
    }
}
