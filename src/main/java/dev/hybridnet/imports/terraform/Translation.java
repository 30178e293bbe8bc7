package dev.hybridnet.imports.terraform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hybridnet.imports.arm.ArmResource;
import dev.hybridnet.imports.arm.Deployment;
import dev.hybridnet.imports.arm.Unknown;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the instances of a plan or state into ARM resources: each azurerm resource of {@link AzurermResources}
 * with a body in ARM's terms and an ARM name made of its names, so that its id is the provider part of the id Azure
 * gives it (known or not). Associations of subnets with NSGs and route tables, and routes declared on their own,
 * are then folded into the subnets and tables they name. Everything else is counted as skipped; read-only
 * {@code data} sources serve references only.
 */
final class Translation {

    private static final String KNOWN_AFTER_APPLY = "known only after apply; left out";
    private static final String NAMED_BY_ADDRESS = "known only after apply; named after its address";

    private final References references;
    private final Map<Instance, Optional<String>> ids = new HashMap<>();
    private final Set<Instance> computing = new HashSet<>();
    private final Map<String, String> unknowns = new LinkedHashMap<>();
    private final List<Deployment.Problem> notes = new ArrayList<>();

    private Translation(References references) {
        this.references = references;
    }

    /**
     * Translates {@code instances}; {@code gone} are the ids of resources the plan destroys, which a network's
     * list of subnets may still name.
     */
    static TerraformImport translate(List<Instance> instances, Configuration configuration,
            Map<String, Integer> destroyed, Set<String> gone, List<Deployment.Problem> earlier) {
        return new Translation(new References(configuration, instances)).run(instances, destroyed, gone, earlier);
    }

    private TerraformImport run(List<Instance> instances, Map<String, Integer> destroyed, Set<String> gone,
            List<Deployment.Problem> earlier) {
        List<ArmResource> resources = new ArrayList<>();
        Map<String, String> labels = new HashMap<>();
        Map<String, Integer> folded = new LinkedHashMap<>();
        Map<String, Integer> skipped = new LinkedHashMap<>();
        List<Instance> later = new ArrayList<>();
        for (Instance i : instances) {
            Optional<AzurermResources.Shape> shape = AzurermResources.of(i.type());
            if (!i.managed()) {
                skipped.merge("data." + i.type(), 1, Integer::sum);
            } else if (isFolded(i.type())) {
                later.add(i);
            } else if (shape.isEmpty()) {
                skipped.merge(i.type(), 1, Integer::sum);
            } else {
                Body body = new Body();
                shape.get().fill().accept(new Reader(this, i), body);
                resources.add(new ArmResource(shape.get().armType(), armName(i, shape.get()), body.node(),
                        i.address()));
                labels.put(i.address(), i.type());
            }
        }
        Map<String, ArmResource> byKey = new HashMap<>();
        resources.forEach(r -> byKey.putIfAbsent(ArmResource.key(r.id()), r));
        Set<String> apart = new HashSet<>(byKey.keySet());
        gone.forEach(id -> apart.add(ArmResource.key(id)));
        resources.forEach(r -> withoutSubnetsApart(r, apart));
        for (Instance i : later) {
            (fold(i, byKey) ? folded : skipped).merge(i.type(), 1, Integer::sum);
        }
        List<Deployment.Problem> all = new ArrayList<>(earlier);
        unknowns.forEach((where, why) -> all.add(new Deployment.Problem(where, why)));
        all.addAll(notes);
        return new TerraformImport(resources, labels, folded, skipped, destroyed, all);
    }

    private static boolean isFolded(String type) {
        return type.equals(AzurermResources.NSG_ASSOCIATION) || type.equals(AzurermResources.ROUTE_TABLE_ASSOCIATION)
                || type.equals(AzurermResources.ROUTE);
    }

    /**
     * A network's {@code subnet} list names every subnet Azure reports, also those declared as resources of their
     * own (which carry the associations) and those the plan destroys: those entries are dropped, so that each
     * subnet is drawn once, from its own resource, and a destroyed one not at all.
     */
    private static void withoutSubnetsApart(ArmResource r, Set<String> apart) {
        if (r.properties().path("subnets") instanceof com.fasterxml.jackson.databind.node.ArrayNode subnets) {
            String network = ArmResource.key(r.id());
            for (int i = subnets.size() - 1; i >= 0; i--) {
                if (apart.contains(network + "/subnets/" + subnets.get(i).path("name").asText("")
                        .toLowerCase(Locale.ROOT))) {
                    subnets.remove(i);
                }
            }
        }
    }

    /** Puts what an association or a separate route says into the subnet or table it names. */
    private boolean fold(Instance i, Map<String, ArmResource> byKey) {
        Reader r = new Reader(this, i);
        if (i.type().equals(AzurermResources.ROUTE)) {
            AzurermResources.Shape shape = AzurermResources.of(i.type()).orElseThrow();
            String id = new ArmResource(shape.armType(), armName(i, shape), JsonNodeFactory.instance.objectNode(), "")
                    .id();
            String table = ArmResource.key(id.substring(0, id.toLowerCase(Locale.ROOT).lastIndexOf("/routes/")));
            ArmResource found = byKey.get(table);
            if (found == null) {
                return missing(i, "its route table " + table);
            }
            Body route = new Body();
            shape.fill().accept(r, route);
            JsonNode routes = found.properties().path("routes");
            for (JsonNode existing : routes) {
                if (existing.path("name").equals(route.node().path("name"))) {
                    return true; // the table lists it already (a state does)
                }
            }
            new Body((ObjectNode) found.body()).item("properties.routes").node().setAll(route.node());
            return true;
        }
        boolean nsg = i.type().equals(AzurermResources.NSG_ASSOCIATION);
        JsonNode what = r.ref(nsg ? "network_security_group_id" : "route_table_id");
        JsonNode subnetId = r.ref("subnet_id");
        if (subnetId == null || !subnetId.isTextual()) {
            return false; // unknown: noted by the reader
        }
        Optional<ObjectNode> subnet = subnet(subnetId.textValue(), byKey);
        if (subnet.isEmpty()) {
            return missing(i, "its subnet " + subnetId.textValue());
        }
        new Body(subnet.get()).put(nsg ? "properties.networkSecurityGroup.id" : "properties.routeTable.id", what);
        return true;
    }

    private boolean missing(Instance i, String what) {
        notes.add(new Deployment.Problem(i.address(), what + " is not in the import; left out"));
        return false;
    }

    /** A subnet's body: a subnet resource's, or the entry of its network's inline {@code subnets}. */
    private static Optional<ObjectNode> subnet(String id, Map<String, ArmResource> byKey) {
        String key = ArmResource.key(id);
        ArmResource own = byKey.get(key);
        if (own != null && own.body() instanceof ObjectNode body) {
            return Optional.of(body);
        }
        int at = key.lastIndexOf("/subnets/");
        ArmResource network = at < 0 ? null : byKey.get(key.substring(0, at));
        if (network == null) {
            return Optional.empty();
        }
        String name = key.substring(at + "/subnets/".length());
        for (JsonNode s : network.properties().path("subnets")) {
            if (s instanceof ObjectNode o && s.path("name").asText("").equalsIgnoreCase(name)) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }

    /**
     * The ARM name ({@code hub/GatewaySubnet}): each name attribute as known; a parent's name not known yet as
     * the name of the resource its reference names; an own name not known yet is the resource's address.
     */
    private String armName(Instance i, AzurermResources.Shape shape) {
        List<String> names = new ArrayList<>();
        for (String attr : shape.names()) {
            JsonNode v = i.values().get(attr);
            if (v != null && v.isTextual() && !v.textValue().isBlank()) {
                names.add(clean(v.textValue()));
                continue;
            }
            boolean own = attr.equals(shape.names().get(shape.names().size() - 1));
            Optional<String> referred = Unknown.is(v) && !own ? references.targets(i, List.of(attr)).stream()
                    .filter(t -> AzurermResources.of(t.type()).isPresent()).findFirst().map(Translation::nameOf)
                    : Optional.empty();
            if (referred.isEmpty()) {
                unknowns.putIfAbsent(i.address() + "." + attr, own ? NAMED_BY_ADDRESS : KNOWN_AFTER_APPLY);
            }
            names.add(referred.orElseGet(() -> clean(own ? i.address() : i.address() + "." + attr)));
        }
        return String.join("/", names);
    }

    private static String nameOf(Instance i) {
        JsonNode v = i.values().get("name");
        return clean(v != null && v.isTextual() && !v.textValue().isBlank() ? v.textValue() : i.address());
    }

    private static String clean(String name) {
        return name.replace('/', '-');
    }

    /** The resources an attribute's expression names (see {@link References}). */
    List<Instance> targets(Instance from, List<Object> path) {
        return references.targets(from, path);
    }

    /** A resource's id: as the plan or state gives it, or made from its ARM type and names. */
    Optional<String> idOf(Instance i) {
        Optional<String> known = ids.get(i);
        if (known != null) {
            return known;
        }
        if (!computing.add(i)) {
            return Optional.empty();
        }
        JsonNode given = i.values().get("id");
        Optional<String> id = given != null && given.isTextual() && given.textValue().toLowerCase(Locale.ROOT)
                .contains("/providers/") ? Optional.of(given.textValue())
                : AzurermResources.of(i.type()).filter(s -> !isFolded(i.type())).map(s -> new ArmResource(
                        s.armType(), armName(i, s), JsonNodeFactory.instance.objectNode(), "").id());
        computing.remove(i);
        ids.put(i, id);
        return id;
    }

    /** Notes that a value the import needs is known only after apply. */
    void unknown(String where) {
        unknowns.putIfAbsent(where, KNOWN_AFTER_APPLY);
    }
}
