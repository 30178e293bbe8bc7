package dev.hybridnet.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.catalog.Catalog;
import dev.hybridnet.geometry.Rect;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import dev.hybridnet.model.ElementKind;
import dev.hybridnet.samples.HubSpokeGenerator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link Layout#tidy(Diagram, java.util.Collection)} and {@link Layout#placeNew}: what is laid out keeps the layout's
 * promises, and what the user placed stays where it is, except containers that grow (and what is inside one that had
 * to move to grow, which moves with it).
 */
class PartialLayoutTest {

    /** The samples (laid out by hand) and the real designs whose hand layout keeps the promises already. */
    static Stream<String> handLaidOut() {
        Map<String, Diagram> designs = new LinkedHashMap<>(Designs.all());
        designs.keySet().removeIf(n -> n.startsWith("generated") || !LayoutProperties.problems(designs.get(n))
                .isEmpty());
        return designs.keySet().stream();
    }

    static Stream<String> allNames() {
        return Designs.all().keySet().stream().filter(n -> !n.endsWith(" 500 spokes"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("handLaidOut")
    void tidyingOneContainerLaysOutItsContentsAndMovesNothingElseButGrowingContainers(String name) {
        Diagram d = Designs.all().get(name);
        for (Element c : d.elements()) {
            if (Catalog.of(c.kind()).container()) {
                Diagram after = Layout.tidy(d, List.of(c.id()));
                Set<String> laidOut = subtree(d, c.id());
                assertKept(d, after, laidOut, name + ", tidy " + c.id());
                assertEquals(d.element(c.id()).orElseThrow().bounds().x(), after.element(c.id()).orElseThrow()
                        .bounds().x(), "the tidied container keeps its corner");
            }
        }
    }

    @Test
    void tidyingSeveralContainersAtOnceLaysOutEachAndIgnoresIconsAndUnknownIds() {
        Diagram d = Designs.all().get("sample vpn");
        Diagram after = Layout.tidy(d, List.of("snet-web", "vnet-app", "gwsubnet", "vpngw", "no-such-id"));
        Set<String> laidOut = subtree(d, "vnet-app");
        assertKept(d, after, laidOut, "tidy vnet-app and some of its contents");
        assertEquals(Layout.tidy(d, List.of("vnet-app")), after, "contents of a tidied network are tidied with it");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allNames")
    void newElementsArePlacedAroundWhatIsPlacedWithoutMovingIt(String name) {
        Diagram laidOut = Layout.tidy(Designs.all().get(name));
        for (Set<String> fresh : freshSets(laidOut)) {
            Diagram scrambled = scramble(laidOut, fresh);
            Diagram after = Layout.placeNew(scrambled, fresh);
            assertKept(scrambled, after, fresh, name + ", place " + fresh);
        }
    }

    @Test
    void aNewSpokeOfALargeHubFindsRoomBesideTheOthers() {
        Diagram laidOut = Layout.tidy(HubSpokeGenerator.generate(60));
        Set<String> fresh = subtree(laidOut, "spoke59");
        Diagram after = Layout.placeNew(scramble(laidOut, fresh), fresh);
        assertKept(scramble(laidOut, fresh), after, fresh, "spoke59");
    }

    @Test
    void placingNothingOrUnknownIdsChangesNothing() {
        Diagram d = Designs.all().get("sample hub-spoke");
        assertEquals(d, Layout.placeNew(d, Set.of()));
        assertEquals(d, Layout.placeNew(d, Set.of("no-such-id")));
        assertEquals(d, Layout.tidy(d, List.of()));
    }

    /** A virtual machine, a whole network (the last one) and a root icon, each on its own. */
    private static List<Set<String>> freshSets(Diagram d) {
        List<Set<String>> sets = new ArrayList<>();
        List<Element> vms = d.elementsOfKind(ElementKind.VIRTUAL_MACHINE);
        if (!vms.isEmpty()) {
            sets.add(Set.of(vms.get(vms.size() - 1).id()));
        }
        List<Element> networks = d.elementsOfKind(ElementKind.VIRTUAL_NETWORK);
        if (networks.size() > 1) {
            sets.add(subtree(d, networks.get(networks.size() - 1).id()));
        }
        d.roots().stream().filter(r -> !Catalog.of(r.kind()).container()).findFirst()
                .ifPresent(r -> sets.add(Set.of(r.id())));
        return sets;
    }

    /** The diagram with the given elements piled up at the origin, as a paste without a place would leave them. */
    private static Diagram scramble(Diagram d, Set<String> ids) {
        List<Element> elements = new ArrayList<>();
        for (Element e : d.elements()) {
            elements.add(ids.contains(e.id()) ? e.withBounds(e.bounds().movedTo(0, 0)) : e);
        }
        return d.withContent(elements, d.connections());
    }

    private static Set<String> subtree(Diagram d, String id) {
        Set<String> ids = new HashSet<>();
        ids.add(id);
        d.descendantsOf(id).forEach(e -> ids.add(e.id()));
        return ids;
    }

    /**
     * The laid-out part keeps the promises, and everything else stays: an element keeps its bounds, or it is a
     * container that grew, or it moved with a container around it that moved, by the same offset as that
     * container's other contents placed by hand.
     */
    static void assertKept(Diagram before, Diagram after, Set<String> laidOut, String what) {
        List<String> problems = new ArrayList<>(LayoutProperties.siblingProblems(after, 0));
        for (String p : LayoutProperties.problems(after)) {
            if (!problems.contains(p)) {
                problems.add(p);
            }
        }
        assertTrue(problems.isEmpty(), () -> what + ": " + problems);
        for (Element a : before.elements()) {
            Rect was = a.bounds();
            Rect is = after.element(a.id()).orElseThrow().bounds();
            if (laidOut.contains(a.id()) || was.equals(is)) {
                continue;
            }
            boolean grew = Catalog.of(a.kind()).container() && is.width() >= was.width()
                    && is.height() >= was.height();
            assertTrue(grew || movedWithItsContainer(before, after, a, laidOut),
                    () -> what + ": " + a.id() + " was placed by hand at " + was + " and moved to " + is);
        }
    }

    private static boolean movedWithItsContainer(Diagram before, Diagram after, Element e, Set<String> laidOut) {
        double dx = after.element(e.id()).orElseThrow().bounds().x() - e.bounds().x();
        double dy = after.element(e.id()).orElseThrow().bounds().y() - e.bounds().y();
        for (Element a : before.ancestorsOf(e.id())) {
            if (after.element(a.id()).orElseThrow().bounds().equals(a.bounds())) {
                continue;
            }
            boolean rigid = true;
            for (Element inside : before.descendantsOf(a.id())) {
                Rect was = inside.bounds();
                Rect is = after.element(inside.id()).orElseThrow().bounds();
                if (!laidOut.contains(inside.id()) && !Catalog.of(inside.kind()).container()
                        && (is.x() - was.x() != dx || is.y() - was.y() != dy)) {
                    rigid = false;
                }
            }
            if (rigid) {
                return true;
            }
        }
        return false;
    }
}
