package dev.hybridnet.imports.arm;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Objects;

/**
 * One resource a template deploys, with every expression evaluated: its full type
 * ({@code Microsoft.Network/virtualNetworks/subnets}), its full name ({@code hub-vnet/GatewaySubnet}), the whole
 * evaluated resource object ({@code properties}, {@code sku}, {@code location}...), and where in the template it
 * was declared ({@code resources[2].resources[0]}, with the copy index when a loop made it), for the import report.
 */
public record ArmResource(String type, String name, JsonNode body, String path) {

    public ArmResource {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(path, "path");
    }

    /** The evaluated {@code properties} object; an empty object when the resource has none. */
    public JsonNode properties() {
        JsonNode p = body.get("properties");
        return p != null && p.isObject() ? p : Functions.JSON.objectNode();
    }

    /** The id that {@code resourceId(type, names...)} gives for this resource within one template. */
    public String id() {
        String[] types = type.split("/");
        String[] names = name.split("/");
        StringBuilder b = new StringBuilder("/providers/").append(types[0]);
        for (int i = 1; i < types.length; i++) {
            b.append('/').append(types[i]).append('/').append(i - 1 < names.length ? names[i - 1] : "");
        }
        return b.toString();
    }

    /**
     * The provider part of an id, lower case ({@code /providers/microsoft.network/virtualnetworks/hub}): what
     * identifies a resource within one import, whether the id is a template's {@code resourceId} or Azure's full id.
     */
    public static String key(String id) {
        String lower = id.toLowerCase(Locale.ROOT);
        int at = lower.lastIndexOf("/providers/");
        return at < 0 ? lower : lower.substring(at);
    }
}
