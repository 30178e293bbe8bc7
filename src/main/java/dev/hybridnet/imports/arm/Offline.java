package dev.hybridnet.imports.arm;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.Set;

/** The functions whose answer exists only in a live subscription or at deployment time: all unknown offline. */
final class Offline {

    private static final Set<String> UNKNOWABLE = Set.of("reference", "uniquestring", "resourcegroup",
            "subscription", "deployment", "environment", "utcnow", "newguid", "guid", "providers", "tenant",
            "managementgroup", "pickzones", "listkeys", "listsecrets", "listaccountsas", "listservicesas",
            "base64", "base64tostring", "datauri", "datauritostring", "uricomponent", "uricomponenttostring",
            "datetimeadd", "datetimefromepoch", "datetimetoepoch", "loadtextcontent", "loadfileasbase64",
            "loadjsoncontent", "managementgroupresourceid", "existing");

    private Offline() {
    }

    /** An unknown value when {@code name} cannot be answered offline; empty for every other function. */
    static Optional<JsonNode> value(String name, Expr.Call call) {
        if (UNKNOWABLE.contains(name) || name.startsWith("list")) {
            return Optional.of(Unknown.node("<" + call.name() + ">"));
        }
        return Optional.empty();
    }
}
