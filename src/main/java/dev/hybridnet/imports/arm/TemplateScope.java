package dev.hybridnet.imports.arm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The scope of one template: its parameters (the values given, else their defaults, else unknown), its variables
 * (evaluated when first used, each once; a variable that needs itself is an error) and the copy loops being run.
 * Names are case-insensitive, as in Azure.
 */
final class TemplateScope implements Scope {

    private final Map<String, JsonNode> parameterDefinitions = new HashMap<>();
    private final Map<String, String> spelled = new HashMap<>();
    private final Map<String, String> givenSpelled = new HashMap<>();
    private final Map<String, JsonNode> given = new HashMap<>();
    private final Map<String, JsonNode> parameters = new HashMap<>();
    private final Map<String, JsonNode> variableDefinitions = new HashMap<>();
    private final Map<String, JsonNode> variables = new HashMap<>();
    private final Set<String> evaluating = new HashSet<>();
    private final Deque<Loop> loops = new ArrayDeque<>();

    private record Loop(String name, int index) {
    }

    private final Optional<java.nio.file.Path> folder;

    /**
     * {@code values}: the parameter values given for this template (a parameters file's, or a deployment's);
     * {@code folder}: where the template lies.
     */
    TemplateScope(JsonNode template, Map<String, JsonNode> values, Optional<java.nio.file.Path> folder) {
        this.folder = folder;
        template.path("parameters").properties().forEach(p -> {
            parameterDefinitions.put(key(p.getKey()), p.getValue());
            spelled.put(key(p.getKey()), p.getKey());
        });
        values.forEach((k, v) -> {
            given.put(key(k), v);
            givenSpelled.put(key(k), k);
        });
        JsonNode vars = template.path("variables");
        vars.properties().forEach(v -> variableDefinitions.put(key(v.getKey()), v.getValue()));
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /** The names of values given that the template does not declare: the parameters file is for another one. */
    Set<String> undeclared() {
        Set<String> result = new java.util.TreeSet<>();
        given.keySet().forEach(k -> {
            if (!parameterDefinitions.containsKey(k)) {
                result.add(givenSpelled.get(k));
            }
        });
        return result;
    }

    /** The parameters this template declares but was not given a value for and has no default for. */
    Set<String> unset() {
        Set<String> result = new java.util.TreeSet<>();
        parameterDefinitions.forEach((k, def) -> {
            if (!given.containsKey(k) && !def.has("defaultValue")) {
                result.add(spelled.get(k));
            }
        });
        return result;
    }

    @Override
    public JsonNode parameter(String name) {
        String k = key(name);
        JsonNode known = parameters.get(k);
        if (known != null) {
            return known;
        }
        JsonNode definition = parameterDefinitions.get(k);
        if (definition == null) {
            throw new ArmException("the template has no parameter '" + name + "'");
        }
        if (!evaluating.add("parameter " + k)) {
            throw new ArmException("the default value of parameter '" + name + "' needs itself");
        }
        try {
            JsonNode value;
            if (given.containsKey(k)) {
                value = given.get(k);
            } else if (definition.has("defaultValue")) {
                value = Evaluator.value(definition.get("defaultValue"), this);
            } else {
                value = Unknown.node("<" + name + ">");
            }
            parameters.put(k, value);
            return value;
        } finally {
            evaluating.remove("parameter " + k);
        }
    }

    @Override
    public JsonNode variable(String name) {
        String k = key(name);
        JsonNode known = variables.get(k);
        if (known != null) {
            return known;
        }
        JsonNode definition = variableDefinitions.get(k);
        if (definition == null) {
            JsonNode copies = variableDefinitions.get("copy");
            if (copies != null && copies.isArray()) {
                for (JsonNode c : copies) {
                    if (key(c.path("name").asText()).equals(k)) {
                        return remember(k, name, () -> copyArray(c, "variable '" + name + "'"));
                    }
                }
            }
            throw new ArmException("the template has no variable '" + name + "'");
        }
        return remember(k, name, () -> valueWithCopies(definition));
    }

    private JsonNode remember(String k, String name, java.util.function.Supplier<JsonNode> compute) {
        if (!evaluating.add("variable " + k)) {
            throw new ArmException("variable '" + name + "' needs itself to be worked out");
        }
        try {
            JsonNode value = compute.get();
            variables.put(k, value);
            return value;
        } finally {
            evaluating.remove("variable " + k);
        }
    }

    /**
     * {@code definition} evaluated; an object with a {@code copy} member (property or variable loops) gets the
     * arrays its loops make in place of that member.
     */
    JsonNode valueWithCopies(JsonNode definition) {
        if (!definition.isObject() || !definition.path("copy").isArray()) {
            return Evaluator.value(definition, this);
        }
        ObjectNode without = ((ObjectNode) definition).deepCopy();
        without.remove("copy");
        ObjectNode evaluated = (ObjectNode) Evaluator.value(without, this);
        for (JsonNode c : definition.path("copy")) {
            evaluated.set(c.path("name").asText(), copyArray(c, "property '" + c.path("name").asText() + "'"));
        }
        return evaluated;
    }

    /** The array a {@code copy} element makes: its {@code input} evaluated {@code count} times. */
    ArrayNode copyArray(JsonNode copy, String what) {
        String name = copy.path("name").asText();
        int count = count(copy, what);
        ArrayNode result = Functions.JSON.arrayNode(count);
        for (int i = 0; i < count; i++) {
            int index = i;
            result.add(inLoop(name, index, () -> Evaluator.value(copy.get("input"), this)));
        }
        return result;
    }

    /** The number of iterations of a copy loop; refused when it is negative, unknown or beyond Azure's limit. */
    int count(JsonNode copy, String what) {
        JsonNode count = Evaluator.value(copy.get("count"), this);
        if (Unknown.is(count)) {
            throw new NotOffline("the copy loop of " + what + " has a count that is only known in Azure; it is "
                    + "left out");
        }
        if (!count.isIntegralNumber() || count.asLong() < 0 || count.asLong() > Deployment.MAX_COPIES) {
            throw new ArmException("the copy loop of " + what + " needs a count from 0 to " + Deployment.MAX_COPIES
                    + ", not " + count);
        }
        return count.intValue();
    }

    <T> T inLoop(String name, int index, java.util.function.Supplier<T> body) {
        loops.push(new Loop(key(name), index));
        try {
            return body.get();
        } finally {
            loops.pop();
        }
    }

    @Override
    public Optional<java.nio.file.Path> folder() {
        return folder;
    }

    @Override
    public int copyIndex(Optional<String> loop) {
        if (loop.isEmpty()) {
            if (loops.isEmpty()) {
                throw new ArmException("copyIndex() is used outside a copy loop");
            }
            return loops.peek().index();
        }
        for (Loop l : loops) {
            if (l.name().equals(key(loop.get()))) {
                return l.index();
            }
        }
        throw new ArmException("copyIndex('" + loop.get() + "') names no copy loop around it");
    }
}
