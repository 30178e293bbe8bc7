package dev.hybridnet.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.geometry.Rect;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.samples.Sample;
import dev.hybridnet.samples.Samples;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What a selection's picture holds and how it is cropped. */
class ExcerptTest {

    private final Diagram hub = Samples.load(Sample.HUB_SPOKE);

    @Test
    void aNetworkBringsItsContentsAndOnlyTheConnectionsWhoseEndsAreBothIn() {
        Set<String> ids = Excerpt.ids(hub, List.of("vnet-hub", "vnet-spoke1"));
        assertTrue(ids.containsAll(List.of("vnet-hub", "vpngw", "fw-hub", "vnet-spoke1", "vm-spoke1-3",
                "peering-hub-spoke1")), ids.toString());
        assertTrue(ids.stream().noneMatch(id -> id.contains("spoke2") || id.equals("onprem") || id.equals("s2s-onprem")),
                ids.toString());
    }

    @Test
    void aSelectedConnectionWithoutItsEndsBringsNothing() {
        assertEquals(Set.of(), Excerpt.ids(hub, List.of("peering-hub-spoke2", "no-such-id")));
        assertThrows(IllegalArgumentException.class, () -> Excerpt.of(hub, List.of("peering-hub-spoke2"),
                Decorations.none()));
    }

    @Test
    void theDrawingKeepsTheFullPicturesGroupsInPaintOrderCroppedToThemWithTheMargin() {
        Drawing full = new DiagramRenderer().render(hub, Decorations.none());
        Drawing part = Excerpt.of(hub, List.of("vnet-spoke1"), Decorations.none());
        List<Shape> expected = full.shapes().stream().filter(s -> s instanceof Shape.Group g
                && Set.of("vnet-spoke1", "spoke1-workload", "vm-spoke1-1", "vm-spoke1-2", "vm-spoke1-3")
                .contains(g.id())).toList();
        assertEquals(expected, part.shapes());
        Rect content = ShapeBounds.union(part.shapes()).orElseThrow();
        Rect box = part.viewBox();
        assertEquals(DiagramRenderer.MARGIN, content.x() - box.x(), 1);
        assertEquals(DiagramRenderer.MARGIN, box.maxY() - content.maxY(), 1);
        assertTrue(box.width() < full.viewBox().width() && box.height() <= full.viewBox().height(), box.toString());
        assertTrue(part.description().contains("5 elements and 0 connections"), part.description());
    }

    @Test
    void findingBadgesStayOnTheExportedElementsOnly() {
        Decorations marks = Decorations.findings(List.of(finding("vm-spoke1-1"), finding("vm-spoke2-1"),
                finding("vpngw")));
        Drawing part = Excerpt.of(hub, List.of("vnet-spoke1"), marks);
        Drawing full = new DiagramRenderer().render(hub, marks);
        Set<String> badges = full.shapes().stream().map(s -> ((Shape.Group) s).id()).filter(id -> id.startsWith("badge-"))
                .collect(Collectors.toSet());
        assertTrue(badges.size() > 1, "this test needs findings on several elements: " + badges);
        Set<String> kept = part.shapes().stream().map(s -> ((Shape.Group) s).id()).filter(id -> id.startsWith("badge-"))
                .collect(Collectors.toSet());
        assertEquals(Set.of("badge-vm-spoke1-1"), kept, "of " + badges);
    }

    private static dev.hybridnet.validation.Finding finding(String element) {
        return new dev.hybridnet.validation.Finding("test-rule", dev.hybridnet.validation.Severity.ERROR,
                "a finding on " + element, List.of(element), java.util.Optional.empty());
    }
}
