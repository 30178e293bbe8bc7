package dev.hybridnet.imports.arm;

import static dev.hybridnet.imports.arm.Functions.JSON;
import static dev.hybridnet.imports.arm.Functions.arity;
import static dev.hybridnet.imports.arm.Functions.integer;
import static dev.hybridnet.imports.arm.Functions.text;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;

/** The string functions: concat, format, split, replace, substring, searches, padding, string and json. */
final class Text {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Text() {
    }

    /** Strings joined, or arrays joined (not mixed), as Azure does. */
    static JsonNode concat(List<JsonNode> args, Expr.Call call) {
        if (!args.isEmpty() && args.get(0).isArray()) {
            ArrayNode result = JSON.arrayNode();
            for (JsonNode a : args) {
                Functions.arrayOf(a, call).forEach(result::add);
            }
            return result;
        }
        StringBuilder b = new StringBuilder();
        for (JsonNode a : args) {
            if (a.isArray() || a.isObject()) {
                throw new ArmException("concat cannot join " + Evaluator.describe(a) + " to a string, in ["
                        + call.source() + "]");
            }
            b.append(string(a));
        }
        return JSON.textNode(b.toString());
    }

    /** .NET composite formatting: {@code {0}}, {@code {1:D2}}, doubled braces for literal ones. */
    static JsonNode format(List<JsonNode> args, Expr.Call call) {
        arity(call, 1, Integer.MAX_VALUE);
        String pattern = text(args.get(0), call);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '{' && i + 1 < pattern.length() && pattern.charAt(i + 1) == '{') {
                b.append('{');
                i++;
            } else if (c == '}' && i + 1 < pattern.length() && pattern.charAt(i + 1) == '}') {
                b.append('}');
                i++;
            } else if (c == '{') {
                int end = pattern.indexOf('}', i);
                if (end < 0) {
                    throw new ArmException("format has an unclosed '{' in [" + call.source() + "]");
                }
                String[] item = pattern.substring(i + 1, end).split(":", 2);
                int index;
                try {
                    index = Integer.parseInt(item[0].strip());
                } catch (NumberFormatException e) {
                    throw new ArmException("format has a bad placeholder {" + pattern.substring(i + 1, end) + "} in ["
                            + call.source() + "]");
                }
                if (index < 0 || index + 1 >= args.size()) {
                    throw new ArmException("format has no value for {" + index + "} in [" + call.source() + "]");
                }
                b.append(formatted(args.get(index + 1), item.length > 1 ? item[1] : ""));
                i = end;
            } else {
                b.append(c);
            }
        }
        return JSON.textNode(b.toString());
    }

    private static String formatted(JsonNode value, String spec) {
        if (value.isIntegralNumber() && spec.length() > 1 && (spec.charAt(0) == 'D' || spec.charAt(0) == 'd')) {
            try {
                int digits = Integer.parseInt(spec.substring(1));
                String s = String.valueOf(Math.abs(value.asLong()));
                return (value.asLong() < 0 ? "-" : "") + "0".repeat(Math.max(0, digits - s.length())) + s;
            } catch (NumberFormatException e) {
                return string(value);
            }
        }
        return string(value);
    }

    /** A value as the string function writes it: strings as they are, others as compact JSON. */
    static String string(JsonNode v) {
        if (v.isTextual()) {
            return v.textValue();
        }
        if (v.isBoolean()) {
            return v.booleanValue() ? "True" : "False";
        }
        return v.isNull() ? "" : v.toString();
    }

    static JsonNode json(String text, Expr.Call call) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new ArmException("json cannot read its argument as JSON, in [" + call.source() + "]");
        }
    }

    static JsonNode split(List<JsonNode> args, Expr.Call call) {
        JsonNode[] ab = Functions.two(args, call);
        String s = text(ab[0], call);
        ArrayNode result = JSON.arrayNode();
        if (ab[1].isArray()) {
            StringBuilder pattern = new StringBuilder();
            for (JsonNode d : ab[1]) {
                pattern.append(pattern.length() == 0 ? "" : "|").append(java.util.regex.Pattern.quote(text(d, call)));
            }
            for (String part : s.split(pattern.toString(), -1)) {
                result.add(part);
            }
        } else {
            for (String part : s.split(java.util.regex.Pattern.quote(text(ab[1], call)), -1)) {
                result.add(part);
            }
        }
        return result;
    }

    static JsonNode replace(List<JsonNode> args, Expr.Call call) {
        arity(call, 3, 3);
        return JSON.textNode(text(args.get(0), call).replace(text(args.get(1), call), text(args.get(2), call)));
    }

    static JsonNode substring(List<JsonNode> args, Expr.Call call) {
        arity(call, 2, 3);
        String s = text(args.get(0), call);
        int start = integer(args.get(1), call);
        int length = args.size() == 3 ? integer(args.get(2), call) : s.length() - start;
        if (start < 0 || length < 0 || start + length > s.length()) {
            throw new ArmException("substring is outside the string in [" + call.source() + "]");
        }
        return JSON.textNode(s.substring(start, start + length));
    }

    static JsonNode search(String name, List<JsonNode> args, Expr.Call call) {
        JsonNode[] ab = Functions.two(args, call);
        String s = text(ab[0], call).toLowerCase(java.util.Locale.ROOT);
        String find = text(ab[1], call).toLowerCase(java.util.Locale.ROOT);
        return switch (name) {
            case "indexof" -> JSON.numberNode(s.indexOf(find));
            case "lastindexof" -> JSON.numberNode(s.lastIndexOf(find));
            case "startswith" -> JSON.booleanNode(s.startsWith(find));
            default -> JSON.booleanNode(s.endsWith(find));
        };
    }

    static JsonNode padLeft(List<JsonNode> args, Expr.Call call) {
        arity(call, 2, 3);
        String s = string(args.get(0));
        int width = integer(args.get(1), call);
        String pad = args.size() == 3 ? text(args.get(2), call) : " ";
        if (pad.length() != 1 || width > Functions.MAX_ITEMS) {
            throw new ArmException("padLeft needs one padding character and a sensible width, in [" + call.source()
                    + "]");
        }
        return JSON.textNode(pad.repeat(Math.max(0, width - s.length())) + s);
    }
}
