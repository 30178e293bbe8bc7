package dev.hybridnet.imports.terraform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code configuration} of a plan: for each module (by its path of calls, without instance keys) the
 * expressions of its resources, the expressions its calls pass to child modules and the expressions of its
 * outputs. Only references are read from them ({@code "references": ["azurerm_subnet.gw.id", ...]}); a state has
 * no configuration, and then nothing is found.
 */
final class Configuration {

    /** Modules nested deeper than this are not read; Terraform configurations stay far below it. */
    static final int MAX_DEPTH = 500;

    private final Map<List<String>, JsonNode> modules = new HashMap<>();
    private final Map<String, JsonNode> resources = new HashMap<>();

    Configuration(JsonNode configuration) {
        Deque<Map.Entry<List<String>, JsonNode>> todo = new ArrayDeque<>();
        todo.push(Map.entry(List.of(), configuration.path("root_module")));
        while (!todo.isEmpty()) {
            var next = todo.pop();
            JsonNode module = next.getValue();
            if (!module.isObject() || modules.containsKey(next.getKey()) || next.getKey().size() > MAX_DEPTH) {
                continue;
            }
            modules.put(next.getKey(), module);
            for (JsonNode r : module.path("resources")) {
                if (r.path("address").isTextual()) {
                    resources.putIfAbsent(key(next.getKey(), r.get("address").textValue()), r);
                }
            }
            module.path("module_calls").properties().forEach(call -> {
                List<String> path = new ArrayList<>(next.getKey());
                path.add(call.getKey());
                todo.push(Map.entry(List.copyOf(path), call.getValue().path("module")));
            });
        }
    }

    /** The expressions of the resource at {@code local} ({@code azurerm_subnet.gw}) in the module {@code calls}. */
    JsonNode expressions(List<String> calls, String local) {
        JsonNode r = resources.get(key(calls, local));
        return r == null ? MissingNode.getInstance() : r.path("expressions");
    }

    /** The expression the call {@code call} of module {@code calls} gives the child's variable {@code name}. */
    JsonNode argument(List<String> calls, String call, String name) {
        return module(calls).path("module_calls").path(call).path("expressions").path(name);
    }

    /** The expression of the output {@code name} of module {@code calls}. */
    JsonNode output(List<String> calls, String name) {
        return module(calls).path("outputs").path(name).path("expression");
    }

    private JsonNode module(List<String> calls) {
        return modules.getOrDefault(calls, MissingNode.getInstance());
    }

    private static String key(List<String> calls, String local) {
        return String.join("/", calls) + "\n" + local;
    }
}
