package dev.hybridnet.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.model.Connection;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import dev.hybridnet.model.PropValue;
import dev.hybridnet.samples.HubSpokeGenerator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * A hub with a hundred spokes gets a handful of findings, not one per spoke: what holds for every spoke is said
 * once per hub and names the spokes.
 */
class ScaleNoiseTest {

    private static final Diagram HUNDRED = HubSpokeGenerator.generate(100);

    private static List<Finding> findings(Diagram d) {
        return new Validator().validate(d).findings();
    }

    /** Every spoke's routes removed: spokes that do not talk to each other, as many real designs intend. */
    private static Diagram isolatedSpokes(Diagram d) {
        List<Element> elements = d.elements().stream()
                .map(e -> e.props().has("routes") ? e.withProps(e.props().without("routes")) : e).toList();
        return d.withContent(elements, d.connections());
    }

    /** Forwarded traffic refused on every spoke's side of its hub peering. */
    private static Diagram noForwarding(Diagram d) {
        List<Connection> connections = d.connections().stream().map(c -> {
            if (!c.props().has("to") || !c.to().startsWith("spoke")) {
                return c;
            }
            PropValue.ObjectValue side = (PropValue.ObjectValue) c.props().get("to").orElseThrow();
            Map<String, PropValue> fields = new TreeMap<>(side.fields());
            fields.put("allowForwardedTraffic", PropValue.bool(false));
            return c.withProps(c.props().with("to", PropValue.ObjectValue.of(fields)));
        }).toList();
        return d.withContent(d.elements(), connections);
    }

    private static Diagram withoutBastion(Diagram d) {
        return Edit.remove(d, "hub0-bastion");
    }

    @Test
    void aHealthyGeneratedHubWithAHundredSpokesIsClean() {
        assertEquals(List.of(), findings(HUNDRED));
    }

    @Test
    void aHundredIsolatedSpokesGetOneNoteForTheirHub() {
        List<Finding> found = findings(isolatedSpokes(HUNDRED));
        assertTrue(found.size() <= 5, found.toString());
        List<Finding> spokeToSpoke = found.stream().filter(f -> f.rule().equals("hs-spoke-to-spoke")).toList();
        assertEquals(1, spokeToSpoke.size());
        assertEquals(Severity.INFO, spokeToSpoke.get(0).severity(), "isolation is often intended");
        assertEquals(101, spokeToSpoke.get(0).elements().size(), "the hub and every spoke it concerns");
    }

    @Test
    void aHundredSpokesWithoutBastionOrForwardingStillGetAtMostFiveFindings() {
        Diagram d = withoutBastion(noForwarding(isolatedSpokes(HUNDRED)));
        List<Finding> found = findings(d);
        assertTrue(found.size() <= 5, found.toString());
        assertEquals(1, found.stream().filter(f -> f.rule().equals("vpn-management-bastion")).count(), found.toString());
        assertEquals(1, found.stream().filter(f -> f.rule().equals("hs-allow-forwarded")).count(), found.toString());
        Finding bastion = found.stream().filter(f -> f.rule().equals("vpn-management-bastion")).findFirst()
                .orElseThrow();
        assertTrue(bastion.message().startsWith("100 VNets ("), bastion.message());
    }

    @Test
    void aHundredSpokesInARegionWithoutHubGetOneFinding() {
        List<Element> elements = HUNDRED.elements().stream().map(e -> e.id().matches("spoke\\d+")
                ? e.withProps(e.props().with("region", PropValue.text("northeurope"))) : e).toList();
        List<Finding> found = findings(HUNDRED.withContent(elements, HUNDRED.connections()));
        assertEquals(1, found.size(), found.toString());
        assertEquals("hs-hub-per-region", found.get(0).rule());
    }
}
