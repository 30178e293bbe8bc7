package dev.hybridnet.catalog;

import static dev.hybridnet.model.ElementKind.AZURE_FIREWALL;
import static dev.hybridnet.model.ElementKind.BASTION;
import static dev.hybridnet.model.ElementKind.EDGE_ROUTER;
import static dev.hybridnet.model.ElementKind.EXPRESSROUTE_CIRCUIT;
import static dev.hybridnet.model.ElementKind.EXPRESSROUTE_GATEWAY;
import static dev.hybridnet.model.ElementKind.LOAD_BALANCER;
import static dev.hybridnet.model.ElementKind.LOCAL_NETWORK_GATEWAY;
import static dev.hybridnet.model.ElementKind.NETWORK_VIRTUAL_APPLIANCE;
import static dev.hybridnet.model.ElementKind.ON_PREMISES_NETWORK;
import static dev.hybridnet.model.ElementKind.ROUTE_SERVER;
import static dev.hybridnet.model.ElementKind.SERVER;
import static dev.hybridnet.model.ElementKind.SUBNET;
import static dev.hybridnet.model.ElementKind.VIRTUAL_MACHINE;
import static dev.hybridnet.model.ElementKind.VIRTUAL_NETWORK;
import static dev.hybridnet.model.ElementKind.VPN_APPLIANCE;
import static dev.hybridnet.model.ElementKind.VPN_GATEWAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.model.ConnectionKind;
import dev.hybridnet.model.ElementKind;
import dev.hybridnet.model.Keys;
import dev.hybridnet.model.Props;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The catalog's tables against the "contained in" and "joins" columns of the format specification. */
class CatalogTest {

    /** format.md, element kinds: "contained in" (empty = root). */
    private static final Map<ElementKind, Set<ElementKind>> PARENTS = new EnumMap<>(Map.ofEntries(
            Map.entry(ON_PREMISES_NETWORK, Set.of()),
            Map.entry(VPN_APPLIANCE, Set.of(ON_PREMISES_NETWORK)),
            Map.entry(EDGE_ROUTER, Set.of(ON_PREMISES_NETWORK)),
            Map.entry(SERVER, Set.of(ON_PREMISES_NETWORK)),
            Map.entry(VIRTUAL_NETWORK, Set.of()),
            Map.entry(SUBNET, Set.of(VIRTUAL_NETWORK)),
            Map.entry(VPN_GATEWAY, Set.of(SUBNET)),
            Map.entry(EXPRESSROUTE_GATEWAY, Set.of(SUBNET)),
            Map.entry(LOCAL_NETWORK_GATEWAY, Set.of()),
            Map.entry(EXPRESSROUTE_CIRCUIT, Set.of()),
            Map.entry(AZURE_FIREWALL, Set.of(SUBNET)),
            Map.entry(BASTION, Set.of(SUBNET)),
            Map.entry(NETWORK_VIRTUAL_APPLIANCE, Set.of(SUBNET)),
            Map.entry(LOAD_BALANCER, Set.of(SUBNET)),
            Map.entry(VIRTUAL_MACHINE, Set.of(SUBNET)),
            Map.entry(ROUTE_SERVER, Set.of(SUBNET)),
            // A note may also stand at the root (ComponentType.rootAllowed); a group only there.
            Map.entry(ElementKind.NOTE, Set.of(ON_PREMISES_NETWORK, VIRTUAL_NETWORK, SUBNET)),
            Map.entry(ElementKind.GROUP, Set.of())));

    @Test
    void everyKindHasAnEntryWithTheSpecifiedParents() {
        assertEquals(Set.of(ElementKind.values()), PARENTS.keySet());
        for (ElementKind kind : ElementKind.values()) {
            ComponentType type = Catalog.of(kind);
            assertEquals(kind, type.kind());
            assertEquals(PARENTS.get(kind), type.legalParents(), kind.id());
            assertFalse(type.displayName().isBlank());
            assertFalse(type.description().isBlank());
        }
    }

    @Test
    void onlyNetworksAndSubnetsAreContainers() {
        assertEquals(Set.of(ON_PREMISES_NETWORK, VIRTUAL_NETWORK, SUBNET), Catalog.containerKinds());
    }

    @Test
    void allowedInAnswersForTheRootAndForParents() {
        assertTrue(Catalog.of(VIRTUAL_NETWORK).allowedIn(Optional.empty()));
        assertFalse(Catalog.of(VIRTUAL_NETWORK).allowedIn(Optional.of(ON_PREMISES_NETWORK)));
        assertTrue(Catalog.of(VIRTUAL_MACHINE).allowedIn(Optional.of(SUBNET)));
        assertFalse(Catalog.of(VIRTUAL_MACHINE).allowedIn(Optional.of(ON_PREMISES_NETWORK)));
        assertFalse(Catalog.of(VIRTUAL_MACHINE).allowedIn(Optional.empty()));
    }

    @Test
    void paletteOrderFollowsTheGroupsAndCoversEveryKind() {
        List<ComponentType> types = Catalog.componentTypes();
        assertEquals(ElementKind.values().length, types.size());
        for (int i = 1; i < types.size(); i++) {
            assertTrue(types.get(i - 1).group().compareTo(types.get(i).group()) <= 0);
        }
        assertEquals(PaletteGroup.ON_PREMISES, types.get(0).group());
        assertEquals(Set.of(PaletteGroup.values()),
                Set.copyOf(types.stream().map(ComponentType::group).toList()));
    }

    @Test
    void servicesThatNeedADedicatedSubnetNameIt() {
        assertEquals(Optional.of("GatewaySubnet"), Catalog.of(VPN_GATEWAY).requiredSubnetName());
        assertEquals(Optional.of("GatewaySubnet"), Catalog.of(EXPRESSROUTE_GATEWAY).requiredSubnetName());
        assertEquals(Optional.of("AzureFirewallSubnet"), Catalog.of(AZURE_FIREWALL).requiredSubnetName());
        assertEquals(Optional.of("AzureBastionSubnet"), Catalog.of(BASTION).requiredSubnetName());
        assertEquals(Optional.of("RouteServerSubnet"), Catalog.of(ROUTE_SERVER).requiredSubnetName());
        assertEquals(Optional.empty(), Catalog.of(VIRTUAL_MACHINE).requiredSubnetName());
    }

    @Test
    void subnetPresetsHaveTheRecommendedSizes() {
        assertEquals(27, Catalog.presetNamed("GatewaySubnet").orElseThrow().prefixLength());
        assertEquals(26, Catalog.presetNamed("AzureFirewallSubnet").orElseThrow().prefixLength());
        assertEquals(26, Catalog.presetNamed("AzureBastionSubnet").orElseThrow().prefixLength());
        assertEquals(Set.of(VPN_GATEWAY, EXPRESSROUTE_GATEWAY), Catalog.presetNamed("GatewaySubnet").orElseThrow()
                .holds());
        assertTrue(Catalog.presetNamed("snet-app").isEmpty());
        for (SubnetPreset preset : Catalog.subnetPresets()) {
            for (ElementKind held : preset.holds()) {
                assertEquals(Optional.of(preset.subnetName()), Catalog.of(held).requiredSubnetName());
            }
        }
    }

    @Test
    void legalConnectionsAreExactlyThoseOfTheSpecification() {
        assertEquals(List.of(ConnectionKind.SITE_TO_SITE_VPN), Catalog.legalConnections(VPN_GATEWAY, VPN_APPLIANCE));
        assertEquals(List.of(ConnectionKind.SITE_TO_SITE_VPN), Catalog.legalConnections(VPN_APPLIANCE, VPN_GATEWAY));
        assertEquals(List.of(ConnectionKind.SITE_TO_SITE_VPN),
                Catalog.legalConnections(LOCAL_NETWORK_GATEWAY, VPN_GATEWAY));
        assertEquals(List.of(ConnectionKind.REPRESENTS), Catalog.legalConnections(LOCAL_NETWORK_GATEWAY,
                VPN_APPLIANCE));
        assertEquals(List.of(), Catalog.legalConnections(VPN_APPLIANCE, LOCAL_NETWORK_GATEWAY),
                "represents is directed: from the local network gateway to the appliance");
        assertEquals(List.of(ConnectionKind.EXPRESSROUTE_PEERING),
                Catalog.legalConnections(EXPRESSROUTE_CIRCUIT, EDGE_ROUTER));
        assertEquals(List.of(ConnectionKind.EXPRESSROUTE_CONNECTION),
                Catalog.legalConnections(EXPRESSROUTE_GATEWAY, EXPRESSROUTE_CIRCUIT));
        assertEquals(List.of(ConnectionKind.VNET_PEERING), Catalog.legalConnections(VIRTUAL_NETWORK,
                VIRTUAL_NETWORK));
        assertEquals(List.of(), Catalog.legalConnections(VIRTUAL_MACHINE, ON_PREMISES_NETWORK));
        assertEquals(List.of(), Catalog.legalConnections(VPN_GATEWAY, EXPRESSROUTE_CIRCUIT));
        assertEquals(List.of(), Catalog.legalConnections(EXPRESSROUTE_GATEWAY, VPN_APPLIANCE));
    }

    @Test
    void exactlyTheSpecifiedPairsAreLegal() {
        Set<String> legal = new java.util.TreeSet<>();
        for (ElementKind a : ElementKind.values()) {
            for (ElementKind b : ElementKind.values()) {
                Catalog.legalConnections(a, b).forEach(k -> legal.add(k.id() + ":" + a.id() + ">" + b.id()));
            }
        }
        assertEquals(new java.util.TreeSet<>(List.of(
                "site-to-site-vpn:vpn-gateway>vpn-appliance", "site-to-site-vpn:vpn-appliance>vpn-gateway",
                "site-to-site-vpn:vpn-gateway>local-network-gateway",
                "site-to-site-vpn:local-network-gateway>vpn-gateway",
                "represents:local-network-gateway>vpn-appliance",
                "expressroute-peering:edge-router>expressroute-circuit",
                "expressroute-peering:expressroute-circuit>edge-router",
                "expressroute-connection:expressroute-gateway>expressroute-circuit",
                "expressroute-connection:expressroute-circuit>expressroute-gateway",
                "vnet-peering:virtual-network>virtual-network",
                "vnet-to-vnet:vpn-gateway>vpn-gateway")), legal);
        assertEquals(Set.of(ConnectionKind.values()), Set.copyOf(Arrays.stream(ConnectionKind.values())
                .map(Catalog::rule).map(ConnectionRule::kind).toList()));
    }

    @Test
    void defaultPropertiesOfNewElementsAreReadableByTheTypedAccessors() {
        assertTrue(Catalog.of(VIRTUAL_NETWORK).defaultProps().read(Keys.ADDRESS_SPACES).isPresent());
        assertTrue(Catalog.of(SUBNET).defaultProps().read(Keys.ADDRESS_PREFIX).isPresent());
        assertTrue(Catalog.of(VPN_GATEWAY).defaultProps().read(Keys.VPN_GATEWAY_SKU).isPresent());
        assertTrue(Catalog.of(EXPRESSROUTE_GATEWAY).defaultProps().read(Keys.EXPRESSROUTE_GATEWAY_SKU).isPresent());
        assertTrue(Catalog.of(EXPRESSROUTE_CIRCUIT).defaultProps().read(Keys.SKU_TIER).isPresent());
    }

    @Test
    void everyDefaultPropertyIsOneItsKindUnderstandsAndReadsWell() {
        for (ElementKind kind : ElementKind.values()) {
            Props defaults = Catalog.of(kind).defaultProps();
            for (String key : defaults.keys()) {
                assertTrue(Properties.knows(kind, key), kind + " " + key);
            }
            for (PropertySpec spec : Properties.of(kind)) {
                assertEquals(Optional.empty(), spec.problemIn(defaults), kind + " " + spec.name());
            }
        }
    }
}
