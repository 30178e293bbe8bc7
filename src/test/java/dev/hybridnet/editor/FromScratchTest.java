package dev.hybridnet.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.catalog.Catalog;
import dev.hybridnet.command.AddConnection;
import dev.hybridnet.command.AddElement;
import dev.hybridnet.command.Blueprint;
import dev.hybridnet.command.SetProperty;
import dev.hybridnet.geometry.Point;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import dev.hybridnet.model.ElementKind;
import dev.hybridnet.model.PropValue;
import dev.hybridnet.model.Reference;
import dev.hybridnet.validation.ConnectionOption;
import dev.hybridnet.validation.ConnectionPolicy;
import dev.hybridnet.validation.PatternMatch;
import dev.hybridnet.validation.ValidationReport;
import dev.hybridnet.validation.Validator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The ExpressRoute references built from an empty diagram with the commands the palette, the connect tool and the
 * inspector issue (the window tests do the same for the VPN and hub-spoke references through the real window):
 * the defaults a new component or connection gets, plus what only the user knows, give a complete reference
 * without a single finding.
 */
class FromScratchTest {

    private final Editor editor = new Editor(Diagram.empty("from scratch"));

    private String place(Blueprint blueprint, String parent, double x, double y) {
        Element e = blueprint.create(editor.diagram(), Optional.ofNullable(parent), new Point(x, y));
        assertTrue(editor.execute(new AddElement(e)), editor.status());
        return e.id();
    }

    private void connect(String from, String to) {
        List<ConnectionOption> options = ConnectionPolicy.options(editor.diagram(), from, to);
        assertEquals(1, options.size(), from + " to " + to + ": " + ConnectionPolicy.whyNot(editor.diagram(), from,
                to));
        ConnectionOption only = options.get(0);
        assertTrue(editor.execute(AddConnection.of(editor.diagram(), only.kind(), only.from(), only.to())));
    }

    private String expressRoute() {
        String onprem = place(Blueprint.of(ElementKind.ON_PREMISES_NETWORK), null, 150, 260);
        String router1 = place(Blueprint.of(ElementKind.EDGE_ROUTER), onprem, 150, 200);
        String router2 = place(Blueprint.of(ElementKind.EDGE_ROUTER), onprem, 150, 320);
        String circuit = place(Blueprint.of(ElementKind.EXPRESSROUTE_CIRCUIT), null, 340, 260);
        String vnet = place(Blueprint.of(ElementKind.VIRTUAL_NETWORK), null, 620, 260);
        String gatewaySubnet = place(Blueprint.of(Catalog.presetNamed("GatewaySubnet").orElseThrow()), vnet, 520,
                180);
        String gateway = place(Blueprint.of(ElementKind.EXPRESSROUTE_GATEWAY), gatewaySubnet, 500, 190);
        connect(router1, circuit);
        connect(router2, circuit);
        connect(gateway, circuit);
        return gatewaySubnet;
    }

    private ValidationReport report() {
        return new Validator().validate(editor.diagram());
    }

    @Test
    void theExpressRouteReferenceIsCompleteWithoutFindingsFromTheDefaultsAlone() {
        expressRoute();
        ValidationReport report = report();
        assertEquals(List.of(), report.findings());
        assertEquals(PatternMatch.Status.COMPLETE, report.pattern(Reference.EXPRESSROUTE).status());
        assertEquals(List.of("primary", "secondary"), editor.diagram().connections().stream()
                .filter(c -> c.props().has("link")).map(c -> c.props().text("link").orElse("")).toList(),
                "the second router drawn to the circuit is its secondary link");
    }

    @Test
    void addingAVpnBesideItGivesTheFailoverReferenceOnceTheAddressesAreTypedIn() {
        String gatewaySubnet = expressRoute();
        String onprem = editor.diagram().elementsOfKind(ElementKind.ON_PREMISES_NETWORK).get(0).id();
        String appliance = place(Blueprint.of(ElementKind.VPN_APPLIANCE), onprem, 200, 420);
        String lng = place(Blueprint.of(ElementKind.LOCAL_NETWORK_GATEWAY), null, 340, 420);
        String gateway = place(Blueprint.of(ElementKind.VPN_GATEWAY), gatewaySubnet, 560, 200);
        connect(gateway, lng);
        connect(lng, appliance);
        editor.execute(new SetProperty(gateway, "publicIp", new PropValue.Text("198.51.100.10")));
        editor.execute(new SetProperty(appliance, "publicIp", new PropValue.Text("203.0.113.10")));
        editor.execute(new SetProperty(lng, "gatewayIp", new PropValue.Text("203.0.113.10")));
        editor.execute(new SetProperty(lng, "addressPrefixes", new PropValue.ListValue(List.of(
                new PropValue.Text("192.168.0.0/16")))));
        ValidationReport report = report();
        assertEquals(List.of(), report.findings());
        assertEquals(PatternMatch.Status.COMPLETE, report.pattern(Reference.EXPRESSROUTE_VPN_FAILOVER).status());
        assertTrue(report.detected().contains(Reference.EXPRESSROUTE_VPN_FAILOVER), report.detected().toString());
    }
}
