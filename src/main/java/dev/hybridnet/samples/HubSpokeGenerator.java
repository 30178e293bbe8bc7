package dev.hybridnet.samples;

import dev.hybridnet.geometry.Rect;
import dev.hybridnet.model.Connection;
import dev.hybridnet.model.ConnectionKind;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import dev.hybridnet.model.ElementKind;
import dev.hybridnet.model.Keys;
import dev.hybridnet.model.NextHopType;
import dev.hybridnet.model.PeeringDirection;
import dev.hybridnet.model.PropValue;
import dev.hybridnet.model.Props;
import dev.hybridnet.model.Reference;
import dev.hybridnet.model.Route;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Generates large hub-spoke topologies that follow the reference: one on-premises site, one hub per at most
 * {@link #SPOKES_PER_HUB} spokes (each hub with a VPN gateway, Azure Firewall and Bastion, peered with the other
 * hubs), and spokes with two workload subnets whose routes send traffic to their hub's firewall. Addresses never
 * overlap; output is deterministic, laid out on a grid.
 */
public final class HubSpokeGenerator {

    /** Below Azure's 500 peerings per VNet, leaving room for hub-to-hub peerings. */
    public static final int SPOKES_PER_HUB = 400;
    /**
     * Spokes take /24s out of 10.128.0.0/9, which has room for 32,768; the file of 24,000 spokes (about 61 MiB)
     * is the largest that stays within the reader's 64 MiB, so every generated file can be read back.
     */
    public static final int MAX_SPOKES = 24_000;
    /** Elements in one generated spoke: the VNet, two subnets and three VMs. */
    public static final int ELEMENTS_PER_SPOKE = 6;

    private static final String[] REGIONS = {"westeurope", "northeurope", "francecentral", "germanywestcentral",
        "uksouth", "swedencentral", "eastus", "eastus2", "centralus", "westus2"};
    private static final int COLUMNS = 8;

    private final List<Element> elements = new ArrayList<>();
    private final List<Connection> connections = new ArrayList<>();

    private HubSpokeGenerator() {
    }

    /** A topology with {@code spokes} spokes (1 to {@link #MAX_SPOKES}). */
    public static Diagram generate(int spokes) {
        if (spokes < 1 || spokes > MAX_SPOKES) {
            throw new IllegalArgumentException("spokes must be between 1 and " + MAX_SPOKES + ", not " + spokes);
        }
        return new HubSpokeGenerator().build(spokes);
    }

    /** The number of spokes that gives about {@code elements} elements. */
    public static int spokesForElements(int elements) {
        return Math.max(1, Math.min(MAX_SPOKES, elements / ELEMENTS_PER_SPOKE));
    }

    private Diagram build(int spokes) {
        int hubs = (spokes + SPOKES_PER_HUB - 1) / SPOKES_PER_HUB;
        element("onprem", ElementKind.ON_PREMISES_NETWORK, "On-premises network", null, 40, 40, 260, 200,
                Props.builder().texts(Keys.ADDRESS_SPACES, List.of("192.168.0.0/16")).build());
        element("appliance", ElementKind.VPN_APPLIANCE, "VPN appliance", "onprem", 146, 100, 48, 48,
                Props.builder().bool(Keys.BEHIND_NAT, false)
                        .text(Keys.DEVICE, "hardware")
                        .text(Keys.PUBLIC_IP, "203.0.113.10")
                        .build());
        double y = 40;
        for (int hub = 0; hub < hubs; hub++) {
            int first = hub * SPOKES_PER_HUB;
            int count = Math.min(SPOKES_PER_HUB, spokes - first);
            addHub(hub, y);
            for (int i = 0; i < count; i++) {
                addSpoke(hub, first + i, 1300 + (i % COLUMNS) * 560.0, y + (i / COLUMNS) * 210.0);
            }
            y += Math.max(1, (count + COLUMNS - 1) / COLUMNS) * 210.0 + 100;
        }
        for (int a = 0; a < hubs; a++) {
            for (int b = a + 1; b < hubs; b++) {
                peering("peer-hub" + a + "-hub" + b, "hub" + a, "hub" + b, false);
            }
        }
        return new Diagram("Generated hub-spoke topology (" + spokes + " spokes)", Optional.of(Reference.HUB_SPOKE),
                elements, connections);
    }

    private void addHub(int hub, double y) {
        String id = "hub" + hub;
        String net = "10." + hub + ".";
        element(id, ElementKind.VIRTUAL_NETWORK, "vnet-hub-" + hub, null, 600, y, 536, 170,
                Props.builder().texts(Keys.ADDRESS_SPACES, List.of(net + "0.0/16"))
                        .text(Keys.REGION, REGIONS[hub % REGIONS.length])
                        .text(Keys.ROLE, "hub")
                        .build());
        subnet(id + "-gw-subnet", "GatewaySubnet", id, 612, y + 36, net + "255.224/27", false);
        element(id + "-vpngw", ElementKind.VPN_GATEWAY, "vpngw-" + hub, id + "-gw-subnet", 668, y + 70, 48, 48,
                Props.builder().bool(Keys.ACTIVE_ACTIVE, false)
                        .text(Keys.PUBLIC_IP, "198.51.100." + (hub + 1))
                        .text(Keys.VPN_GATEWAY_SKU, "VpnGw2AZ")
                        .text(Keys.VPN_TYPE, "RouteBased")
                        .build());
        subnet(id + "-fw-subnet", "AzureFirewallSubnet", id, 788, y + 36, net + "0.0/26", false);
        element(id + "-fw", ElementKind.AZURE_FIREWALL, "fw-hub-" + hub, id + "-fw-subnet", 844, y + 70, 48, 48,
                Props.builder().text(Keys.PRIVATE_IP, net + "0.4").build());
        subnet(id + "-bastion-subnet", "AzureBastionSubnet", id, 964, y + 36, net + "0.64/26", false);
        element(id + "-bastion", ElementKind.BASTION, "bastion-" + hub, id + "-bastion-subnet", 1020, y + 70, 48, 48,
                Props.empty());
        String lng = "lng" + hub;
        element(lng, ElementKind.LOCAL_NETWORK_GATEWAY, "lng-onprem-" + hub, null, 420, y + 70, 48, 48,
                Props.builder().texts(Keys.ADDRESS_PREFIXES, List.of("192.168.0.0/16"))
                        .text(Keys.GATEWAY_IP, "203.0.113.10")
                        .build());
        connection("s2s" + hub, ConnectionKind.SITE_TO_SITE_VPN, id + "-vpngw", lng,
                Props.builder().text(Keys.CONNECTION_PROTOCOL, "IKEv2").bool(Keys.ENABLE_BGP, false).build());
        connection("represents" + hub, ConnectionKind.REPRESENTS, lng, "appliance", Props.empty());
    }

    private void addSpoke(int hub, int spoke, double x, double y) {
        String id = "spoke" + spoke;
        String net = "10." + (128 + spoke / 256) + "." + (spoke % 256) + ".";
        element(id, ElementKind.VIRTUAL_NETWORK, "vnet-spoke-" + spoke, null, x, y, 500, 170,
                Props.builder().texts(Keys.ADDRESS_SPACES, List.of(net + "0/24"))
                        .text(Keys.REGION, REGIONS[hub % REGIONS.length])
                        .text(Keys.ROLE, "spoke")
                        .build());
        PropValue routes = new PropValue.ListValue(List.of(Route.value("10.128.0.0/9", NextHopType.VIRTUAL_APPLIANCE,
                Optional.of("hub" + hub + "-fw"))));
        subnet(id + "-app", "snet-app", id, x + 12, y + 36, net + "0/25", true, routes, 300);
        subnet(id + "-data", "snet-data", id, x + 328, y + 36, net + "128/26", true, routes, 160);
        vm(id + "-app-vm1", id + "-app", x + 65, y + 70, net + "4");
        vm(id + "-app-vm2", id + "-app", x + 205, y + 70, net + "5");
        vm(id + "-data-vm1", id + "-data", x + 384, y + 70, net + "132");
        peering("peer-hub" + hub + "-" + id, "hub" + hub, id, true);
    }

    private void vm(String id, String parent, double x, double y, String ip) {
        element(id, ElementKind.VIRTUAL_MACHINE, id.replace("spoke", "vm-"), parent, x, y, 48, 48,
                Props.builder().text(Keys.PRIVATE_IP, ip).build());
    }

    private void subnet(String id, String name, String parent, double x, double y, String prefix, boolean nsg) {
        subnet(id, name, parent, x, y, prefix, nsg, null, 160);
    }

    private void subnet(String id, String name, String parent, double x, double y, String prefix, boolean nsg,
            PropValue routes, double width) {
        Props.Builder props = Props.builder().text(Keys.ADDRESS_PREFIX, prefix).bool(Keys.NSG, nsg);
        if (routes != null) {
            props.put(Keys.ROUTES, routes);
        }
        element(id, ElementKind.SUBNET, name, parent, x, y, width, 120, props.build());
    }

    private void peering(String id, String from, String to, boolean hubToSpoke) {
        PropValue hubSide = new PeeringDirection(true, true, hubToSpoke, false).toValue();
        PropValue otherSide = new PeeringDirection(true, true, false, hubToSpoke).toValue();
        connection(id, ConnectionKind.VNET_PEERING, from, to, Props.builder().put(Keys.PEERING_FROM, hubSide)
                .put(Keys.PEERING_TO, otherSide)
                .build());
    }

    private void element(String id, ElementKind kind, String name, String parent, double x, double y, double w,
            double h, Props props) {
        elements.add(new Element(id, kind, name, Optional.ofNullable(parent), new Rect(x, y, w, h), props));
    }

    private void connection(String id, ConnectionKind kind, String from, String to, Props props) {
        connections.add(new Connection(id, kind, from, to, props));
    }

}
