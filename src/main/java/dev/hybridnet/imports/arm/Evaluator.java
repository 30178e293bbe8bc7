package dev.hybridnet.imports.arm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Evaluates template values: a string that is an expression is parsed and computed ({@link Functions}); objects
 * and arrays are evaluated member by member; everything else is itself. Values that cannot be known offline come
 * out as {@link Unknown} nodes, never as guesses.
 */
final class Evaluator {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /** A string that starts like a function call in brackets but has no closing bracket. */
    private static final java.util.regex.Pattern UNCLOSED = java.util.regex.Pattern.compile(
            "\\[\\s*[A-Za-z_][A-Za-z0-9_]*\\s*\\(.*[^\\]]", java.util.regex.Pattern.DOTALL);

    private Evaluator() {
    }

    /** {@code value} with every expression in it computed. */
    static JsonNode value(JsonNode value, Scope scope) {
        if (value == null || value.isNull()) {
            return JSON.nullNode();
        }
        if (value.isTextual()) {
            String text = value.textValue();
            if (ExpressionParser.isExpression(text)) {
                return expression(text.substring(1, text.length() - 1), scope);
            }
            if (UNCLOSED.matcher(text).matches()) {
                // Azure would take it as plain text and then refuse it as a name or a value; it is a typo.
                throw new ArmException("the expression " + text + " is not closed with ']'");
            }
            return JSON.textNode(ExpressionParser.unescape(text));
        }
        if (value.isArray()) {
            ArrayNode result = JSON.arrayNode(value.size());
            value.forEach(item -> result.add(value(item, scope)));
            return result;
        }
        if (value.isObject()) {
            ObjectNode result = JSON.objectNode();
            for (Map.Entry<String, JsonNode> field : value.properties()) {
                result.set(field.getKey(), value(field.getValue(), scope));
            }
            return result;
        }
        return value;
    }

    /** The value of an expression's text (without its brackets). */
    static JsonNode expression(String inside, Scope scope) {
        return evaluate(ExpressionParser.parse(inside), scope);
    }

    static JsonNode evaluate(Expr e, Scope scope) {
        if (e instanceof Expr.Literal literal) {
            return literal.value();
        }
        if (e instanceof Expr.Property property) {
            return member(evaluate(property.target(), scope), property.name(), property.source());
        }
        if (e instanceof Expr.Index index) {
            JsonNode target = evaluate(index.target(), scope);
            JsonNode key = evaluate(index.index(), scope);
            if (Unknown.is(key)) {
                return Unknown.node("<" + index.source() + ">");
            }
            if (key.isNumber()) {
                if (Unknown.is(target)) {
                    return target;
                }
                if (!target.isArray() || key.asInt() < 0 || key.asInt() >= target.size()) {
                    throw new ArmException("index " + key.asInt() + " is outside " + describe(target) + " in ["
                            + index.source() + "]");
                }
                return target.get(key.asInt());
            }
            return member(target, key.asText(), index.source());
        }
        Expr.Call call = (Expr.Call) e;
        String name = call.name().toLowerCase(Locale.ROOT);
        switch (name) {
            case "if" -> {
                Functions.arity(call, 3, 3);
                JsonNode condition = evaluate(call.args().get(0), scope);
                if (Unknown.is(condition)) {
                    return Unknown.node("<" + call.source() + ">");
                }
                return evaluate(call.args().get(Functions.bool(condition, call) ? 1 : 2), scope);
            }
            case "and", "or" -> {
                boolean and = name.equals("and");
                boolean unknown = false;
                for (Expr arg : call.args()) {
                    JsonNode v = evaluate(arg, scope);
                    if (Unknown.is(v)) {
                        unknown = true;
                    } else if (Functions.bool(v, call) != and) {
                        return JSON.booleanNode(!and);
                    }
                }
                return unknown ? Unknown.node("<" + call.source() + ">") : JSON.booleanNode(and);
            }
            case "coalesce" -> {
                for (Expr arg : call.args()) {
                    JsonNode v = evaluate(arg, scope);
                    if (Unknown.is(v)) {
                        return v;
                    }
                    if (!v.isNull()) {
                        return v;
                    }
                }
                return JSON.nullNode();
            }
            default -> {
                List<JsonNode> args = new ArrayList<>(call.args().size());
                for (Expr arg : call.args()) {
                    args.add(evaluate(arg, scope));
                }
                return Functions.call(name, args, call, scope);
            }
        }
    }

    private static JsonNode member(JsonNode target, String name, String source) {
        if (Unknown.is(target)) {
            return Unknown.node("<" + source + ">");
        }
        if (!target.isObject()) {
            throw new ArmException(describe(target) + " has no property '" + name + "' in [" + source + "]");
        }
        for (Map.Entry<String, JsonNode> field : target.properties()) {
            if (field.getKey().equalsIgnoreCase(name)) {
                return field.getValue();
            }
        }
        throw new ArmException("there is no property '" + name + "' in [" + source + "]");
    }

    static String describe(JsonNode v) {
        if (v.isArray()) {
            return "an array of " + v.size();
        }
        if (v.isObject()) {
            return "an object";
        }
        if (v.isTextual()) {
            return "the string '" + v.textValue() + "'";
        }
        return v.isNull() ? "null" : "the value " + v;
    }
}
