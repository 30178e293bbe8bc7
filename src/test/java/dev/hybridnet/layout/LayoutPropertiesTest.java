package dev.hybridnet.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.catalog.Catalog;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import dev.hybridnet.samples.HubSpokeGenerator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link Layout#tidy(Diagram)} on every design the project holds (the samples, the real designs, generated hubs of
 * 1, 5, 50 and 500 spokes) keeps the layout's promises, checked as geometric properties of the result.
 */
class LayoutPropertiesTest {

    private static final Map<String, Diagram> DESIGNS = Designs.all();
    private static final Map<String, Diagram> TIDIED = new LinkedHashMap<>();

    static Stream<String> designs() {
        return DESIGNS.keySet().stream();
    }

    private static Diagram tidied(String name) {
        synchronized (TIDIED) {
            return TIDIED.computeIfAbsent(name, n -> Layout.tidy(DESIGNS.get(n)));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("designs")
    void siblingsDoNotOverlapChildrenLieInsideTheirParentsWithPaddingAndHeadersFitTheirBoxes(String name) {
        List<String> problems = LayoutProperties.problems(tidied(name));
        assertTrue(problems.isEmpty(), () -> name + ": " + problems);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("designs")
    void siblingsKeepACorridorForRoutesBetweenThem(String name) {
        List<String> problems = LayoutProperties.siblingProblems(tidied(name), LayoutProperties.MIN_CORRIDOR);
        assertTrue(problems.isEmpty(), () -> name + ": " + problems);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("designs")
    void everyConnectionHasAnOrthogonalWayBetweenItsEndsThatCrossesNothingElse(String name) {
        Diagram d = tidied(name);
        List<String> unroutable = new Corridors(d, 8).unroutable(d.connections().size() > 100 ? 10 : 1);
        assertTrue(unroutable.isEmpty(), () -> name + ": no way for " + unroutable);
    }

    /** The routes the renderer actually draws on the laid-out design cross nothing but their own ends. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("designs")
    void noDrawnConnectionCrossesAnElementThatIsNotOneOfItsEnds(String name) {
        List<String> crossings = dev.hybridnet.render.RouteProperties.crossings(tidied(name));
        assertTrue(crossings.isEmpty(), () -> name + ": " + crossings);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("designs")
    void onlyTheBoundsOfElementsChangeAndIconsKeepTheirSize(String name) {
        Diagram before = DESIGNS.get(name);
        Diagram after = tidied(name);
        assertEquals(before.title(), after.title());
        assertEquals(before.reference(), after.reference());
        assertEquals(before.connections(), after.connections());
        assertEquals(before.elements().size(), after.elements().size());
        for (int i = 0; i < before.elements().size(); i++) {
            Element a = before.elements().get(i);
            Element b = after.elements().get(i);
            assertEquals(a.withBounds(b.bounds()), b, "only the bounds of " + a.id() + " may change");
            if (!Catalog.of(a.kind()).container()) {
                assertEquals(a.bounds().width(), b.bounds().width(), a.id());
                assertEquals(a.bounds().height(), b.bounds().height(), a.id());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("designs")
    void layingOutALaidOutDiagramChangesNothing(String name) {
        assertEquals(tidied(name), Layout.tidy(tidied(name)));
    }

    @ParameterizedTest(name = "{0} spokes")
    @ValueSource(ints = {6, 12, 50, 100, 500, 1000})
    void withMoreThanFiveSpokesThePictureStaysBetweenThreeByFourAndSixteenByNine(int spokes) {
        double ratio = LayoutProperties.aspectRatio(Layout.tidy(HubSpokeGenerator.generate(spokes)));
        assertTrue(ratio >= 3.0 / 4 && ratio <= 16.0 / 9, spokes + " spokes: aspect ratio " + ratio);
    }

    @Test
    void theHubStandsRightOfTheLinkWhichStandsRightOfTheSiteAndTheSpokesRightOfTheHub() {
        Diagram d = tidied("sample hub-spoke");
        double site = d.element("onprem").orElseThrow().bounds().maxX();
        double link = d.element("lng-onprem").orElseThrow().bounds().x();
        double hub = d.element("vnet-hub").orElseThrow().bounds().x();
        double spoke = d.element("vnet-spoke1").orElseThrow().bounds().x();
        assertTrue(site < link && link < hub && d.element("vnet-hub").orElseThrow().bounds().maxX() < spoke);
    }

    @Test
    void theGatewaySubnetFacesOnPremisesAndTheLinkStandsLevelWithTheGateway() {
        Diagram d = tidied("sample vpn");
        double gatewaySubnet = d.element("gwsubnet").orElseThrow().bounds().x();
        for (String other : List.of("snet-web", "snet-business", "snet-data")) {
            assertTrue(gatewaySubnet < d.element(other).orElseThrow().bounds().x(), other);
        }
        assertEquals(d.element("vpngw").orElseThrow().bounds().center().y(),
                d.element("lng-onprem").orElseThrow().bounds().center().y(), 1);
        assertEquals(d.element("appliance").orElseThrow().bounds().center().y(),
                d.element("lng-onprem").orElseThrow().bounds().center().y(), 1);
    }
}
