package dev.hybridnet.imports;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hybridnet.imports.arm.ArmResource;
import dev.hybridnet.model.ConnectionKind;
import dev.hybridnet.model.ElementKind;
import dev.hybridnet.model.Keys;
import dev.hybridnet.model.NextHopType;
import dev.hybridnet.model.PeeringDirection;
import dev.hybridnet.model.PropValue;
import dev.hybridnet.model.Props;
import dev.hybridnet.model.Route;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Virtual networks, their subnets (nested in the network, or child resources), the route tables and network
 * security groups associated with subnets, and peerings, both directions merged into one connection. A subnet or a
 * peering whose virtual network the import does not hold implies that network (an existing one, referred to).
 */
final class NetworkMapping {

    static final String VNET = "microsoft.network/virtualnetworks";
    static final String SUBNET = "microsoft.network/virtualnetworks/subnets";
    static final String PEERING = "microsoft.network/virtualnetworks/virtualnetworkpeerings";
    static final String ROUTE_TABLE = "microsoft.network/routetables";
    static final String NSG = "microsoft.network/networksecuritygroups";

    private final Draft draft;
    private final ResourceIndex index;
    private final Set<ArmResource> used;
    /** The peering halves: owner network key, remote network key, flags. */
    private final List<Half> halves = new ArrayList<>();

    private record Half(String owner, String remote, String remoteId, PeeringDirection flags, String name) {
    }

    NetworkMapping(Draft draft, ResourceIndex index, Set<ArmResource> used) {
        this.draft = draft;
        this.index = index;
        this.used = used;
    }

    void map(List<ArmResource> resources) {
        for (ArmResource r : resources) {
            if (type(r).equals(VNET)) {
                network(r);
            }
        }
        for (ArmResource r : resources) {
            if (type(r).equals(SUBNET)) {
                String vnet = ResourceIndex.key(r.id().substring(0, r.id().toLowerCase().lastIndexOf("/subnets/")));
                subnet(vnetElement(vnet, r.id()), leaf(r.name()), r.body(), ResourceIndex.key(r.id()));
                used.add(r);
                draft.mapped(r);
            } else if (type(r).equals(PEERING)) {
                String owner = r.id().substring(0, r.id().toLowerCase().lastIndexOf("/virtualnetworkpeerings/"));
                half(ResourceIndex.key(owner), owner, leaf(r.name()), r.properties());
                used.add(r);
                draft.mapped(r);
            }
        }
        peerings();
    }

    static String type(ArmResource r) {
        return r.type().toLowerCase(java.util.Locale.ROOT);
    }

    static String leaf(String name) {
        return name.substring(name.lastIndexOf('/') + 1);
    }

    private void network(ArmResource r) {
        Props.Builder props = Props.builder();
        List<String> spaces = Values.texts(r.properties(), "addressSpace.addressPrefixes");
        if (!spaces.isEmpty()) {
            props.texts(Keys.ADDRESS_SPACES, spaces);
        }
        Values.text(r.body(), "location").ifPresent(l -> props.text(Keys.REGION, l));
        String id = draft.element(ElementKind.VIRTUAL_NETWORK, leaf(r.name()), Optional.empty(), props.build(),
                Optional.of(ResourceIndex.key(r.id())));
        used.add(r);
        draft.mapped(r);
        for (JsonNode s : Values.items(r.properties(), "subnets")) {
            String name = Values.text(s, "name").orElse("subnet");
            subnet(id, name, s, ResourceIndex.key(r.id() + "/subnets/" + name));
        }
        for (JsonNode p : Values.items(r.properties(), "virtualNetworkPeerings")) {
            half(ResourceIndex.key(r.id()), r.id(), Values.text(p, "name").orElse("peering"), p.path("properties"));
        }
    }

    /** The element of a virtual network, implied when the import holds only its subnets or peerings. */
    private String vnetElement(String key, String someId) {
        return draft.elementOf(key).orElseGet(() -> {
            List<String> names = ResourceIndex.namesOf(someId);
            String name = names.isEmpty() ? "virtual-network" : names.get(0);
            draft.implied("virtual network " + name + " (referred to, not in the import)");
            return draft.element(ElementKind.VIRTUAL_NETWORK, name, Optional.empty(),
                    Props.builder().bool(Keys.IMPLIED, true).build(), Optional.of(key));
        });
    }

    private void subnet(String vnet, String name, JsonNode body, String key) {
        Props.Builder props = Props.builder();
        Optional<String> prefix = Values.text(body, "properties.addressPrefix")
                .or(() -> Values.texts(body, "properties.addressPrefixes").stream().findFirst());
        prefix.ifPresent(p -> props.text(Keys.ADDRESS_PREFIX, p));
        Optional<String> nsg = Values.text(body, "properties.networkSecurityGroup.id");
        props.bool(Keys.NSG, nsg.isPresent());
        nsg.flatMap(index::find).ifPresent(this::associated);
        Values.text(body, "properties.routeTable.id").flatMap(index::find).ifPresent(table -> {
            associated(table);
            List<PropValue> routes = new ArrayList<>();
            for (JsonNode route : Values.items(table.properties(), "routes")) {
                route(route).ifPresent(routes::add);
            }
            if (!routes.isEmpty()) {
                props.put(Keys.ROUTES, new PropValue.ListValue(routes));
            }
            Values.bool(table.properties(), "disableBgpRoutePropagation")
                    .ifPresent(b -> props.bool(Keys.DISABLE_BGP_ROUTE_PROPAGATION, b));
        });
        draft.element(dev.hybridnet.model.ElementKind.SUBNET, name, Optional.of(vnet), props.build(),
                Optional.of(key));
    }

    private void associated(ArmResource r) {
        if (used.add(r)) {
            draft.mapped(r);
        }
    }

    /** A route as the file holds it, when its prefix and next hop type are known. */
    private static Optional<PropValue> route(JsonNode route) {
        Optional<String> prefix = Values.text(route, "properties.addressPrefix");
        Optional<NextHopType> type = Values.text(route, "properties.nextHopType").flatMap(t -> {
            for (NextHopType h : NextHopType.values()) {
                if (h.spelling().equalsIgnoreCase(t)) {
                    return Optional.of(h);
                }
            }
            return Optional.empty();
        });
        if (prefix.isEmpty() || type.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Route.value(prefix.get(), type.get(), Values.text(route, "properties.nextHopIpAddress")));
    }

    private void half(String ownerKey, String ownerId, String name, JsonNode properties) {
        Optional<String> remote = Values.text(properties, "remoteVirtualNetwork.id");
        if (remote.isEmpty()) {
            draft.problem(name, "the peering's remote network is only known in Azure; the peering is left out");
            return;
        }
        vnetElement(ownerKey, ownerId);
        PeeringDirection flags = new PeeringDirection(
                Values.bool(properties, "allowVirtualNetworkAccess").orElse(true),
                Values.bool(properties, "allowForwardedTraffic").orElse(false),
                Values.bool(properties, "allowGatewayTransit").orElse(false),
                Values.bool(properties, "useRemoteGateways").orElse(false));
        halves.add(new Half(ownerKey, ResourceIndex.key(remote.get()), remote.get(), flags, name));
    }

    /** One connection per pair of networks: the first half seen is "from", its partner (if any) "to". */
    private void peerings() {
        Map<String, Half> pending = new LinkedHashMap<>();
        List<Half[]> pairs = new ArrayList<>();
        for (Half h : halves) {
            Half partner = pending.remove(h.remote() + "\n" + h.owner());
            if (partner != null) {
                pairs.add(new Half[] {partner, h});
            } else {
                pending.put(h.owner() + "\n" + h.remote(), h);
            }
        }
        pending.values().forEach(h -> pairs.add(new Half[] {h, null}));
        for (Half[] pair : pairs) {
            Half from = pair[0];
            String owner = draft.elementOf(from.owner()).orElseThrow();
            String remote = vnetElement(from.remote(), from.remoteId());
            Props.Builder props = Props.builder().put(Keys.PEERING_FROM, from.flags().toValue());
            if (pair[1] != null) {
                props.put(Keys.PEERING_TO, pair[1].flags().toValue());
            }
            draft.connection(ConnectionKind.VNET_PEERING, from.name(), owner, remote, props.build());
        }
    }
}
