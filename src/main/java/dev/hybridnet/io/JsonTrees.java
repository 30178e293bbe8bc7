package dev.hybridnet.io;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Builds a {@link JsonNode} tree straight from a streaming {@link JsonParser}: the same tree, node for node, that
 * {@code ObjectMapper.readTree} builds with {@code USE_BIG_DECIMAL_FOR_FLOATS} and the default node factory.
 * Whole numbers become int, long or BigInteger nodes by the smallest type that holds them; other numbers become
 * decimal nodes with trailing zeros stripped ({@code 1.50} reads as {@code 1.5}, {@code 2.0} as {@code 2},
 * {@code -0.0} as {@code 0}); a repeated field name keeps the last value, in the place of the first (the parsers
 * of this package refuse repeated names before that matters).
 *
 * <p>Why it exists: reading a diagram needs only a tree, but an {@code ObjectMapper} brings databind's
 * configuration and deserializer machinery with it, and its class initialisation alone sets up date formats,
 * calendars and locale data. That is a large share of a cold run of the command line, which reads one file and
 * exits. This class touches only the parser and the node classes.
 *
 * <p>The tree is built with a loop and an explicit stack, not recursion, so that a deeply nested file cannot
 * overflow the thread's stack; the parser's nesting limit bounds the depth.
 */
final class JsonTrees {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonTrees() {
    }

    /**
     * Reads the value at the parser's current token, or at its next one if it has none yet, and leaves the parser
     * on the last token of that value. Returns null if the input holds no value at all.
     */
    static JsonNode read(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == null) {
            token = parser.nextToken();
            if (token == null) {
                return null;
            }
        }
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
            return container(parser, token == JsonToken.START_OBJECT ? NODES.objectNode() : NODES.arrayNode());
        }
        return scalar(parser, token);
    }

    private static ContainerNode<?> container(JsonParser parser, ContainerNode<?> root) throws IOException {
        Deque<ContainerNode<?>> open = new ArrayDeque<>();
        ContainerNode<?> current = root;
        while (current != null) {
            JsonToken token = next(parser);
            String name = null;
            if (current.isObject()) {
                if (token == JsonToken.END_OBJECT) {
                    current = open.poll();
                    continue;
                }
                if (token != JsonToken.FIELD_NAME) {
                    throw new JsonParseException(parser, "expected a field name");
                }
                name = parser.currentName();
                token = next(parser);
            } else if (token == JsonToken.END_ARRAY) {
                current = open.poll();
                continue;
            }
            if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                ContainerNode<?> child = token == JsonToken.START_OBJECT ? NODES.objectNode() : NODES.arrayNode();
                add(current, name, child);
                open.push(current);
                current = child;
            } else {
                add(current, name, scalar(parser, token));
            }
        }
        return root;
    }

    private static JsonToken next(JsonParser parser) throws IOException {
        JsonToken token = parser.nextToken();
        if (token == null) {
            // The parser reports an unclosed object or array itself; this is only a safety net.
            throw new JsonEOFException(parser, null, "unexpected end of input");
        }
        return token;
    }

    private static void add(ContainerNode<?> container, String name, JsonNode value) {
        if (container instanceof ObjectNode object) {
            // Like databind's tree reader: a repeated name replaces the value where the first one stood.
            object.replace(name, value);
        } else {
            ((ArrayNode) container).add(value);
        }
    }

    private static JsonNode scalar(JsonParser parser, JsonToken token) throws IOException {
        switch (token) {
            case VALUE_STRING:
                return NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT:
                return wholeNumber(parser);
            case VALUE_NUMBER_FLOAT:
                return decimal(parser);
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            case VALUE_NULL:
                return NODES.nullNode();
            default:
                throw new JsonParseException(parser, "unexpected token " + token);
        }
    }

    private static JsonNode wholeNumber(JsonParser parser) throws IOException {
        switch (parser.getNumberType()) {
            case INT:
                return NODES.numberNode(parser.getIntValue());
            case LONG:
                return NODES.numberNode(parser.getLongValue());
            default:
                return NODES.numberNode(parser.getBigIntegerValue());
        }
    }

    private static JsonNode decimal(JsonParser parser) throws IOException {
        if (parser.isNaN()) {
            // Only reachable where a parser allows NaN and infinities; BigDecimal holds neither.
            return NODES.numberNode(parser.getDoubleValue());
        }
        BigDecimal value = parser.getDecimalValue();
        try {
            value = value.stripTrailingZeros();
        } catch (ArithmeticException e) {
            // The scale would overflow: keep the value as written, as databind does.
        }
        return NODES.numberNode(value);
    }
}
