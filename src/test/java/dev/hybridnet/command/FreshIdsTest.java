package dev.hybridnet.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.catalog.Catalog;
import dev.hybridnet.geometry.Point;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import dev.hybridnet.model.ElementKind;
import dev.hybridnet.model.Ids;
import dev.hybridnet.model.PropValue;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FreshIdsTest {

    @Test
    void newElementsAreNumberedByKindFromOne() {
        Diagram d = Tiny.vpn();
        Element first = Blueprint.of(ElementKind.VPN_GATEWAY).create(d, Optional.of("gw"), new Point(0, 0));
        Diagram after = new AddElement(first).apply(d);
        assertEquals("vpn-gateway-1", first.id());
        assertEquals("vpn-gateway-2", FreshIds.forKind(after, ElementKind.VPN_GATEWAY));
    }

    @Test
    void copiesDropTheirNumberAndTakeTheNextFreeOne() {
        Set<String> taken = Set.of("vnet-app", "vnet-app-2");
        assertEquals("vnet-app-3", FreshIds.copyOf("vnet-app", taken::contains));
        assertEquals("vnet-app-3", FreshIds.copyOf("vnet-app-2", taken::contains));
    }

    @Test
    void longIdsStayWithinTheIdLimit() {
        String id = FreshIds.copyOf("x".repeat(64), s -> false);
        assertEquals(64, id.length());
        assertTrue(Ids.isValid(id));
    }

    @Test
    void aNewSubnetGetsAFreePrefixOfItsPresetSizeInsideItsNetwork() {
        Diagram d = Tiny.vpn();
        d = new SetProperty("vnet", "addressSpaces", new PropValue.ListValue(List.of(new PropValue.Text(
                "10.1.0.0/16")))).apply(d);
        d = new SetProperty("app", "addressPrefix", new PropValue.Text("10.1.0.0/24")).apply(d);
        Element gateway = Blueprint.of(Catalog.presetNamed("GatewaySubnet").orElseThrow())
                .create(d, Optional.of("vnet"), new Point(700, 100));
        assertEquals("GatewaySubnet", gateway.name());
        assertEquals("10.1.255.224/27", gateway.props().text("addressPrefix").toOptional().orElseThrow(),
                "a GatewaySubnet goes at the top of the space, as Azure's guidance has it");
        Element subnet = Blueprint.of(ElementKind.SUBNET).create(d, Optional.of("vnet"), new Point(700, 100));
        assertEquals("10.1.1.0/24", subnet.props().text("addressPrefix").toOptional().orElseThrow());
        assertEquals("snet-1", subnet.name());
    }

    @Test
    void aNewVirtualNetworkGetsAnAddressSpaceNoOtherNetworkUses() {
        Diagram d = Tiny.vpn();
        Element first = Blueprint.of(ElementKind.VIRTUAL_NETWORK).create(d, Optional.empty(), new Point(0, 0));
        Element second = Blueprint.of(ElementKind.VIRTUAL_NETWORK).create(new AddElement(first).apply(d),
                Optional.empty(), new Point(0, 0));
        assertEquals("10.0.0.0/16", space(first));
        assertEquals("10.1.0.0/16", space(second));
        assertEquals("vnet-1", first.name(), "the tiny diagram's vnet is named plainly, so numbering starts at 1");
        assertEquals("vnet-2", second.name());
    }

    private static String space(Element vnet) {
        return vnet.props().prefixes("addressSpaces").toOptional().orElseThrow().get(0).toCanonicalString();
    }
}
