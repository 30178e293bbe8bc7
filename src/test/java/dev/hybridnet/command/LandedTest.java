package dev.hybridnet.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.geometry.Rect;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import dev.hybridnet.samples.Sample;
import dev.hybridnet.samples.Samples;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Drops, placements and pastes never leave an element on top of a sibling. */
class LandedTest {

    private final Diagram hub = Samples.load(Sample.HUB_SPOKE);

    private static Rect bounds(Diagram d, String id) {
        return d.element(id).orElseThrow().bounds();
    }

    private static void noSiblingOverlaps(Diagram d, String id) {
        Element e = d.element(id).orElseThrow();
        List<Element> siblings = e.parent().map(d::childrenOf).orElseGet(d::roots);
        for (Element s : siblings) {
            assertTrue(s.id().equals(id) || !s.bounds().intersects(e.bounds()), id + " overlaps " + s.id());
        }
    }

    @Test
    void aVnetDroppedOnAnotherMovesToTheNearestFreePlaceWithItsContents() {
        Rect spoke1 = bounds(hub, "vnet-spoke1");
        Rect spoke2 = bounds(hub, "vnet-spoke2");
        Move onto = new Move(Set.of("vnet-spoke2"), spoke1.x() - spoke2.x() + 20, spoke1.y() - spoke2.y() + 20);
        Diagram after = new Landed(onto, Set.of("vnet-spoke2")).apply(hub);
        noSiblingOverlaps(after, "vnet-spoke2");
        Rect moved = bounds(after, "vnet-spoke2");
        Rect subnet = bounds(after, "spoke2-workload");
        assertTrue(moved.contains(subnet), "the subnet moved with its VNet");
        assertEquals(Landed.GAP, Math.min(Math.abs(moved.x() - spoke1.maxX()), Math.min(Math.abs(spoke1.x()
                - moved.maxX()), Math.min(Math.abs(moved.y() - spoke1.maxY()), Math.abs(spoke1.y()
                - moved.maxY())))), 1e-9, "flush against the VNet it was dropped on, a gap apart");
        assertEquals("Move vnet-spoke2", new Landed(onto, Set.of("vnet-spoke2")).label(hub));
    }

    @Test
    void aDropOnFreeGroundStaysExactlyWhereItWasLetGo() {
        Move aside = new Move(Set.of("vnet-spoke2"), 0, 400);
        assertEquals(aside.apply(hub), new Landed(aside, Set.of("vnet-spoke2")).apply(hub));
    }

    @Test
    void aPastedCopyOnTopOfItsOriginalIsMovedOff() {
        Fragment vm = Fragment.of(hub, Set.of("vm-spoke1-1"));
        Paste paste = new Paste(vm, Optional.of("spoke1-workload"), 0, 0);
        Set<String> ids = Set.copyOf(paste.newIds(hub).values());
        Diagram after = new Landed(paste, ids).apply(hub);
        String copy = ids.iterator().next();
        noSiblingOverlaps(after, copy);
        assertTrue(bounds(after, "spoke1-workload").contains(bounds(after, copy)), "it stays in its subnet");
    }

    @Test
    void noRoomInTheContainerRefusesTheDropWithTheReason() {
        Diagram d = hub;
        for (int i = 0; i < 60; i++) {
            Paste p = new Paste(Fragment.of(d, Set.of("vm-spoke1-1")), Optional.of("spoke1-workload"), 0, 0);
            Landed landed = new Landed(p, Set.copyOf(p.newIds(d).values()));
            Optional<String> refused = landed.whyNot(d);
            if (refused.isPresent()) {
                assertTrue(refused.get().startsWith("There is no free room for"), refused.get());
                assertTrue(refused.get().contains("snet-workload"), refused.get());
                assertTrue(i > 0, "the subnet had room for at least one more copy");
                return;
            }
            d = landed.apply(d);
            for (Element vm : d.childrenOf("spoke1-workload")) {
                noSiblingOverlaps(d, vm.id());
                assertTrue(bounds(d, "spoke1-workload").contains(vm.bounds()));
            }
        }
        assertFalse(true, "the subnet never filled up");
    }
}
