package dev.hybridnet.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.command.Move;
import dev.hybridnet.layout.Misplaced;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import dev.hybridnet.samples.HubSpokeGenerator;
import dev.hybridnet.samples.Sample;
import dev.hybridnet.samples.Samples;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Tidy Up and Place New Elements: one undo step each, and only what they should move moves. */
class ArrangeActionsTest {

    @Test
    void tidyUpLaysOutTheWholeDiagramAsOneUndoStep() {
        Diagram generated = HubSpokeGenerator.generate(5);
        Editor editor = new Editor(generated);
        assertTrue(editor.arrange().tidyUp());
        assertEquals(Optional.of("Undo Tidy up"), editor.edit().undoLabel());
        assertEquals(generated.ids(), editor.diagram().ids(), "nothing added or removed");
        assertEquals(Set.of(), Misplaced.of(editor.diagram()));
        editor.edit().undo();
        assertEquals(generated, editor.diagram(), "one undo puts every element back");
    }

    @Test
    void tidyingATidyDiagramChangesNothingAndSaysSo() {
        Editor editor = new Editor(HubSpokeGenerator.generate(3));
        editor.arrange().tidyUp();
        Diagram tidy = editor.diagram();
        assertFalse(editor.arrange().tidyUp());
        assertEquals(tidy, editor.diagram());
        assertEquals("The diagram is tidy already.", editor.status());
    }

    @Test
    void tidyUpOfASelectedNetworkMovesOnlyItsContentsAndTheContainersAroundThem() {
        Diagram hub = Samples.load(Sample.HUB_SPOKE);
        Editor editor = new Editor(hub);
        editor.select(List.of("vnet-spoke1"));
        assertEquals(List.of("vnet-spoke1"), editor.arrange().tidyScope());
        editor.arrange().tidyUp();
        Diagram after = editor.diagram();
        Set<String> mayMove = new java.util.HashSet<>(Set.of("vnet-spoke1"));
        hub.descendantsOf("vnet-spoke1").forEach(e -> mayMove.add(e.id()));
        for (Element e : hub.elements()) {
            if (!mayMove.contains(e.id())) {
                assertEquals(e.bounds(), after.element(e.id()).orElseThrow().bounds(), e.id() + " stays");
            }
        }
        assertEquals(Set.of(), Misplaced.of(after));
    }

    @Test
    void placeNewElementsPlacesOnlyTheElementsWithoutAPlace() {
        Diagram hub = Samples.load(Sample.HUB_SPOKE);
        double dx = hub.element("vm-spoke1-1").orElseThrow().bounds().x()
                - hub.element("vm-spoke1-3").orElseThrow().bounds().x();
        Diagram stacked = new Move(Set.of("vm-spoke1-3"), dx, 0).apply(hub);
        Editor editor = new Editor(stacked);
        assertEquals(Set.of("vm-spoke1-3"), editor.arrange().unplaced());
        assertTrue(editor.arrange().placeNew());
        Diagram after = editor.diagram();
        assertEquals(Set.of(), Misplaced.of(after));
        Set<String> grown = Set.of("vm-spoke1-3", "spoke1-workload", "vnet-spoke1");
        for (Element e : stacked.elements()) {
            if (!grown.contains(e.id())) {
                assertEquals(e.bounds(), after.element(e.id()).orElseThrow().bounds(), e.id() + " stays");
            }
        }
        assertEquals(Optional.of("Undo Place new elements"), editor.edit().undoLabel());
        assertFalse(editor.arrange().canPlaceNew());
        assertFalse(editor.arrange().placeNew());
        assertEquals("Every element has a place already.", editor.status());
    }
}
