package dev.hybridnet.imports;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hybridnet.imports.arm.ArmResource;
import dev.hybridnet.model.ElementKind;
import dev.hybridnet.model.Keys;
import dev.hybridnet.model.Props;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What sits in subnets: Azure Firewall, Bastion, internal load balancers (by their frontend's subnet), Route Server
 * (a virtual hub outside any virtual WAN, in RouteServerSubnet) and virtual machines through their network
 * interfaces. A VM whose interface forwards IP and whose address a route sends traffic to is an NVA.
 */
final class ServiceMapping {

    static final String FIREWALL = "microsoft.network/azurefirewalls";
    static final String BASTION = "microsoft.network/bastionhosts";
    static final String LOAD_BALANCER = "microsoft.network/loadbalancers";
    static final String HUB = "microsoft.network/virtualhubs";
    static final String HUB_IP = "microsoft.network/virtualhubs/ipconfigurations";
    static final String NIC = "microsoft.network/networkinterfaces";
    static final String VM = "microsoft.compute/virtualmachines";

    private final Draft draft;
    private final ResourceIndex index;
    private final Set<ArmResource> used;

    ServiceMapping(Draft draft, ResourceIndex index, Set<ArmResource> used) {
        this.draft = draft;
        this.index = index;
        this.used = used;
    }

    void map(List<ArmResource> resources) {
        Set<String> nextHops = nextHops();
        for (ArmResource r : resources) {
            switch (NetworkMapping.type(r)) {
                case FIREWALL -> inSubnet(r, ElementKind.AZURE_FIREWALL, ipConfigSubnet(r.properties()),
                        privateIp(r.properties()));
                case BASTION -> inSubnet(r, ElementKind.BASTION, ipConfigSubnet(r.properties()), Props.empty());
                case LOAD_BALANCER -> loadBalancer(r);
                case HUB -> routeServer(r, resources);
                case VM -> machine(r, nextHops);
                default -> {
                }
            }
        }
    }

    private static Optional<String> ipConfigSubnet(JsonNode p) {
        return Values.items(p, "ipConfigurations").stream()
                .flatMap(c -> Values.text(c, "properties.subnet.id").stream()).findFirst();
    }

    /** The private address of the first IP configuration, when the resource states it (a firewall's, once deployed). */
    private static Props privateIp(JsonNode p) {
        Props.Builder props = Props.builder();
        Values.items(p, "ipConfigurations").stream().flatMap(c -> Values.text(c, "properties.privateIPAddress")
                .stream()).findFirst().ifPresent(ip -> props.text(Keys.PRIVATE_IP, ip));
        return props.build();
    }

    private boolean inSubnet(ArmResource r, ElementKind kind, Optional<String> subnetId, Props props) {
        Optional<String> subnet = subnetId.flatMap(id -> draft.elementOf(ResourceIndex.key(id)));
        if (subnet.isEmpty()) {
            draft.problem(r.path(), NetworkMapping.leaf(r.name()) + ": its subnet " + subnetId.orElse("(not given)")
                    + " is not in the import; it is left out");
            return false;
        }
        draft.element(kind, NetworkMapping.leaf(r.name()), subnet, props, Optional.of(ResourceIndex.key(r.id())));
        if (used.add(r)) {
            draft.mapped(r);
        }
        return true;
    }

    private void loadBalancer(ArmResource r) {
        for (JsonNode frontend : Values.items(r.properties(), "frontendIPConfigurations")) {
            Optional<String> subnet = Values.text(frontend, "properties.subnet.id");
            if (subnet.isPresent()) {
                Props.Builder props = Props.builder();
                Values.text(frontend, "properties.privateIPAddress").ifPresent(ip -> props.text(Keys.PRIVATE_IP,
                        ip));
                inSubnet(r, ElementKind.LOAD_BALANCER, subnet, props.build());
                return;
            }
        }
        // A public load balancer has no subnet: it is not part of the network design; reported as skipped.
    }

    private void routeServer(ArmResource r, List<ArmResource> resources) {
        if (Values.at(r.properties(), "virtualWan").isPresent()) {
            return; // a virtual WAN hub: not drawn, reported as skipped
        }
        String prefix = ResourceIndex.key(r.id()) + "/ipconfigurations/";
        Optional<String> subnet = resources.stream().filter(x -> NetworkMapping.type(x).equals(HUB_IP)
                && ResourceIndex.key(x.id()).startsWith(prefix))
                .flatMap(x -> Values.text(x.properties(), "subnet.id").stream()).findFirst()
                .or(() -> ipConfigSubnet(r.properties())); // inline, as a Terraform route server gives it
        Props.Builder props = Props.builder();
        Values.integer(r.properties(), "virtualRouterAsn").ifPresent(a -> props.number(Keys.ASN, a));
        if (inSubnet(r, ElementKind.ROUTE_SERVER, subnet, props.build())) {
            resources.stream().filter(x -> NetworkMapping.type(x).equals(HUB_IP)
                    && ResourceIndex.key(x.id()).startsWith(prefix)).forEach(x -> {
                        if (used.add(x)) {
                            draft.mapped(x);
                        }
                    });
        }
    }

    /** The addresses routes send traffic to: an interface there that forwards IP is an NVA's. */
    private Set<String> nextHops() {
        Set<String> hops = new HashSet<>();
        for (dev.hybridnet.model.Element e : draft.elements()) {
            e.props().values().entrySet().stream().filter(v -> v.getKey().equals(Keys.ROUTES.name()))
                    .forEach(v -> collect(v.getValue(), hops));
        }
        return hops;
    }

    private static void collect(dev.hybridnet.model.PropValue routes, Set<String> into) {
        if (routes instanceof dev.hybridnet.model.PropValue.ListValue list) {
            for (dev.hybridnet.model.PropValue item : list.items()) {
                if (item instanceof dev.hybridnet.model.PropValue.ObjectValue o
                        && o.fields().get(Keys.NEXT_HOP.name()) instanceof dev.hybridnet.model.PropValue.Text t) {
                    into.add(t.value());
                }
            }
        }
    }

    private void machine(ArmResource vm, Set<String> nextHops) {
        Optional<ArmResource> nic = Values.items(vm.properties(), "networkProfile.networkInterfaces").stream()
                .flatMap(n -> Values.text(n, "id").stream()).flatMap(id -> index.find(id).stream()).findFirst();
        if (nic.isEmpty()) {
            draft.problem(vm.path(), NetworkMapping.leaf(vm.name()) + ": its network interface is not in the "
                    + "import; it is left out");
            return;
        }
        JsonNode config = Values.items(nic.get().properties(), "ipConfigurations").stream().findFirst()
                .orElse(com.fasterxml.jackson.databind.node.MissingNode.getInstance());
        Optional<String> ip = Values.text(config, "properties.privateIPAddress");
        boolean forwards = Values.bool(nic.get().properties(), "enableIPForwarding").orElse(false);
        boolean nva = forwards && ip.filter(nextHops::contains).isPresent();
        Props.Builder props = Props.builder();
        ip.ifPresent(a -> props.text(Keys.PRIVATE_IP, a));
        if (nva) {
            props.bool(Keys.IP_FORWARDING, true);
        }
        if (inSubnet(vm, nva ? ElementKind.NETWORK_VIRTUAL_APPLIANCE : ElementKind.VIRTUAL_MACHINE,
                Values.text(config, "properties.subnet.id"), props.build()) && used.add(nic.get())) {
            draft.mapped(nic.get());
        }
    }
}
