package dev.hybridnet.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.model.Diagram;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Steps a user sees as one undo as one; listeners cannot change the history while they hear a change. */
class HistoryMergeTest {

    private final Diagram start = Tiny.vpn();
    private final String id = start.elements().get(0).id();

    @Test
    void consecutiveCommandsWithTheSameKeyAreOneUndoStep() {
        History history = new History(start);
        Object key = List.of("nudge", Set.of(id));
        for (int i = 0; i < 5; i++) {
            assertTrue(history.execute(new Move(Set.of(id), 1, 0), key));
        }
        assertEquals(start.element(id).orElseThrow().bounds().x() + 5,
                history.current().element(id).orElseThrow().bounds().x());
        assertTrue(history.undo());
        assertSame(start, history.current(), "one undo takes back all five nudges");
        assertFalse(history.canUndo());
        assertTrue(history.redo());
        assertEquals(start.element(id).orElseThrow().bounds().x() + 5,
                history.current().element(id).orElseThrow().bounds().x(), "one redo puts all five back");
    }

    @Test
    void anotherCommandAnUndoOrASaveInBetweenEndsTheMerge() {
        History history = new History(start);
        Object key = "same";
        history.execute(new Move(Set.of(id), 1, 0), key);
        history.execute(new SetTitle("between"));
        history.execute(new Move(Set.of(id), 1, 0), key);
        history.undo();
        assertEquals("between", history.current().title(), "the nudge after another command is its own step");

        History saved = new History(start);
        saved.execute(new Move(Set.of(id), 1, 0), key);
        saved.markSaved();
        saved.execute(new Move(Set.of(id), 1, 0), key);
        saved.undo();
        assertFalse(saved.isDirty(), "undo returns to the saved state, not past it");

        History undone = new History(start);
        undone.execute(new Move(Set.of(id), 1, 0), key);
        undone.execute(new Move(Set.of(id), 1, 0), key);
        undone.undo();
        undone.execute(new Move(Set.of(id), 1, 0), key);
        undone.undo();
        assertSame(start, undone.current());
        assertFalse(undone.canUndo());
    }

    @Test
    void differentOrNullKeysNeverMerge() {
        History history = new History(start);
        history.execute(new Move(Set.of(id), 1, 0), "a");
        history.execute(new Move(Set.of(id), 1, 0), "b");
        history.execute(new Move(Set.of(id), 1, 0), null);
        history.execute(new Move(Set.of(id), 1, 0), null);
        int steps = 0;
        while (history.undo()) {
            steps++;
        }
        assertEquals(4, steps);
    }

    @Test
    void aChangeAListenerAsksForRunsAfterEveryListenerHeardTheFirst() {
        History history = new History(start);
        List<String> heard = new ArrayList<>();
        boolean[] asked = {false};
        history.addListener(state -> {
            heard.add("first:" + history.current().title());
            if (history.current().title().equals("one") && !asked[0]) {
                asked[0] = true;
                assertFalse(history.execute(new SetTitle("two")), "deferred: outcome not known yet");
                assertEquals("one", history.current().title(), "not changed inside the notification");
            }
        });
        history.addListener(state -> heard.add("second:" + history.current().title()));
        history.execute(new SetTitle("one"));
        assertEquals(List.of("first:one", "second:one", "first:two", "second:two"), heard);
        assertEquals("two", history.current().title());
        history.undo();
        assertEquals("one", history.current().title(), "the deferred change is its own step");
    }
}
