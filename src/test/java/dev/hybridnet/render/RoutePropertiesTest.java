package dev.hybridnet.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.geometry.Point;
import dev.hybridnet.geometry.Rect;
import dev.hybridnet.io.DiagramReader;
import dev.hybridnet.model.Connection;
import dev.hybridnet.model.ConnectionKind;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import dev.hybridnet.model.ElementKind;
import dev.hybridnet.model.Props;
import dev.hybridnet.samples.HubSpokeGenerator;
import dev.hybridnet.samples.Sample;
import dev.hybridnet.samples.Samples;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The properties of {@link RouteProperties} over every diagram at hand: the samples, the real designs as they are
 * laid out, and generated hub-spoke topologies as the generator lays them out.
 */
class RoutePropertiesTest {

    static Stream<String> realDesigns() throws IOException {
        try (InputStream in = RoutePropertiesTest.class.getResourceAsStream("/real/manifest.json")) {
            List<String> files = new ArrayList<>();
            new com.fasterxml.jackson.databind.ObjectMapper().readTree(in).forEach(e -> files.add(e.get("file")
                    .asText()));
            return files.stream();
        }
    }

    static Diagram real(String file) throws IOException {
        try (InputStream in = RoutePropertiesTest.class.getResourceAsStream("/real/" + file)) {
            return new DiagramReader().read(in, file);
        }
    }

    @ParameterizedTest
    @EnumSource(Sample.class)
    void noConnectionOfASampleCrossesAnElementThatIsNotOneOfItsEnds(Sample sample) {
        assertEquals(List.of(), RouteProperties.crossings(Samples.load(sample)));
    }

    @ParameterizedTest
    @EnumSource(Sample.class)
    void noLabelOfASampleCoversAnElementANameAHeadingOrAnotherLabel(Sample sample) {
        assertEquals(List.of(), RouteProperties.labelOverlaps(Samples.load(sample)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("realDesigns")
    void noConnectionOfARealDesignCrossesAnElementThatIsNotOneOfItsEnds(String file) throws IOException {
        assertEquals(List.of(), RouteProperties.crossings(real(file)), file);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("realDesigns")
    void noLabelOfARealDesignCoversAnElementANameAHeadingOrAnotherLabel(String file) throws IOException {
        assertEquals(List.of(), RouteProperties.labelOverlaps(real(file)), file);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 5, 50, 500})
    void noConnectionOfAGeneratedHubSpokeTopologyCrossesAnElementThatIsNotOneOfItsEnds(int spokes) {
        Diagram d = HubSpokeGenerator.generate(spokes);
        assertEquals(List.of(), RouteProperties.crossings(d), spokes + " spokes");
        assertEquals(List.of(), RouteProperties.labelOverlaps(d), spokes + " spokes");
    }

    @Test
    void theCheckReportsAConnectionThroughAnElementAndTheNameUnderAnIcon() {
        // A gateway walled in on all four sides: no route leaves it, so the router falls back to the straight line.
        Element a = icon("a", 0, 0);
        Element b = icon("b", 400, 0);
        List<Element> elements = new ArrayList<>(List.of(a, b));
        elements.add(wall("top", new Rect(-100, -100, 248, 60)));
        elements.add(wall("bottom", new Rect(-100, 88, 248, 60)));
        elements.add(wall("left", new Rect(-100, -100, 60, 248)));
        elements.add(wall("right", new Rect(88, -100, 60, 248)));
        Diagram d = Diagram.empty("walled").withContent(elements,
                List.of(new Connection("c", ConnectionKind.VNET_TO_VNET, "a", "b", Props.empty())));
        List<String> found = RouteProperties.crossings(d);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).contains("'c'") && found.get(0).contains("virtual-network 'right'"), found.get(0));
        Element below = icon("below", 200, 200);
        assertTrue(RouteProperties.crosses(RouteProperties.nameStrip(below), new Point(150, 260),
                new Point(260, 260)));
        assertTrue(RouteProperties.crosses(new Rect(0, 0, 10, 10), new Point(-5, -5), new Point(20, 20)),
                "a slanted segment through a box");
    }

    private static Element wall(String id, Rect bounds) {
        return new Element(id, ElementKind.VIRTUAL_NETWORK, id, Optional.empty(), bounds, Props.empty());
    }

    private static Element icon(String id, double x, double y) {
        return new Element(id, ElementKind.VPN_GATEWAY, "gateway " + id, Optional.empty(), new Rect(x, y, 48, 48),
                Props.empty());
    }
}
