package dev.hybridnet.imports.arm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Runs a template as Azure would, offline: parameters and variables, {@code condition}, {@code copy} loops over
 * resources and properties, child resources, and nested deployments (an inline template, or a {@code templateLink}
 * to a file beside the template). The result is the resources it would deploy, evaluated, and the problems met on
 * the way: a resource whose expressions cannot be evaluated is left out and reported with its template path, never
 * dropped silently.
 */
public final class Deployment {

    /** Azure's limit on the iterations of one copy loop. */
    public static final int MAX_COPIES = 800;
    /** How deep nested deployments may go; deeper is refused (Azure itself stops far earlier in practice). */
    public static final int MAX_DEPTH = 10;
    /** More resources than any network design; a template that makes more is refused. */
    public static final int MAX_RESOURCES = 50_000;

    /** How many linked files one import may read. */
    private static final int MAX_READS = 500;
    private static final Set<String> NOT_EVALUATED = Set.of("resources", "copy", "condition", "dependsOn");

    /** What a template deploys and what could not be worked out. */
    public record Result(List<ArmResource> resources, List<Problem> problems, Set<String> unsetParameters) {
        public Result {
            resources = List.copyOf(resources);
            problems = List.copyOf(problems);
            unsetParameters = Set.copyOf(unsetParameters);
        }
    }

    /** Something the importer could not evaluate or follow, at a place in the template. */
    public record Problem(String path, String message) {
    }

    private final Optional<Path> folder;
    private final List<ArmResource> resources = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private int reads;

    private Deployment(Optional<Path> folder) {
        this.folder = folder;
    }

    /**
     * Runs {@code template} with the parameter values {@code parameters} (name to value); {@code folder}, where
     * the template lies, is where linked templates are looked for.
     */
    public static Result run(JsonNode template, Map<String, JsonNode> parameters, Optional<Path> folder) {
        Deployment d = new Deployment(folder);
        TemplateScope scope = new TemplateScope(template, parameters, folder);
        Set<String> undeclared = scope.undeclared();
        if (!undeclared.isEmpty()) {
            throw new ArmException("the parameters file gives values the template does not declare ("
                    + String.join(", ", undeclared) + "); it belongs to another template");
        }
        d.template(template, scope, "", 0, folder);
        return new Result(d.resources, d.problems, scope.unset());
    }

    /** The resources of {@code template}, which lies in {@code here} (where its relative links start). */
    private void template(JsonNode template, TemplateScope scope, String prefix, int depth, Optional<Path> here) {
        JsonNode list = template.path("resources");
        if (list.isArray()) {
            for (int i = 0; i < list.size(); i++) {
                declared(list.get(i), scope, prefix + "resources[" + i + "]", Optional.empty(), depth, here);
            }
        } else if (list.isObject()) {
            for (Map.Entry<String, JsonNode> symbolic : list.properties()) {
                declared(symbolic.getValue(), scope, prefix + "resources." + symbolic.getKey(), Optional.empty(),
                        depth, here);
            }
        }
    }

    /** A resource as declared: once, or once per iteration of its copy loop. */
    private void declared(JsonNode resource, TemplateScope scope, String path, Optional<ArmResource> parent,
            int depth, Optional<Path> here) {
        if (!resource.isObject()) {
            problems.add(new Problem(path, "a resource must be an object"));
            return;
        }
        try {
            JsonNode copy = resource.get("copy");
            if (copy == null) {
                one(resource, scope, path, parent, depth, here);
                return;
            }
            int count = scope.count(copy, "'" + copy.path("name").asText() + "'");
            for (int i = 0; i < count; i++) {
                int index = i;
                scope.inLoop(copy.path("name").asText(), index, () -> {
                    one(resource, scope, path + "[copy " + index + "]", parent, depth, here);
                    return null;
                });
            }
        } catch (NotOffline e) {
            problems.add(new Problem(path, e.getMessage()));
        } catch (ArmException e) {
            throw e.at(path);
        }
    }

    private void one(JsonNode resource, TemplateScope scope, String path, Optional<ArmResource> parent,
            int depth, Optional<Path> here) {
        try {
            if (resource.has("condition")) {
                JsonNode condition = Evaluator.value(resource.get("condition"), scope);
                if (Unknown.is(condition)) {
                    problems.add(new Problem(path, "its condition is only known in Azure; it is imported as if "
                            + "deployed"));
                } else if (!Functions.bool(condition, new Expr.Call("condition", List.of(), "condition"))) {
                    return;
                }
            }
            boolean deployment = Unknown.text(Evaluator.value(resource.path("type"), scope))
                    .equalsIgnoreCase("Microsoft.Resources/deployments");
            ObjectNode body = Functions.JSON.objectNode();
            for (Map.Entry<String, JsonNode> field : resource.properties()) {
                if (NOT_EVALUATED.contains(field.getKey())) {
                    continue;
                }
                JsonNode value = field.getValue();
                if (field.getKey().equals("properties") && deployment && value.isObject()) {
                    ObjectNode outerPart = ((ObjectNode) value).deepCopy();
                    outerPart.remove("template"); // the nested template is evaluated in its own scope, below
                    value = outerPart;
                }
                body.set(field.getKey(), field.getKey().equals("properties") ? scope.valueWithCopies(value)
                        : Evaluator.value(value, scope));
            }
            String type = Unknown.text(body.path("type"));
            String name = Unknown.text(body.path("name"));
            if (parent.isPresent() && !type.contains("/")) {
                type = parent.get().type() + "/" + type;
                name = parent.get().name() + "/" + name;
            }
            if (resources.size() >= MAX_RESOURCES) {
                throw new ArmException("the template makes more than " + MAX_RESOURCES + " resources");
            }
            ArmResource made = new ArmResource(type, name, body, path);
            if (deployment) {
                nested(made, resource, scope, path, depth, here);
            } else {
                resources.add(made);
            }
            JsonNode children = resource.path("resources");
            for (int i = 0; i < children.size(); i++) {
                declared(children.get(i), scope, path + ".resources[" + i + "]", Optional.of(made), depth, here);
            }
        } catch (NotOffline e) {
            problems.add(new Problem(path, e.getMessage()));
        } catch (ArmException e) {
            throw e.at(path);
        }
    }

    /** A nested deployment: its template inline or linked, its parameters, in its own scope or the outer one. */
    private void nested(ArmResource deployment, JsonNode declared, TemplateScope outer, String path, int depth,
            Optional<Path> here) {
        if (depth + 1 > MAX_DEPTH) {
            throw new ArmException("nested deployments go deeper than " + MAX_DEPTH + " levels");
        }
        JsonNode properties = declared.path("properties");
        JsonNode template = properties.get("template");
        Optional<Path> there = here;
        String where = path + ".properties.template.";
        if (template == null) {
            Path file = linked(deployment.properties().path("templateLink"), here, "template");
            template = read(file);
            there = Optional.ofNullable(file.getParent());
            where = path + " (" + file.getFileName() + ").";
        }
        boolean inner = "inner".equalsIgnoreCase(properties.path("expressionEvaluationOptions").path("scope")
                .asText());
        if (!inner && properties.has("template")) {
            template(template, outer, where, depth + 1, there);
            return;
        }
        Map<String, JsonNode> values = new HashMap<>();
        JsonNode given = deployment.properties().path("parameters");
        if (!given.isObject() && deployment.properties().has("parametersLink")) {
            given = read(linked(deployment.properties().path("parametersLink"), here, "parameters file"))
                    .path("parameters");
        }
        given.properties().forEach(p -> values.put(p.getKey(),
                p.getValue().has("value") ? p.getValue().get("value") : Unknown.node("<" + p.getKey() + ">")));
        template(template, new TemplateScope(template, values, there), where, depth + 1, there);
    }

    /** The file a {@code templateLink} or {@code parametersLink} names, found offline, or not followed. */
    private Path linked(JsonNode link, Optional<Path> here, String what) {
        JsonNode target = link.has("relativePath") ? link.get("relativePath") : link.path("uri");
        String text = Unknown.text(target);
        boolean usable = !Unknown.is(target) || text.startsWith(Links.BESIDE);
        Optional<Path> file = usable && folder.isPresent() && here.isPresent()
                ? Links.find(text, here.get(), folder.get()) : Optional.empty();
        if (file.isEmpty()) {
            throw new NotOffline("the linked " + what + " '" + text.replace(Links.BESIDE, "") + "' is not beside the "
                    + "template; its resources are left out");
        }
        if (++reads > MAX_READS) {
            throw new ArmException("the template links more than " + MAX_READS + " files");
        }
        return file.get();
    }

    private static JsonNode read(Path file) {
        try {
            return Json.MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new ArmException("the linked file " + file.getFileName() + " cannot be read as JSON");
        }
    }

}
