package dev.hybridnet.imports.terraform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hybridnet.imports.arm.Deployment;
import dev.hybridnet.imports.arm.Unknown;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The JSON of {@code terraform show -json}: on a saved plan, the resources as they will be after apply
 * ({@code planned_values}, with {@code resource_changes} saying what is only known after apply and what is
 * destroyed, and {@code configuration} what refers to what); on a state, the resources as they are
 * ({@code values}). Both are told by their {@code format_version} and {@code terraform_version}; the root module
 * and every nested child module are read.
 */
public final class TerraformJson {

    /** The placeholder of values known only after apply. */
    static final String AFTER_APPLY = "<known after apply>";

    private final List<Instance> instances = new ArrayList<>();
    private final Set<String> addresses = new HashSet<>();
    private final List<Deployment.Problem> notes = new ArrayList<>();

    private TerraformJson() {
    }

    /** True for the output of {@code terraform show -json}, plan or state. */
    public static boolean is(JsonNode root) {
        return root.isObject() && root.path("format_version").isTextual() && root.has("terraform_version");
    }

    /** True for a state file as Terraform stores it ({@code terraform.tfstate}), which is not the JSON we read. */
    public static boolean isStoredState(JsonNode root) {
        return root.isObject() && !root.has("format_version") && root.has("terraform_version")
                && root.has("lineage") && root.path("resources").isArray();
    }

    /** The azurerm resources of a plan or state, as ARM resources, with what was left out and why. */
    public static TerraformImport read(JsonNode root) throws TerraformException {
        String version = root.path("format_version").asText();
        if (!version.matches("[01](\\.\\d+)*")) {
            throw new TerraformException("Terraform JSON format version " + version + " is not one the importer "
                    + "reads (0.x and 1.x; a new major version may mean something else)");
        }
        return new TerraformJson().readAll(root);
    }

    private TerraformImport readAll(JsonNode root) throws TerraformException {
        boolean plan = root.has("planned_values") || root.has("resource_changes");
        JsonNode values = root.path(plan ? "planned_values" : "values");
        if (values.isMissingNode() && !plan) {
            return Translation.translate(List.of(), new Configuration(MissingNode.getInstance()), Map.of(),
                    Set.of(), List.of(new Deployment.Problem("values", "the state holds no resources")));
        }
        String where = plan ? "planned_values" : "values";
        if (!values.isObject() || !values.path("root_module").isObject()) {
            throw new TerraformException("this Terraform " + (plan ? "plan" : "state") + " has no " + where
                    + ".root_module object, so no resources can be read");
        }
        Map<String, JsonNode> changes = new HashMap<>();
        Map<String, Integer> destroyed = new LinkedHashMap<>();
        Set<String> gone = new HashSet<>();
        for (JsonNode change : root.path("resource_changes")) {
            String address = change.path("address").asText("");
            changes.putIfAbsent(address, change.path("change"));
            if (isDeleteOnly(change.path("change").path("actions")) && !change.path("mode").asText("managed")
                    .equals("data")) {
                destroyed.merge(change.path("type").asText("(no type)"), 1, Integer::sum);
                JsonNode id = change.path("change").path("before").path("id");
                if (id.isTextual()) {
                    gone.add(id.textValue());
                }
            }
        }
        modules(values.get("root_module"), where + ".root_module", changes);
        return Translation.translate(instances, new Configuration(root.path("configuration")), destroyed, gone,
                notes);
    }

    private static boolean isDeleteOnly(JsonNode actions) {
        return actions.isArray() && actions.size() == 1 && actions.get(0).asText().equals("delete");
    }

    /** Every module, depth first in the file's order, without recursion (modules may nest deeply). */
    private void modules(JsonNode root, String rootPath, Map<String, JsonNode> changes) {
        Deque<Map.Entry<String, JsonNode>> todo = new ArrayDeque<>();
        todo.push(Map.entry(rootPath, root));
        while (!todo.isEmpty()) {
            var next = todo.pop();
            JsonNode module = next.getValue();
            String path = next.getKey();
            if (!module.isObject()) {
                notes.add(new Deployment.Problem(path, "a module that is not an object; left out"));
                continue;
            }
            String address = module.path("address").asText("");
            JsonNode resources = module.path("resources");
            if (resources.isArray()) {
                for (int i = 0; i < resources.size(); i++) {
                    resource(resources.get(i), address, path + ".resources[" + i + "]", changes);
                }
            } else if (!resources.isMissingNode()) {
                notes.add(new Deployment.Problem(path + ".resources", "not a list of resources; left out"));
            }
            JsonNode children = module.path("child_modules");
            if (children.isArray()) {
                for (int i = children.size() - 1; i >= 0; i--) {
                    todo.push(Map.entry(path + ".child_modules[" + i + "]", children.get(i)));
                }
            } else if (!children.isMissingNode()) {
                notes.add(new Deployment.Problem(path + ".child_modules", "not a list of modules; left out"));
            }
        }
    }

    private void resource(JsonNode r, String module, String path, Map<String, JsonNode> changes) {
        String address = r.path("address").asText("");
        if (!r.isObject() || address.isEmpty() || !r.path("type").isTextual() || !r.path("name").isTextual()) {
            notes.add(new Deployment.Problem(path, "not a resource with an address, a type and a name; left out"));
            return;
        }
        if (r.has("deposed_key")) {
            return; // an old object waiting to be destroyed, not part of the design
        }
        if (!(r.get("values") instanceof ObjectNode values)) {
            notes.add(new Deployment.Problem(address, "its values are not an object; left out"));
            return;
        }
        if (!addresses.add(address)) {
            notes.add(new Deployment.Problem(address, "listed twice; the second is left out"));
            return;
        }
        JsonNode change = changes.getOrDefault(address, MissingNode.getInstance());
        if (isDeleteOnly(change.path("actions"))) {
            return;
        }
        markUnknown(values, change.path("after_unknown"));
        instances.add(new Instance(address, module, !r.path("mode").asText("managed").equals("data"),
                r.get("type").textValue(), r.get("name").textValue(), Instance.indexOf(address), values));
    }

    /** Puts an unknown value wherever {@code after_unknown} says {@code true}, making the containers on the way. */
    private static void markUnknown(JsonNode values, JsonNode unknown) {
        if (unknown.isObject() && values instanceof ObjectNode object) {
            unknown.properties().forEach(e -> {
                if (e.getValue().asBoolean(false) && e.getValue().isBoolean()) {
                    object.set(e.getKey(), Unknown.node(AFTER_APPLY));
                } else if (e.getValue().isContainerNode()) {
                    markUnknown(container(object.get(e.getKey()), e.getValue(), c -> object.set(e.getKey(), c)),
                            e.getValue());
                }
            });
        } else if (unknown.isArray() && values instanceof ArrayNode array) {
            for (int i = 0; i < unknown.size(); i++) {
                while (array.size() <= i) {
                    array.addNull();
                }
                JsonNode u = unknown.get(i);
                if (u.isBoolean() && u.booleanValue()) {
                    array.set(i, Unknown.node(AFTER_APPLY));
                } else if (u.isContainerNode()) {
                    int at = i;
                    markUnknown(container(array.get(i), u, c -> array.set(at, c)), u);
                }
            }
        }
    }

    /** {@code existing} if it is a container of the same kind as {@code like}; else a new one, put in its place. */
    private static JsonNode container(JsonNode existing, JsonNode like, java.util.function.Consumer<JsonNode> put) {
        if (existing != null && existing.isObject() == like.isObject() && existing.isContainerNode()) {
            return existing;
        }
        JsonNode made = like.isObject() ? JsonNodeFactory.instance.objectNode() : JsonNodeFactory.instance.arrayNode();
        put.accept(made);
        return made;
    }
}
