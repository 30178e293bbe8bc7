package dev.hybridnet.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.io.DiagramWriter;
import dev.hybridnet.model.ConnectionKind;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.ElementKind;
import inet.ipaddr.IPAddress;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class HubSpokeGeneratorTest {

    @Test
    void theElementCountGrowsBySixPerSpoke() {
        assertEquals(2 + 8 + 6 * 10, HubSpokeGenerator.generate(10).elements().size());
        Diagram big = HubSpokeGenerator.generate(HubSpokeGenerator.spokesForElements(10_000));
        assertTrue(Math.abs(big.elements().size() - 10_000) < 50, "about 10,000: " + big.elements().size());
    }

    @Test
    void everyHubKeepsBelowThePeeringLimit() {
        Diagram d = HubSpokeGenerator.generate(1_000);
        List<String> hubs = d.elementsOfKind(ElementKind.VIRTUAL_NETWORK).stream()
                .filter(v -> v.props().text("role").orElse("").equals("hub")).map(v -> v.id()).toList();
        assertEquals(3, hubs.size());
        for (String hub : hubs) {
            long peerings = d.connectionsOf(hub).stream().filter(c -> c.kind() == ConnectionKind.VNET_PEERING)
                    .count();
            assertTrue(peerings <= 500, hub + " has " + peerings);
        }
    }

    @Test
    void noTwoVirtualNetworksOverlap() {
        Diagram d = HubSpokeGenerator.generate(900);
        List<IPAddress> spaces = new ArrayList<>();
        d.elementsOfKind(ElementKind.VIRTUAL_NETWORK).forEach(v ->
                spaces.addAll(v.props().prefixes("addressSpaces").toOptional().orElseThrow()));
        spaces.sort(Comparator.comparing(IPAddress::getLower));
        for (int i = 1; i < spaces.size(); i++) {
            assertTrue(spaces.get(i - 1).getUpper().compareTo(spaces.get(i).getLower()) < 0,
                    spaces.get(i - 1) + " overlaps " + spaces.get(i));
        }
    }

    @Test
    void theLayoutHasNoOverlaps() {
        assertEquals(List.of(), LayoutCheck.problems(HubSpokeGenerator.generate(450)));
    }

    @Test
    void outputIsDeterministic() {
        DiagramWriter writer = new DiagramWriter();
        assertEquals(writer.write(HubSpokeGenerator.generate(25)), writer.write(HubSpokeGenerator.generate(25)));
    }

    @Test
    void outOfRangeSpokeCountsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> HubSpokeGenerator.generate(0));
        assertThrows(IllegalArgumentException.class,
                () -> HubSpokeGenerator.generate(HubSpokeGenerator.MAX_SPOKES + 1));
    }
}
