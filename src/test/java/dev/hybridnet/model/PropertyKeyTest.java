package dev.hybridnet.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inet.ipaddr.IPAddress;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PropertyKeyTest {

    private static final PropValue FUTURE = PropValue.ObjectValue.of(Map.of("mode", PropValue.text("fast")));

    @Test
    void readingAKeyGivesAValueOfItsType() {
        Props p = Props.builder()
                .text(Keys.ADDRESS_PREFIX, "10.1.0.0/24")
                .texts(Keys.ADDRESS_SPACES, List.of("10.1.0.0/16", "10.9.0.0/16"))
                .text(Keys.VPN_GATEWAY_SKU, "vpngw2az")
                .number(Keys.BGP_ASN, 65010)
                .bool(Keys.NSG, true)
                .text(Keys.REGION, "westeurope")
                .build();
        IPAddress prefix = p.read(Keys.ADDRESS_PREFIX).toOptional().orElseThrow();
        assertEquals("10.1.0.0/24", prefix.toString());
        List<IPAddress> spaces = p.read(Keys.ADDRESS_SPACES).toOptional().orElseThrow();
        assertEquals(2, spaces.size());
        VpnGatewaySku sku = p.read(Keys.VPN_GATEWAY_SKU).toOptional().orElseThrow();
        assertEquals(VpnGatewaySku.VPNGW2AZ, sku);
        long asn = p.read(Keys.BGP_ASN).toOptional().orElseThrow();
        assertEquals(65010L, asn);
        assertEquals(Optional.of(true), p.read(Keys.NSG).toOptional());
        assertEquals(Optional.of("westeurope"), p.read(Keys.REGION).toOptional());
        assertInstanceOf(Typed.Absent.class, p.read(Keys.PUBLIC_IP));
    }

    @Test
    void twoKeysOfOneNameReadItAsTheirOwnTypes() {
        Props p = Props.builder().text(Keys.EXPRESSROUTE_GATEWAY_SKU, "ErGw1AZ").build();
        assertEquals(Optional.of(ExpressRouteGatewaySku.ERGW1AZ), p.read(Keys.EXPRESSROUTE_GATEWAY_SKU).toOptional());
        Typed<VpnGatewaySku> asVpn = p.read(Keys.VPN_GATEWAY_SKU);
        assertTrue(asVpn.error().orElseThrow().startsWith("'ErGw1AZ' is not a valid sku"), asVpn.error().orElseThrow());
    }

    @Test
    void aValueOfTheWrongTypeIsInvalidAndNamesTheKey() {
        Props p = Props.builder().put(Keys.REGION, PropValue.number(7)).put(Keys.IPSEC_POLICY, PropValue.text("x"))
                .build();
        assertEquals(Optional.of("region should be text, not a number"), p.read(Keys.REGION).error());
        assertEquals(Optional.of("ipsecPolicy should be an object, not a text"), p.read(Keys.IPSEC_POLICY).error());
    }

    @Test
    void blankTextAndNullReadAsAbsent() {
        Props p = Props.builder().text(Keys.REGION, "  ").put(Keys.PUBLIC_IP, new PropValue.Null()).build();
        assertInstanceOf(Typed.Absent.class, p.read(Keys.REGION));
        assertInstanceOf(Typed.Absent.class, p.read(Keys.PUBLIC_IP));
        assertEquals(Optional.of("  "), p.text(Keys.REGION.name()).toOptional(), "the raw text is still there");
    }

    @Test
    void unknownKeysAreKeptThroughTypedReadsAndWrites() {
        Props p = Props.builder().put("futureField", FUTURE).text(Keys.ADDRESS_PREFIX, "10.1.0.0/24").build();
        assertTrue(p.read(Keys.ADDRESS_PREFIX).isPresent());
        Props changed = p.with(Keys.ADDRESS_PREFIX, PropValue.text("10.1.0.0/27"))
                .with(Keys.NSG, PropValue.bool(false));
        assertEquals(Optional.of(FUTURE), changed.get("futureField"));
        assertEquals(List.of(Keys.ADDRESS_PREFIX.name(), "futureField", Keys.NSG.name()), changed.keys());
        assertEquals("10.1.0.0/27", changed.read(Keys.ADDRESS_PREFIX).toOptional().orElseThrow().toString());
    }

    @Test
    void aChoiceKeyKnowsTheSpellingsOfItsValues() {
        assertEquals(PropertyType.CHOICE, Keys.VPN_TYPE.type());
        assertEquals(List.of("RouteBased", "PolicyBased"), Keys.VPN_TYPE.choices());
        assertEquals(PropertyType.PREFIX, Keys.ADDRESS_PREFIX.type());
        assertEquals(List.of(), Keys.ADDRESS_PREFIX.choices());
        assertEquals("addressPrefix", Keys.ADDRESS_PREFIX.toString());
    }

    @Test
    void aReadIsRememberedByItsProps() {
        Props p = Props.builder().text(Keys.ADDRESS_PREFIX, "10.1.0.0/24").text(Keys.VPN_TYPE, "RouteBased").build();
        assertSame(p.read(Keys.ADDRESS_PREFIX), p.read(Keys.ADDRESS_PREFIX));
        assertSame(p.read(Keys.VPN_TYPE), p.read(Keys.VPN_TYPE));
        assertSame(p.read(Keys.ADDRESS_PREFIX), p.prefix(Keys.ADDRESS_PREFIX.name()), "one memory for both ways");
    }

    @Test
    void peeringDirectionsAndRoutesWrittenForFilesReadBackTheSame() {
        PeeringDirection hub = new PeeringDirection(true, true, true, false);
        PropValue.ListValue routes = new PropValue.ListValue(List.of(
                Route.value("0.0.0.0/0", NextHopType.VIRTUAL_APPLIANCE, Optional.of("fw")),
                Route.value("10.2.0.0/16", NextHopType.NONE, Optional.empty())));
        Props p = Props.builder().put(Keys.PEERING_FROM, hub.toValue()).put(Keys.ROUTES, routes).build();
        assertEquals(Optional.of(hub), p.read(Keys.PEERING_FROM).toOptional());
        List<Route> read = p.read(Keys.ROUTES).toOptional().orElseThrow();
        assertEquals(List.of(NextHopType.VIRTUAL_APPLIANCE, NextHopType.NONE),
                read.stream().map(Route::nextHopType).toList());
        assertEquals(List.of(Optional.of("fw"), Optional.empty()), read.stream().map(Route::nextHop).toList());
    }
}
