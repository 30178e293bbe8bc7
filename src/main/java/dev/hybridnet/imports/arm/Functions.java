package dev.hybridnet.imports.arm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The template functions network designs use, computed as Azure computes them. Functions whose answer exists only in
 * a live subscription ({@code reference}, {@code uniqueString}, {@code resourceGroup}, {@code subscription},
 * {@code utcNow}, {@code guid}, {@code list*}) answer {@link Unknown}; any function given an unknown value answers
 * unknown. An unknown function or a wrong argument is an {@link ArmException} naming the expression.
 */
final class Functions {

    static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /** The longest array {@code range} or a copy loop may make: more than any network design needs. */
    static final int MAX_ITEMS = 10_000;

    private Functions() {
    }

    static JsonNode call(String name, List<JsonNode> args, Expr.Call call, Scope scope) {
        Optional<JsonNode> offline = Offline.value(name, call);
        if (offline.isPresent()) {
            return offline.get();
        }
        if (name.equals("uri")) {
            return uri(args, call, scope);
        }
        if (!name.equals("createobject") && !name.equals("createarray") && !name.equals("union")
                && !name.endsWith("resourceid") && args.stream().anyMatch(Unknown::is)) {
            return Unknown.node(placeholder(name, args, call));
        }
        return switch (name) {
            case "parameters" -> scope.parameter(text(one(args, call), call));
            case "variables" -> scope.variable(text(one(args, call), call));
            case "copyindex" -> copyIndex(args, call, scope);
            case "concat" -> Text.concat(args, call);
            case "format" -> Text.format(args, call);
            case "string" -> JSON.textNode(Text.string(one(args, call)));
            case "int" -> JSON.numberNode(integer(one(args, call), call));
            case "bool" -> JSON.booleanNode(bool(one(args, call), call));
            case "json" -> Text.json(text(one(args, call), call), call);
            case "tolower" -> JSON.textNode(text(one(args, call), call).toLowerCase(Locale.ROOT));
            case "toupper" -> JSON.textNode(text(one(args, call), call).toUpperCase(Locale.ROOT));
            case "trim" -> JSON.textNode(text(one(args, call), call).strip());
            case "split" -> Text.split(args, call);
            case "replace" -> Text.replace(args, call);
            case "substring" -> Text.substring(args, call);
            case "indexof", "lastindexof", "startswith", "endswith" -> Text.search(name, args, call);
            case "padleft" -> Text.padLeft(args, call);
            case "length" -> JSON.numberNode(length(one(args, call), call));
            case "empty" -> JSON.booleanNode(length(one(args, call), call) == 0);
            case "first", "last" -> Collections.firstOrLast(name.equals("first"), one(args, call), call);
            case "take", "skip" -> Collections.takeOrSkip(name.equals("take"), args, call);
            case "contains" -> Collections.contains(args, call);
            case "union", "intersection" -> Collections.combine(name.equals("union"), args, call);
            case "createarray", "array" -> Collections.array(name, args);
            case "createobject" -> Collections.object(args, call);
            case "range" -> Collections.range(args, call);
            case "min", "max" -> Collections.minMax(name.equals("min"), args, call);
            case "equals" -> JSON.booleanNode(same(two(args, call)[0], two(args, call)[1]));
            case "not" -> JSON.booleanNode(!bool(one(args, call), call));
            case "less", "lessorequals", "greater", "greaterorequals" -> compare(name, args, call);
            case "add", "sub", "mul", "div", "mod" -> arithmetic(name, args, call);
            case "true" -> JSON.booleanNode(true);
            case "false" -> JSON.booleanNode(false);
            case "null" -> JSON.nullNode();
            case "resourceid", "subscriptionresourceid", "tenantresourceid", "extensionresourceid" ->
                    ResourceIds.of(name, args, call);
            case "cidrsubnet", "cidrhost", "parsecidr" -> Cidr.call(name, args, call);
            default -> throw new ArmException("the function '" + call.name() + "' is not one the importer knows, in ["
                    + call.source() + "]");
        };
    }

    /** A readable stand-in for an unknown result: known text kept, unknown parts as their placeholders. */
    private static String placeholder(String name, List<JsonNode> args, Expr.Call call) {
        if (name.equals("concat") || name.equals("format") || name.equals("tolower") || name.equals("toupper")) {
            StringBuilder b = new StringBuilder();
            for (int i = name.equals("format") ? 1 : 0; i < args.size(); i++) {
                b.append(Unknown.text(args.get(i)));
            }
            return b.toString();
        }
        return "<" + call.name() + ">";
    }

    /**
     * {@code uri(base, relative)}: the relative address resolved against the base. Against this template's own
     * address ({@code deployment().properties.templateLink.uri}), unknown offline, it means "beside this template".
     */
    private static JsonNode uri(List<JsonNode> args, Expr.Call call, Scope scope) {
        JsonNode[] ab = two(args, call);
        if (Unknown.is(ab[1])) {
            return ab[1];
        }
        String relative = text(ab[1], call);
        if (Unknown.is(ab[0])) {
            boolean self = Unknown.text(ab[0]).equalsIgnoreCase("<deployment().properties.templateLink.uri>");
            return self ? Unknown.node(Links.BESIDE + scope.folder().map(f -> f.resolve(relative).toString())
                    .orElse(relative)) : Unknown.node("<uri>");
        }
        try {
            return JSON.textNode(java.net.URI.create(text(ab[0], call)).resolve(relative).toString());
        } catch (IllegalArgumentException e) {
            throw new ArmException("uri cannot join '" + text(ab[0], call) + "' and '" + relative + "', in ["
                    + call.source() + "]");
        }
    }

    private static JsonNode copyIndex(List<JsonNode> args, Expr.Call call, Scope scope) {
        arity(call, 0, 2);
        Optional<String> loop = Optional.empty();
        int offset = 0;
        for (JsonNode a : args) {
            if (a.isTextual()) {
                loop = Optional.of(a.textValue());
            } else {
                offset = integer(a, call);
            }
        }
        return JSON.numberNode(scope.copyIndex(loop) + offset);
    }

    private static JsonNode compare(String name, List<JsonNode> args, Expr.Call call) {
        JsonNode[] ab = two(args, call);
        int c = ab[0].isNumber() && ab[1].isNumber() ? Long.compare(ab[0].asLong(), ab[1].asLong())
                : text(ab[0], call).compareTo(text(ab[1], call));
        return JSON.booleanNode(switch (name) {
            case "less" -> c < 0;
            case "lessorequals" -> c <= 0;
            case "greater" -> c > 0;
            default -> c >= 0;
        });
    }

    private static JsonNode arithmetic(String name, List<JsonNode> args, Expr.Call call) {
        JsonNode[] ab = two(args, call);
        long a = integer(ab[0], call);
        long b = integer(ab[1], call);
        if ((name.equals("div") || name.equals("mod")) && b == 0) {
            throw new ArmException("division by zero in [" + call.source() + "]");
        }
        return JSON.numberNode(switch (name) {
            case "add" -> a + b;
            case "sub" -> a - b;
            case "mul" -> a * b;
            case "div" -> a / b;
            default -> a % b;
        });
    }

    /** Equality as the template language means it: numbers by value, whatever their width. */
    static boolean same(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        if (a.isArray() && b.isArray() && a.size() == b.size()) {
            for (int i = 0; i < a.size(); i++) {
                if (!same(a.get(i), b.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }

    static long length(JsonNode v, Expr.Call call) {
        if (v.isTextual()) {
            return v.textValue().length();
        }
        if (v.isArray() || v.isObject()) {
            return v.size();
        }
        if (v.isNull()) {
            return 0;
        }
        throw new ArmException(Evaluator.describe(v) + " has no length, in [" + call.source() + "]");
    }

    static void arity(Expr.Call call, int min, int max) {
        if (call.args().size() < min || call.args().size() > max) {
            throw new ArmException(call.name() + " takes " + (min == max ? String.valueOf(min) : min + " to " + max)
                    + " argument" + (max == 1 ? "" : "s") + ", not " + call.args().size() + ", in [" + call.source()
                    + "]");
        }
    }

    static JsonNode one(List<JsonNode> args, Expr.Call call) {
        arity(call, 1, 1);
        return args.get(0);
    }

    static JsonNode[] two(List<JsonNode> args, Expr.Call call) {
        arity(call, 2, 2);
        return new JsonNode[] {args.get(0), args.get(1)};
    }

    static String text(JsonNode v, Expr.Call call) {
        if (!v.isTextual()) {
            throw new ArmException(call.name() + " needs a string, not " + Evaluator.describe(v) + ", in ["
                    + call.source() + "]");
        }
        return v.textValue();
    }

    static int integer(JsonNode v, Expr.Call call) {
        if (v.isIntegralNumber() && v.canConvertToInt()) {
            return v.intValue();
        }
        if (v.isTextual()) {
            try {
                return Integer.parseInt(v.textValue().strip());
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw new ArmException(call.name() + " needs a whole number, not " + Evaluator.describe(v) + ", in ["
                + call.source() + "]");
    }

    static boolean bool(JsonNode v, Expr.Call call) {
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.isTextual() && (v.textValue().equalsIgnoreCase("true") || v.textValue().equalsIgnoreCase("false"))) {
            return Boolean.parseBoolean(v.textValue());
        }
        if (v.isIntegralNumber()) {
            return v.asLong() != 0;
        }
        throw new ArmException(call.name() + " needs true or false, not " + Evaluator.describe(v) + ", in ["
                + call.source() + "]");
    }

    static ArrayNode arrayOf(JsonNode v, Expr.Call call) {
        if (!v.isArray()) {
            throw new ArmException(call.name() + " needs an array, not " + Evaluator.describe(v) + ", in ["
                    + call.source() + "]");
        }
        return (ArrayNode) v;
    }

    static ObjectNode copy(JsonNode object) {
        ObjectNode result = JSON.objectNode();
        for (Map.Entry<String, JsonNode> f : object.properties()) {
            result.set(f.getKey(), f.getValue());
        }
        return result;
    }
}
