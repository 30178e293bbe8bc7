package dev.hybridnet.command;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.ElementKind;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlacementTest {

    private final Diagram tiny = Tiny.vpn();

    @Test
    void aVirtualMachineInTheOnPremisesNetworkIsRefusedInTheCatalogsWords() {
        assertEquals(Optional.of("A virtual machine cannot go in the on-premises network; it belongs in a subnet."),
                Placement.whyNot(tiny, ElementKind.VIRTUAL_MACHINE, Optional.of("onprem")));
    }

    @Test
    void reservedSubnetsHoldOnlyTheirService() {
        assertEquals(Optional.empty(), Placement.whyNot(tiny, ElementKind.EXPRESSROUTE_GATEWAY, Optional.of("gw")));
        assertEquals(Optional.of("An internal load balancer cannot go in GatewaySubnet; GatewaySubnet holds only "
                + "VPN gateways and ExpressRoute gateways."),
                Placement.whyNot(tiny, ElementKind.LOAD_BALANCER, Optional.of("gw")));
    }

    @Test
    void topLevelKindsMayNotGoInsideAndOthersMayNotStayOutside() {
        assertEquals(Optional.of("A local network gateway cannot go in virtual network vnet; it belongs at the top "
                + "level."), Placement.whyNot(tiny, ElementKind.LOCAL_NETWORK_GATEWAY, Optional.of("vnet")));
        assertEquals(Optional.of("A VPN appliance cannot go at the top level; it belongs in an on-premises "
                + "network."), Placement.whyNot(tiny, ElementKind.VPN_APPLIANCE, Optional.empty()));
        assertEquals(Optional.empty(), Placement.whyNot(tiny, ElementKind.VIRTUAL_NETWORK, Optional.empty()));
    }
}
