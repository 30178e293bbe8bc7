package dev.hybridnet.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.model.Diagram;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HistoryTest {

    private final Diagram start = Tiny.vpn();
    private final History history = new History(start);

    @Test
    void undoRestoresTheDiagramBeforeTheCommandAndRedoTheOneAfter() {
        history.execute(new Move(Set.of("vnet", "lng", "onprem"), 10, 0));
        Diagram moved = history.current();
        assertEquals(Optional.of("Undo Move 3 elements"), history.undoLabel());
        assertTrue(history.undo());
        assertSame(start, history.current());
        assertEquals(Optional.of("Redo Move 3 elements"), history.redoLabel());
        assertEquals(Optional.empty(), history.undoLabel());
        assertTrue(history.redo());
        assertSame(moved, history.current());
    }

    @Test
    void aNewCommandClearsTheRedoSide() {
        history.execute(new Move(Set.of("lng"), 10, 0));
        history.undo();
        assertTrue(history.canRedo());
        history.execute(new Rename("lng", "other"));
        assertFalse(history.canRedo());
        assertEquals(Optional.of("Undo Rename lng"), history.undoLabel());
    }

    @Test
    void theDocumentIsDirtyExactlyWhenItDiffersFromTheSavedOne() {
        assertFalse(history.isDirty());
        history.execute(new Move(Set.of("lng"), 10, 0));
        assertTrue(history.isDirty());
        history.undo();
        assertFalse(history.isDirty(), "undo back to the saved state is clean");
        history.redo();
        history.markSaved();
        assertFalse(history.isDirty());
        history.undo();
        assertTrue(history.isDirty(), "undo past the save is a change");
    }

    @Test
    void twoCommandsThatCancelOutLeaveTheDocumentClean() {
        history.execute(new Move(Set.of("lng"), 10, 0));
        history.execute(new Move(Set.of("lng"), -10, 0));
        assertFalse(history.isDirty());
        assertTrue(history.canUndo());
    }

    @Test
    void aCommandThatChangesNothingLeavesNoEntry() {
        assertFalse(history.execute(new Move(Set.of("lng"), 0, 0)));
        assertFalse(history.canUndo());
        assertEquals(0, history.revision());
    }

    @Test
    void aRefusedCommandChangesNothing() {
        assertThrows(CommandRefusedException.class, () -> history.execute(new Delete(Set.of("nope"))));
        assertSame(start, history.current());
        assertFalse(history.canUndo());
    }

    @Test
    void theRevisionRisesWithEveryChange() {
        history.execute(new Move(Set.of("lng"), 1, 0));
        history.undo();
        history.redo();
        assertEquals(3, history.revision());
    }

    @Test
    void theOldestEntriesAreDroppedPastTheLimit() {
        History small = new History(start, 3);
        for (int i = 1; i <= 5; i++) {
            small.execute(new Move(Set.of("lng"), i, 0));
        }
        int undone = 0;
        while (small.undo()) {
            undone++;
        }
        assertEquals(3, undone);
        assertEquals(Tiny.bounds(start, "lng").movedBy(1 + 2, 0), Tiny.bounds(small.current(), "lng"));
    }

    @Test
    void listenersHearEachChangeWithTheNewState() {
        List<HistoryState> heard = new ArrayList<>();
        history.addListener(heard::add);
        history.execute(new Move(Set.of("lng"), 1, 0));
        history.undo();
        assertEquals(2, heard.size());
        assertTrue(heard.get(0).dirty() && heard.get(0).canUndo());
        assertEquals(Optional.of("Redo Move lng"), heard.get(1).redoLabel());
        assertFalse(heard.get(1).dirty());
    }

    @Test
    void resetStartsACleanDocumentWithoutHistory() {
        history.execute(new Move(Set.of("lng"), 1, 0));
        Diagram other = Diagram.empty("other");
        history.reset(other);
        assertSame(other, history.current());
        assertFalse(history.canUndo() || history.canRedo() || history.isDirty());
    }
}
