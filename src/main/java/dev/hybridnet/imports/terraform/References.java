package dev.hybridnet.imports.terraform;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds what an attribute refers to when a plan does not know its value yet: the configuration says which
 * resources its expression names ({@code azurerm_subnet.gw.id}), in the module of the resource; a variable
 * ({@code var.subnet_id}) leads to the expression the module's caller passes, an output of a child module
 * ({@code module.hub.gateway_subnet_id}) to that output's expression. Among the instances of a resource with
 * {@code count} or {@code for_each}, the one named by index is taken, else the only one, else the one with the
 * referring resource's index; anything else is not guessed.
 */
final class References {

    /** How many variables and outputs a reference is followed through. */
    static final int MAX_HOPS = 32;

    private final Configuration configuration;
    private final Map<String, List<Instance>> byLocal = new HashMap<>();
    private final Set<String> moduleInstances = new LinkedHashSet<>();

    References(Configuration configuration, List<Instance> instances) {
        this.configuration = configuration;
        for (Instance i : instances) {
            byLocal.computeIfAbsent(i.module() + "\n" + i.local(), k -> new ArrayList<>()).add(i);
            for (String m = i.module(); !m.isEmpty() && moduleInstances.add(m); m = Addresses.parent(m)[0]) {
                // the module instance and those that hold it
            }
        }
    }

    /**
     * The instances the expression of an attribute names, in order, each once: {@code path} leads to it through
     * nested blocks ({@code ip_configuration}, 0, {@code subnet_id}).
     */
    List<Instance> targets(Instance from, List<Object> path) {
        JsonNode expression = configuration.expressions(Addresses.moduleCalls(from.module()), from.local());
        for (Object step : path) {
            expression = step instanceof Integer i ? expression.path(i) : expression.path((String) step);
        }
        Set<Instance> found = new LinkedHashSet<>();
        resolve(expression.path("references"), from.module(), from.index(), 0, found);
        return List.copyOf(found);
    }

    private void resolve(JsonNode references, String module, String index, int hops, Set<Instance> into) {
        if (hops > MAX_HOPS) {
            return;
        }
        for (JsonNode reference : references) {
            if (reference.isTextual()) {
                follow(Addresses.steps(reference.textValue()), module, index, hops, into);
            }
        }
    }

    private void follow(List<String> steps, String module, String index, int hops, Set<Instance> into) {
        if (steps.size() < 2) {
            return;
        }
        switch (steps.get(0)) {
            case "var" -> {
                String[] parent = Addresses.parent(module);
                if (!parent[1].isEmpty()) {
                    resolve(configuration.argument(Addresses.moduleCalls(parent[0]), parent[1], steps.get(1))
                            .path("references"), parent[0], Instance.indexOf(module), hops + 1, into);
                }
            }
            case "module" -> output(steps, module, index, hops, into);
            case "data" -> {
                if (steps.size() >= 3) {
                    pick(module, "data." + steps.get(1) + "." + steps.get(2), keyAt(steps, 3), index, into);
                }
            }
            case "local", "each", "count", "path", "terraform", "self" -> {
                // not in the JSON configuration, or not a resource
            }
            default -> pick(module, steps.get(0) + "." + steps.get(1), keyAt(steps, 2), index, into);
        }
    }

    /** {@code module.CALL[KEY].OUTPUT}: the output's expression, in the child module instance. */
    private void output(List<String> steps, String module, String index, int hops, Set<Instance> into) {
        String key = keyAt(steps, 2);
        int outputAt = key.isEmpty() ? 2 : 3;
        if (steps.size() <= outputAt) {
            return;
        }
        String call = (module.isEmpty() ? "" : module + ".") + "module." + steps.get(1);
        List<String> children = moduleInstances.stream().filter(m -> m.equals(call + key)
                || key.isEmpty() && m.startsWith(call) && isInstanceOf(m, call)).distinct().toList();
        String child = children.size() == 1 ? children.get(0)
                : children.contains(call + index) ? call + index : null;
        if (child != null) {
            resolve(configuration.output(Addresses.moduleCalls(child), steps.get(outputAt)).path("references"),
                    child, index, hops + 1, into);
        }
    }

    /** Whether {@code module} is {@code call} itself or one of its instances ({@code call[0]}, {@code call["a"]}). */
    private static boolean isInstanceOf(String module, String call) {
        String rest = module.substring(call.length());
        return rest.isEmpty() || rest.startsWith("[") && Addresses.steps(rest).size() == 1;
    }

    private void pick(String module, String local, String key, String index, Set<Instance> into) {
        List<Instance> candidates = byLocal.getOrDefault(module + "\n" + local, List.of());
        for (Instance i : candidates) {
            if (!key.isEmpty() ? i.index().equals(key) : candidates.size() == 1 || i.index().equals(index)) {
                into.add(i);
                return;
            }
        }
    }

    private static String keyAt(List<String> steps, int at) {
        return steps.size() > at && Addresses.isIndex(steps.get(at)) ? steps.get(at) : "";
    }
}
