package dev.hybridnet.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.model.ConnectionKind;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.samples.Sample;
import dev.hybridnet.samples.Samples;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConnectionPolicyTest {

    private static final Diagram VPN = Edit.remove(Samples.load(Sample.VPN), "s2s-onprem", "lng-appliance");
    private static final Diagram HUB = Samples.load(Sample.HUB_SPOKE);

    @Test
    void aVpnGatewayAndTheApplianceJoinBySiteToSiteVpn() {
        assertEquals(Optional.empty(), ConnectionPolicy.whyNot(VPN, "vpngw", "appliance"));
        assertEquals(List.of(ConnectionKind.SITE_TO_SITE_VPN), ConnectionPolicy.legalKinds(VPN, "vpngw", "appliance"));
        assertEquals(List.of(ConnectionKind.SITE_TO_SITE_VPN), ConnectionPolicy.legalKinds(VPN, "appliance", "vpngw"));
    }

    @Test
    void aVmCannotBeConnectedToTheOnPremisesNetworkAndTheReasonSaysWhy() {
        String why = ConnectionPolicy.whyNot(VPN, "vm-web-1", "onprem").orElseThrow();
        assertEquals("Virtual machine vm-web-1 takes part in no connection; connections join gateways, appliances, "
                + "circuits and virtual networks.", why);
        assertEquals(List.of(), ConnectionPolicy.options(VPN, "vm-web-1", "onprem"));
    }

    @Test
    void theReasonNamesWhatTheSourceCanConnectTo() {
        String why = ConnectionPolicy.whyNot(VPN, "vpngw", "vnet-app").orElseThrow();
        assertEquals("A VPN gateway cannot be connected to a virtual network; a VPN gateway connects to a VPN "
                + "appliance or local network gateway (site-to-site VPN), or a VPN gateway (VNet-to-VNet VPN).", why);
    }

    @Test
    void aRepresentsLinkDrawnBackwardsIsTurnedRound() {
        List<ConnectionOption> options = ConnectionPolicy.options(VPN, "appliance", "lng-onprem");
        assertEquals(List.of(new ConnectionOption(ConnectionKind.REPRESENTS, "lng-onprem", "appliance")), options);
    }

    @Test
    void anExistingConnectionIsNotDrawnTwice() {
        String why = ConnectionPolicy.whyNot(HUB, "vnet-spoke1", "vnet-hub").orElseThrow();
        assertEquals("vnet-spoke1 and vnet-hub are already joined by a VNet peering.", why);
        assertEquals(Optional.empty(), ConnectionPolicy.whyNot(HUB, "vnet-spoke1", "vnet-spoke2"));
    }

    @Test
    void anElementCannotBeConnectedToItself() {
        assertTrue(ConnectionPolicy.whyNot(HUB, "vnet-hub", "vnet-hub").orElseThrow().contains("itself"));
    }

    @Test
    void thePolicyAndTheLegalConnectionRuleAgree() {
        for (var a : VPN.elements()) {
            for (var b : VPN.elements()) {
                for (ConnectionOption option : ConnectionPolicy.options(VPN, a.id(), b.id())) {
                    Diagram d = Edit.connect(VPN, "new", option.kind(), option.from(), option.to());
                    assertEquals(List.of(), Check.findings(d, "legal-connection"), option.toString());
                }
            }
        }
    }
}
