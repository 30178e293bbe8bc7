package dev.hybridnet.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import dev.hybridnet.model.Keys;
import dev.hybridnet.samples.Sample;
import dev.hybridnet.samples.Samples;
import dev.hybridnet.validation.Severity;
import dev.hybridnet.validation.Validator;
import inet.ipaddr.IPAddress;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A pasted copy gets a name and address ranges of its own, as a dropped component does. */
class PasteSettlingTest {

    private final Diagram vpn = Samples.load(Sample.VPN);

    private static IPAddress space(Element vnet) {
        return vnet.props().read(Keys.ADDRESS_SPACES).toOptional().orElseThrow().get(0);
    }

    @Test
    void aCopiedNetworkGetsAFreeAddressSpaceAndANameWithItsSubnetsInside() {
        Paste paste = new Paste(Fragment.of(vpn, Set.of("vnet-app")), Optional.empty(), 0, 700);
        Map<String, String> ids = paste.newIds(vpn);
        Diagram after = paste.apply(vpn);
        Element copy = after.element(ids.get("vnet-app")).orElseThrow();
        assertEquals("vnet-app-2", copy.name());
        IPAddress space = space(copy);
        assertFalse(space.overlaps(space(vpn.element("vnet-app").orElseThrow())), space.toString());
        for (Element subnet : after.childrenOf(copy.id())) {
            assertTrue(space.contains(subnet.props().read(Keys.ADDRESS_PREFIX).toOptional().orElseThrow()),
                    subnet.name() + " moved with its network");
        }
        assertTrue(after.childrenOf(copy.id()).stream().anyMatch(s -> s.name().equals("GatewaySubnet")),
                "Azure's reserved subnet names are kept");
        assertEquals(0, new Validator().validate(after).count(Severity.ERROR),
                new Validator().validate(after).findings().toString());
    }

    @Test
    void aCopiedSubnetInItsOwnNetworkTakesAFreePrefix() {
        Paste paste = new Paste(Fragment.of(vpn, Set.of("snet-web")), Optional.empty(), 0, 200);
        Map<String, String> ids = paste.newIds(vpn);
        Diagram after = paste.apply(vpn);
        Element copy = after.element(ids.get("snet-web")).orElseThrow();
        IPAddress prefix = copy.props().read(Keys.ADDRESS_PREFIX).toOptional().orElseThrow();
        for (Element sibling : after.childrenOf("vnet-app")) {
            if (!sibling.id().equals(copy.id())) {
                assertFalse(prefix.overlaps(sibling.props().read(Keys.ADDRESS_PREFIX).toOptional().orElseThrow()),
                        prefix + " overlaps " + sibling.name());
            }
        }
        assertEquals("snet-web-2", copy.name());
        assertEquals(List.of(), new Validator().validate(after).findings().stream()
                .filter(f -> f.rule().equals("subnet-overlap")).toList());
    }
}
