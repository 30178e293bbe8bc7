package dev.hybridnet.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.catalog.Properties;
import dev.hybridnet.catalog.PropertySpec;
import dev.hybridnet.model.ElementKind;
import dev.hybridnet.model.PropValue;
import dev.hybridnet.model.Typed;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PropertyTextTest {

    private static PropertySpec spec(ElementKind kind, String key) {
        return Properties.find(Properties.of(kind), key).orElseThrow();
    }

    private static final PropertySpec PREFIX = spec(ElementKind.SUBNET, "addressPrefix");
    private static final PropertySpec ROUTES = spec(ElementKind.SUBNET, "routes");
    private static final PropertySpec SPACES = spec(ElementKind.VIRTUAL_NETWORK, "addressSpaces");
    private static final PropertySpec ASN = spec(ElementKind.VPN_GATEWAY, "bgpAsn");
    private static final PropertySpec IP = spec(ElementKind.VPN_GATEWAY, "publicIp");

    @Test
    void aPrefixWithHostBitsIsRefusedWithTheStrictParsersMessage() {
        assertEquals(Typed.invalid("'10.20.255.249/29' is not a network prefix because its host bits are set (did you "
                + "mean 10.20.255.248/29?)"), PropertyText.parse(PREFIX, "10.20.255.249/29"));
        assertEquals(Typed.present(PropValue.text("10.20.255.248/29")), PropertyText.parse(PREFIX,
                " 10.20.255.248/29 "));
    }

    @Test
    void blankTextMeansNotSet() {
        assertEquals(Typed.absent(), PropertyText.parse(IP, "  "));
    }

    @Test
    void anAddressIsNotAPrefix() {
        assertTrue(PropertyText.parse(IP, "10.0.0.0/8").isInvalid());
        assertTrue(PropertyText.parse(IP, "300.1.1.1").isInvalid());
        assertEquals(Typed.present(PropValue.text("198.51.100.7")), PropertyText.parse(IP, "198.51.100.7"));
    }

    @Test
    void numbersAreWholeNumbers() {
        assertEquals(Typed.present(PropValue.number(65010)), PropertyText.parse(ASN, "65010"));
        assertEquals(Typed.invalid("'65k' is not a whole number"), PropertyText.parse(ASN, "65k"));
    }

    @Test
    void prefixListsAreSeparatedByCommasAndEachIsChecked() {
        assertEquals(Typed.present(PropValue.texts(List.of("10.0.0.0/16", "10.1.0.0/16"))),
                PropertyText.parse(SPACES, "10.0.0.0/16, 10.1.0.0/16"));
        assertEquals("10.0.0.0/16, 10.1.0.0/16", PropertyText.format(SPACES,
                PropValue.texts(List.of("10.0.0.0/16", "10.1.0.0/16"))));
        assertEquals(Typed.invalid("'10.1.0.1/16' is not a network prefix because its host bits are set (did you "
                + "mean 10.1.0.0/16?)"), PropertyText.parse(SPACES, "10.0.0.0/16, 10.1.0.1/16"));
    }

    @Test
    void routesReadAsPrefixHopTypeAndHopAndRoundTrip() {
        String text = "10.2.0.0/16 VirtualAppliance fw-hub; 0.0.0.0/0 Internet";
        PropValue routes = PropertyText.parse(ROUTES, text.replace("Internet", "internet")).toOptional()
                .orElseThrow();
        assertEquals(new PropValue.ListValue(List.of(
                PropValue.ObjectValue.of(Map.of("addressPrefix", PropValue.text("10.2.0.0/16"),
                        "nextHopType", PropValue.text("VirtualAppliance"), "nextHop", PropValue.text("fw-hub"))),
                PropValue.ObjectValue.of(Map.of("addressPrefix", PropValue.text("0.0.0.0/0"),
                        "nextHopType", PropValue.text("Internet"))))), routes);
        assertEquals(text, PropertyText.format(ROUTES, routes));
        assertEquals(Typed.invalid("route 2: 'Firewall' is not a next hop type (expected one of VirtualAppliance, "
                + "VirtualNetworkGateway, VnetLocal, Internet, None)"), PropertyText.parse(ROUTES, text.replace("Internet",
                "Firewall")));
    }
}
