package dev.hybridnet.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PropsTest {

    private static Props props(String key, PropValue value) {
        return Props.builder().put(key, value).build();
    }

    @Test
    void aWellFormedPrefixListReadsAsPrefixBlocks() {
        Props p = Props.builder().texts("addressSpaces", List.of("10.20.0.0/16", "192.168.0.0/24")).build();
        List<String> read = p.prefixes("addressSpaces").toOptional().orElseThrow().stream()
                .map(Object::toString).toList();
        assertEquals(List.of("10.20.0.0/16", "192.168.0.0/24"), read);
    }

    @Test
    void aPrefixWithHostBitsIsInvalidAndSuggestsTheNetwork() {
        Typed<?> read = props("addressPrefix", PropValue.text("10.20.255.230/27")).prefix("addressPrefix");
        assertTrue(read.isInvalid());
        assertTrue(read.error().orElseThrow().contains("did you mean 10.20.255.224/27"), read.error().orElseThrow());
    }

    @Test
    void badPrefixTextIsInvalidNotAnException() {
        assertTrue(props("p", PropValue.text("10.0.0.0/33")).prefix("p").isInvalid());
        assertTrue(props("p", PropValue.text("banana")).prefix("p").isInvalid());
        assertTrue(props("p", PropValue.text("10.0.0.0")).prefix("p").isInvalid());
        assertTrue(props("p", PropValue.text("10.1/16")).prefix("p").isInvalid());
        assertTrue(props("p", PropValue.number(10)).prefix("p").isInvalid());
        Typed<List<inet.ipaddr.IPAddress>> list = Props.builder()
                .texts("addressSpaces", List.of("10.0.0.0/16", "nope")).build().prefixes("addressSpaces");
        assertTrue(list.error().orElseThrow().contains("'nope'"));
    }

    @Test
    void addressesRefuseLenientForms() {
        assertTrue(props("ip", PropValue.text("10.0.0.4")).address("ip").isPresent());
        assertTrue(props("ip", PropValue.text("010.0.0.4")).address("ip").isInvalid());
        assertTrue(props("ip", PropValue.text("10.0.0.4/32")).address("ip").isInvalid());
        assertTrue(props("ip", PropValue.text("10.0.*.4")).address("ip").isInvalid());
        assertTrue(props("ip", PropValue.text("")).address("ip") instanceof Typed.Absent);
        assertTrue(Props.empty().address("ip") instanceof Typed.Absent);
    }

    @Test
    void choicesMatchWithoutRegardToCase() {
        assertEquals(Optional.of(VpnGatewaySku.VPNGW1AZ),
                props("sku", PropValue.text("VpnGw1Az")).choice("sku", VpnGatewaySku.class).toOptional());
        Typed<VpnType> bad = props("vpnType", PropValue.text("Dynamic")).choice("vpnType", VpnType.class);
        assertTrue(bad.error().orElseThrow().contains("RouteBased, PolicyBased"), bad.error().orElseThrow());
    }

    @Test
    void booleansAndIntegersReportTheWrongType() {
        assertTrue(props("nsg", PropValue.text("yes")).bool("nsg").isInvalid());
        assertEquals(Optional.of(true), props("nsg", PropValue.bool(true)).bool("nsg").toOptional());
        assertEquals(Optional.of(4294967295L),
                props("asn", PropValue.number(4294967295L)).integer("asn").toOptional());
        assertTrue(props("asn", new PropValue.Number(new java.math.BigDecimal("65515.5"))).integer("asn")
                .isInvalid());
        assertTrue(props("asn", PropValue.text("65515")).integer("asn").isInvalid());
    }

    @Test
    void routesReadTheirPrefixHopTypeAndHop() {
        PropValue route = PropValue.ObjectValue.of(Map.of("addressPrefix", PropValue.text("10.2.0.0/16"),
                "nextHopType", PropValue.text("virtualappliance"), "nextHop", PropValue.text("fw")));
        List<Route> routes = props("routes", new PropValue.ListValue(List.of(route))).routes("routes")
                .toOptional().orElseThrow();
        assertEquals(NextHopType.VIRTUAL_APPLIANCE, routes.get(0).nextHopType());
        assertEquals(Optional.of("fw"), routes.get(0).nextHop());
        PropValue incomplete = PropValue.ObjectValue.of(Map.of("nextHopType", PropValue.text("None")));
        assertTrue(props("routes", new PropValue.ListValue(List.of(incomplete))).routes("routes").isInvalid());
    }

    @Test
    void peeringFlagsDefaultToAzureDefaults() {
        PropValue side = PropValue.ObjectValue.of(Map.of("useRemoteGateways", PropValue.bool(true)));
        PeeringDirection read = props("to", side).peering("to").toOptional().orElseThrow();
        assertEquals(new PeeringDirection(true, false, false, true), read);
        assertInstanceOf(Typed.Absent.class, props("to", side).peering("from"));
        PropValue bad = PropValue.ObjectValue.of(Map.of("allowGatewayTransit", PropValue.text("true")));
        assertTrue(props("from", bad).peering("from").isInvalid());
    }

    @Test
    void withAndWithoutReturnCopiesAndKeepKeysSorted() {
        Props p = Props.builder().text("b", "2").text("a", "1").build();
        assertEquals(List.of("a", "b"), List.copyOf(p.values().keySet()));
        Props q = p.with("c", PropValue.bool(true)).without("a");
        assertEquals(List.of("b", "c"), List.copyOf(q.values().keySet()));
        assertEquals(List.of("a", "b"), List.copyOf(p.values().keySet()));
    }
}
