package dev.hybridnet.imports.arm;

import static dev.hybridnet.imports.arm.Functions.JSON;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code resourceId} and its relatives. Offline there is no subscription or resource group, so an id is written
 * without them unless the template names them: {@code /providers/Microsoft.Network/virtualNetworks/hub/subnets/
 * GatewaySubnet}. The importer matches references to resources by that provider part, which is what identifies a
 * resource within one template.
 */
final class ResourceIds {

    private ResourceIds() {
    }

    static JsonNode of(String function, List<JsonNode> args, Expr.Call call) {
        List<String> parts = new ArrayList<>();
        for (JsonNode a : args) {
            parts.add(Unknown.text(a));
        }
        int typeAt = -1;
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i).contains("/") && parts.get(i).contains(".") && !parts.get(i).startsWith("/")) {
                typeAt = i;
                break;
            }
        }
        if (function.equals("extensionresourceid")) {
            if (parts.size() < 3) {
                throw new ArmException("extensionResourceId needs a resource id, a type and a name, in ["
                        + call.source() + "]");
            }
            return JSON.textNode(parts.get(0) + "/providers/" + typeAndNames(parts.subList(1, parts.size()), call));
        }
        if (typeAt < 0) {
            throw new ArmException(call.name() + " needs a resource type such as 'Microsoft.Network/virtualNetworks',"
                    + " in [" + call.source() + "]");
        }
        StringBuilder id = new StringBuilder();
        List<String> scope = parts.subList(0, typeAt);
        if (function.equals("resourceid") && scope.size() == 2) {
            id.append("/subscriptions/").append(scope.get(0)).append("/resourceGroups/").append(scope.get(1));
        } else if (function.equals("resourceid") && scope.size() == 1) {
            id.append("/resourceGroups/").append(scope.get(0));
        } else if (function.equals("subscriptionresourceid") && scope.size() == 1) {
            id.append("/subscriptions/").append(scope.get(0));
        }
        return JSON.textNode(id + "/providers/" + typeAndNames(parts.subList(typeAt, parts.size()), call));
    }

    /** {@code Microsoft.Network/virtualNetworks/subnets} with names {@code hub}, {@code GatewaySubnet}. */
    private static String typeAndNames(List<String> typeThenNames, Expr.Call call) {
        String[] type = typeThenNames.get(0).split("/");
        List<String> names = typeThenNames.subList(1, typeThenNames.size());
        if (names.size() != type.length - 1) {
            throw new ArmException(call.name() + " needs " + (type.length - 1) + " name" + (type.length == 2 ? "" : "s")
                    + " for the type " + typeThenNames.get(0) + ", in [" + call.source() + "]");
        }
        StringBuilder b = new StringBuilder(type[0]);
        for (int i = 1; i < type.length; i++) {
            b.append('/').append(type[i]).append('/').append(names.get(i - 1));
        }
        return b.toString();
    }
}
