package dev.hybridnet.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.hybridnet.catalog.PeeringFlag;
import dev.hybridnet.model.Connection;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.PeeringDirection;
import dev.hybridnet.model.PropValue;
import dev.hybridnet.samples.Sample;
import dev.hybridnet.samples.Samples;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SetPeeringFlagTest {

    private final Diagram hubSpoke = Samples.load(Sample.HUB_SPOKE);

    private static PeeringDirection side(Diagram d, String id, String side) {
        return d.connection(id).orElseThrow().props().peering(side).toOptional().orElseThrow();
    }

    @Test
    void settingOneFlagKeepsTheOtherFlagsAndTheOtherSide() {
        Diagram after = new SetPeeringFlag("peering-hub-spoke1", "from", PeeringFlag.ALLOW_GATEWAY_TRANSIT, false)
                .apply(hubSpoke);
        assertEquals(new PeeringDirection(true, true, false, false), side(after, "peering-hub-spoke1", "from"));
        assertEquals(side(hubSpoke, "peering-hub-spoke1", "to"), side(after, "peering-hub-spoke1", "to"));
        assertEquals(hubSpoke.connection("peering-hub-spoke2"), after.connection("peering-hub-spoke2"));
    }

    @Test
    void unknownFieldsOfTheSideAreKept() {
        Diagram odd = new SetProperty("peering-hub-spoke1", "to", PropValue.ObjectValue.of(Map.of(
                "useRemoteGateways", PropValue.bool(true), "note", PropValue.text("kept")))).apply(hubSpoke);
        Diagram after = new SetPeeringFlag("peering-hub-spoke1", "to", PeeringFlag.USE_REMOTE_GATEWAYS, false)
                .apply(odd);
        assertEquals(PropValue.ObjectValue.of(Map.of("useRemoteGateways", PropValue.bool(false),
                "note", PropValue.text("kept"))), after.connection("peering-hub-spoke1").orElseThrow().props()
                .get("to").orElseThrow());
    }

    @Test
    void severalPeeringsChangeInOneCommandWithOneLabel() {
        SetPeeringFlag both = new SetPeeringFlag(Set.of("peering-hub-spoke1", "peering-hub-spoke2"), "to",
                PeeringFlag.ALLOW_FORWARDED_TRAFFIC, false);
        Diagram after = both.apply(hubSpoke);
        for (String id : Set.of("peering-hub-spoke1", "peering-hub-spoke2")) {
            assertEquals(false, side(after, id, "to").allowForwardedTraffic(), id);
        }
        assertEquals("Do not allow forwarded traffic on the 'to' side of 2 peerings", both.label(hubSpoke));
    }

    @Test
    void theLabelNamesTheFlagTheNetworkAndThePeering() {
        assertEquals("Use remote gateways on vnet-spoke1's side of peering-hub-spoke1",
                new SetPeeringFlag("peering-hub-spoke1", "to", PeeringFlag.USE_REMOTE_GATEWAYS, true)
                        .label(hubSpoke));
    }

    @Test
    void aSideThatWasNeverCreatedIsRefusedWithTheReason() {
        Diagram oneSided = new RemoveProperty("peering-hub-spoke1", "to").apply(hubSpoke);
        SetPeeringFlag flag = new SetPeeringFlag("peering-hub-spoke1", "to", PeeringFlag.USE_REMOTE_GATEWAYS, true);
        assertEquals(Optional.of("The peering on vnet-spoke1's side of peering-hub-spoke1 does not exist; create it "
                + "first"), flag.whyNot(oneSided));
    }

    @Test
    void aConnectionThatIsNotAPeeringIsRefused() {
        assertThrows(CommandRefusedException.class, () -> new SetPeeringFlag("s2s-onprem", "from",
                PeeringFlag.ALLOW_GATEWAY_TRANSIT, true).apply(hubSpoke));
    }

    @Test
    void theSideOfANetworkIsTheDirectionCreatedOnIt() {
        Connection peering = hubSpoke.connection("peering-hub-spoke1").orElseThrow();
        assertEquals("from", SetPeeringFlag.sideOf(peering, "vnet-hub"));
        assertEquals("to", SetPeeringFlag.sideOf(peering, "vnet-spoke1"));
    }
}
