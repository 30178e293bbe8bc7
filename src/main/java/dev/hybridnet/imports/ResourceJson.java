package dev.hybridnet.imports;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hybridnet.imports.arm.ArmResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Azure's own JSON, as the CLI, the REST API and Resource Graph return it: one resource object, an array of them, a
 * REST list ({@code {"value": [...]}}) or a Resource Graph result ({@code {"data": [...]}}). Every object with an
 * {@code id}, a {@code type} and a {@code name} is a resource; its full name comes from its id, so a subnet listed on
 * its own is still the subnet of its network.
 */
final class ResourceJson {

    private ResourceJson() {
    }

    /** The resources in {@code root}, or empty when it holds none (it is some other JSON). */
    static Optional<List<ArmResource>> resources(JsonNode root) {
        JsonNode list = root;
        String prefix = "";
        if (root.isObject() && root.path("value").isArray()) {
            list = root.get("value");
            prefix = "value";
        } else if (root.isObject() && root.path("data").isArray()) {
            list = root.get("data");
            prefix = "data";
        }
        List<ArmResource> result = new ArrayList<>();
        if (list.isArray()) {
            for (int i = 0; i < list.size(); i++) {
                resource(list.get(i), prefix + "[" + i + "]").ifPresent(result::add);
            }
        } else {
            resource(list, "(the resource)").ifPresent(result::add);
        }
        return result.isEmpty() ? Optional.empty() : Optional.of(result);
    }

    private static Optional<ArmResource> resource(JsonNode item, String path) {
        Optional<String> id = Values.text(item, "id");
        Optional<String> type = Values.text(item, "type");
        if (id.isEmpty() || type.isEmpty() || !id.get().toLowerCase(java.util.Locale.ROOT).contains("/providers/")) {
            return Optional.empty();
        }
        List<String> names = ResourceIndex.namesOf(id.get());
        String name = names.isEmpty() ? Values.text(item, "name").orElse("") : String.join("/", names);
        return Optional.of(new ArmResource(type.get(), name, item, path));
    }
}
