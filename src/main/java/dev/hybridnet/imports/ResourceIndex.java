package dev.hybridnet.imports;

import dev.hybridnet.imports.arm.ArmResource;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the resource an id refers to. Within a template, ids come from {@code resourceId} without subscription
 * or resource group; Azure's own JSON has full ids. Both end in the same provider part
 * ({@code /providers/Microsoft.Network/virtualNetworks/hub/subnets/GatewaySubnet}), compared without regard to case,
 * as Azure compares them.
 */
final class ResourceIndex {

    private final Map<String, ArmResource> byId = new HashMap<>();

    ResourceIndex(List<ArmResource> resources) {
        for (ArmResource r : resources) {
            byId.putIfAbsent(key(r.id()), r);
        }
    }

    /** The resource {@code id} names, if the import holds it. */
    Optional<ArmResource> find(String id) {
        return Optional.ofNullable(byId.get(key(id)));
    }

    /** The provider part of an id, lower case: what identifies a resource within one import. */
    static String key(String id) {
        return ArmResource.key(id);
    }

    /** The type of the resource an id names ({@code microsoft.network/virtualnetworks/subnets}), lower case. */
    static String typeOf(String id) {
        String[] parts = key(id).split("/");
        StringBuilder type = new StringBuilder();
        // "", "providers", namespace, type, name, type, name...
        if (parts.length < 4) {
            return "";
        }
        type.append(parts[2]);
        for (int i = 3; i < parts.length; i += 2) {
            type.append('/').append(parts[i]);
        }
        return type.toString();
    }

    /** The names in an id after its types: {@code [hub, GatewaySubnet]} for a subnet, as written. */
    static List<String> namesOf(String id) {
        int at = id.toLowerCase(Locale.ROOT).lastIndexOf("/providers/");
        String[] parts = (at < 0 ? id : id.substring(at)).split("/");
        List<String> names = new java.util.ArrayList<>();
        for (int i = 4; i < parts.length; i += 2) {
            names.add(parts[i]);
        }
        return names;
    }
}
