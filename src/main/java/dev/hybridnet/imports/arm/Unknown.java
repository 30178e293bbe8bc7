package dev.hybridnet.imports.arm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.POJONode;
import java.util.Objects;

/**
 * A value that cannot be known offline: what {@code reference()}, {@code uniqueString()}, the resource group's
 * location or a parameter without a value stand for. It travels through expressions as a JSON node, so that any
 * function given one gives one back; the importer then leaves the property absent (validation treats it as unknown,
 * not wrong). {@code placeholder} is a stable, readable stand-in for names only: {@code <uniqueString>}.
 */
public record Unknown(String placeholder) {

    public Unknown {
        Objects.requireNonNull(placeholder, "placeholder");
    }

    /** The JSON node that carries an unknown value. */
    public static JsonNode node(String placeholder) {
        return new POJONode(new Unknown(placeholder));
    }

    public static boolean is(JsonNode node) {
        return node instanceof POJONode p && p.getPojo() instanceof Unknown;
    }

    /** The placeholder of an unknown node, or the text of a known one. */
    public static String text(JsonNode node) {
        if (node instanceof POJONode p && p.getPojo() instanceof Unknown u) {
            return u.placeholder();
        }
        return node.isTextual() ? node.textValue() : node.toString();
    }
}
