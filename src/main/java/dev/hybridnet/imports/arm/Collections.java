package dev.hybridnet.imports.arm;

import static dev.hybridnet.imports.arm.Functions.JSON;
import static dev.hybridnet.imports.arm.Functions.arity;
import static dev.hybridnet.imports.arm.Functions.integer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/** The array and object functions: first, last, take, skip, contains, union, intersection, create, range, min/max. */
final class Collections {

    private Collections() {
    }

    static JsonNode firstOrLast(boolean first, JsonNode v, Expr.Call call) {
        if (v.isTextual()) {
            String s = v.textValue();
            return JSON.textNode(s.isEmpty() ? "" : first ? s.substring(0, 1) : s.substring(s.length() - 1));
        }
        ArrayNode a = Functions.arrayOf(v, call);
        return a.isEmpty() ? JSON.nullNode() : a.get(first ? 0 : a.size() - 1);
    }

    static JsonNode takeOrSkip(boolean take, List<JsonNode> args, Expr.Call call) {
        JsonNode[] ab = Functions.two(args, call);
        int n = Math.max(0, integer(ab[1], call));
        if (ab[0].isTextual()) {
            String s = ab[0].textValue();
            int cut = Math.min(n, s.length());
            return JSON.textNode(take ? s.substring(0, cut) : s.substring(cut));
        }
        ArrayNode a = Functions.arrayOf(ab[0], call);
        ArrayNode result = JSON.arrayNode();
        for (int i = 0; i < a.size(); i++) {
            if (take == (i < n)) {
                result.add(a.get(i));
            }
        }
        return result;
    }

    static JsonNode contains(List<JsonNode> args, Expr.Call call) {
        JsonNode[] ab = Functions.two(args, call);
        JsonNode container = ab[0];
        if (container.isTextual()) {
            return JSON.booleanNode(container.textValue().contains(Text.string(ab[1])));
        }
        if (container.isObject()) {
            String key = Text.string(ab[1]);
            for (Map.Entry<String, JsonNode> f : container.properties()) {
                if (f.getKey().equalsIgnoreCase(key)) {
                    return JSON.booleanNode(true);
                }
            }
            return JSON.booleanNode(false);
        }
        for (JsonNode item : Functions.arrayOf(container, call)) {
            if (Functions.same(item, ab[1])) {
                return JSON.booleanNode(true);
            }
        }
        return JSON.booleanNode(false);
    }

    /** Union (objects merged, later wins; arrays without repeats) or intersection of all arguments. */
    static JsonNode combine(boolean union, List<JsonNode> args, Expr.Call call) {
        arity(call, 1, Integer.MAX_VALUE);
        if (args.stream().anyMatch(Unknown::is)) {
            return Unknown.node("<" + call.name() + ">");
        }
        if (args.get(0).isObject()) {
            ObjectNode result = Functions.copy(args.get(0));
            for (JsonNode o : args.subList(1, args.size())) {
                if (!o.isObject()) {
                    throw new ArmException(call.name() + " cannot combine an object with " + Evaluator.describe(o)
                            + ", in [" + call.source() + "]");
                }
                if (union) {
                    o.properties().forEach(f -> result.set(f.getKey(), f.getValue()));
                } else {
                    result.properties().removeIf(f -> !f.getValue().equals(o.get(f.getKey())));
                }
            }
            return result;
        }
        ArrayNode result = JSON.arrayNode();
        Functions.arrayOf(args.get(0), call).forEach(item -> addOnce(result, item));
        for (JsonNode a : args.subList(1, args.size())) {
            ArrayNode other = Functions.arrayOf(a, call);
            if (union) {
                other.forEach(item -> addOnce(result, item));
            } else {
                for (int i = result.size() - 1; i >= 0; i--) {
                    boolean found = false;
                    for (JsonNode item : other) {
                        found |= Functions.same(item, result.get(i));
                    }
                    if (!found) {
                        result.remove(i);
                    }
                }
            }
        }
        return result;
    }

    private static void addOnce(ArrayNode into, JsonNode item) {
        for (JsonNode existing : into) {
            if (Functions.same(existing, item)) {
                return;
            }
        }
        into.add(item);
    }

    static JsonNode array(String name, List<JsonNode> args) {
        if (name.equals("array") && args.size() == 1 && args.get(0).isArray()) {
            return args.get(0);
        }
        ArrayNode result = JSON.arrayNode();
        args.forEach(result::add);
        return result;
    }

    static JsonNode object(List<JsonNode> args, Expr.Call call) {
        if (args.size() % 2 != 0) {
            throw new ArmException("createObject needs keys and values in pairs, in [" + call.source() + "]");
        }
        ObjectNode result = JSON.objectNode();
        for (int i = 0; i < args.size(); i += 2) {
            result.set(Unknown.text(args.get(i)), args.get(i + 1));
        }
        return result;
    }

    static JsonNode range(List<JsonNode> args, Expr.Call call) {
        JsonNode[] ab = Functions.two(args, call);
        int start = integer(ab[0], call);
        int count = integer(ab[1], call);
        if (count < 0 || count > Functions.MAX_ITEMS) {
            throw new ArmException("range needs a count from 0 to " + Functions.MAX_ITEMS + ", not " + count
                    + ", in [" + call.source() + "]");
        }
        ArrayNode result = JSON.arrayNode(count);
        for (int i = 0; i < count; i++) {
            result.add(start + i);
        }
        return result;
    }

    static JsonNode minMax(boolean min, List<JsonNode> args, Expr.Call call) {
        arity(call, 1, Integer.MAX_VALUE);
        List<JsonNode> values = args.size() == 1 && args.get(0).isArray()
                ? java.util.stream.StreamSupport.stream(args.get(0).spliterator(), false).toList() : args;
        if (values.isEmpty()) {
            throw new ArmException(call.name() + " needs at least one number, in [" + call.source() + "]");
        }
        long best = integer(values.get(0), call);
        for (JsonNode v : values) {
            long n = integer(v, call);
            best = min ? Math.min(best, n) : Math.max(best, n);
        }
        return JSON.numberNode(best);
    }
}
