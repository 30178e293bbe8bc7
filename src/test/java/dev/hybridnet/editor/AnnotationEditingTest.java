package dev.hybridnet.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.command.Blueprint;
import dev.hybridnet.geometry.Rect;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import dev.hybridnet.model.ElementKind;
import dev.hybridnet.model.Keys;
import dev.hybridnet.model.PropValue;
import dev.hybridnet.samples.Annotated;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Notes and group frames in the editor: placing, dragging a frame with what it frames, resizing, connecting. */
class AnnotationEditingTest {

    private final Diagram framed = Annotated.vpnWithFrame();
    private final Editor editor = new Editor(framed);
    private final Pointer pointer = new Pointer(editor);

    @BeforeEach
    void openTheFramedSample() {
        editor.open(framed);
    }

    private Rect bounds(String id) {
        return editor.diagram().element(id).orElseThrow().bounds();
    }

    private Rect before(String id) {
        return framed.element(id).orElseThrow().bounds();
    }

    @Test
    void draggingAGroupMovesTheTopLevelElementsWhollyInsideItInOneUndoableCommand() {
        pointer.drag(710, 40, 750, 100);
        for (String id : List.of("frame", "note-1", "vnet-app", "gwsubnet", "vpngw", "snet-web", "vm-data-2")) {
            assertEquals(before(id).movedBy(40, 60), bounds(id), id);
        }
        for (String id : List.of("onprem", "appliance", "lng-onprem")) {
            assertEquals(before(id), bounds(id), id + " lies outside the frame");
        }
        assertEquals(Optional.of("Undo Move Azure side"), editor.edit().undoLabel());
        editor.edit().undo();
        assertFalse(editor.edit().canUndo(), "exactly one entry");
        assertEquals(framed, editor.diagram());
    }

    @Test
    void anElementOnlyPartlyInsideAGroupStaysWhereItIs() {
        editor.execute(new dev.hybridnet.command.Move(Set.of("lng-onprem"), 170, 0));
        Rect straddling = bounds("lng-onprem");
        assertTrue(straddling.intersects(before("frame")) && !before("frame").contains(straddling));
        pointer.drag(710, 40, 750, 100);
        assertEquals(straddling, bounds("lng-onprem"));
        assertEquals(before("vnet-app").movedBy(40, 60), bounds("vnet-app"));
    }

    @Test
    void aNotePlacedFromThePaletteOnASubnetGoesIntoItAndOneOnEmptyCanvasAtTheTopLevel() {
        editor.usePlace(Blueprint.of(ElementKind.NOTE));
        pointer.click(1300, 360);
        Element inSubnet = editor.diagram().element("note-2").orElseThrow();
        assertEquals(Optional.of("snet-business"), inSubnet.parent());
        assertEquals(160, inSubnet.bounds().width());
        assertEquals(80, inSubnet.bounds().height());
        assertEquals(Optional.of(PropValue.text("Note")), inSubnet.props().get(Keys.TEXT.name()));
        editor.usePlace(Blueprint.of(ElementKind.NOTE));
        pointer.click(200, 700);
        assertEquals(Optional.empty(), editor.diagram().element("note-3").orElseThrow().parent());
    }

    @Test
    void aGroupPlacedOnAVnetStaysAtTheTopLevel() {
        editor.usePlace(Blueprint.of(ElementKind.GROUP));
        pointer.click(1300, 200);
        Element group = editor.diagram().element("group-1").orElseThrow();
        assertEquals(Optional.empty(), group.parent());
        assertTrue(editor.diagram().childrenOf("group-1").isEmpty());
    }

    @Test
    void aSelectedNoteHasResizeHandlesAndDraggingOneResizesIt() {
        pointer.click(800, 620);
        assertEquals(Set.of("note-1"), editor.selection().ids());
        pointer.drag(900, 660, 960, 700);
        assertEquals(new Rect(740, 580, 220, 120), bounds("note-1"));
    }

    @Test
    void theConnectToolRefusesANoteWithTheReason() {
        editor.useConnect();
        pointer.drag(884, 314, 800, 620);
        assertEquals("Note note-1 is an annotation; notes and groups describe the drawing and are never connected.",
                editor.status());
        assertSame(framed, editor.diagram());
    }

    @Test
    void theInspectorEditsANotesTextOverSeveralLinesAndAGroupsTitle() {
        Inspection note = Inspection.of(framed, Set.of("note-1"));
        assertFalse(note.fields().stream().anyMatch(f -> f instanceof InspectorField.Name), "a note has no name");
        InspectorField.Property text = note.fields().stream().filter(f -> f instanceof InspectorField.Property)
                .map(f -> (InspectorField.Property) f).filter(p -> p.spec().name().equals("text")).findFirst()
                .orElseThrow();
        assertTrue(text.spec().multiLine());
        assertEquals("Framed note", text.text());
        editor.execute(text.set(text.parse("First line\nsecond line").toOptional()));
        assertEquals(Optional.of(PropValue.text("First line\nsecond line")),
                editor.diagram().element("note-1").orElseThrow().props().get("text"));
        InspectorField.Name title = Inspection.of(framed, Set.of("frame")).fields().stream()
                .filter(f -> f instanceof InspectorField.Name).map(f -> (InspectorField.Name) f).findFirst()
                .orElseThrow();
        assertEquals("Title", title.label());
        assertEquals("Azure side", title.name());
    }

    @Test
    void theDiagramsContentsCountAnnotationsApartFromElements() {
        InspectorField.Info contents = Inspection.of(framed, Set.of()).fields().stream()
                .filter(f -> f instanceof InspectorField.Info i && i.key().equals("contents"))
                .map(f -> (InspectorField.Info) f).findFirst().orElseThrow();
        assertEquals("21 elements, 2 connections, 2 annotations", contents.text());
    }
}
