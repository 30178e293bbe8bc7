package dev.hybridnet.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.model.Diagram;
import dev.hybridnet.samples.HubSpokeGenerator;
import dev.hybridnet.validation.Checked;
import dev.hybridnet.validation.ValidationReport;
import dev.hybridnet.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The report as derived state: computed once per diagram instance, never handed out for another diagram. */
class CheckingTest {

    private final List<Runnable> worker = new ArrayList<>();
    private final List<Runnable> ui = new ArrayList<>();
    private final AtomicInteger validations = new AtomicInteger();
    private final AtomicInteger arrivals = new AtomicInteger();
    private final Function<Diagram, ValidationReport> validator = d -> {
        validations.incrementAndGet();
        return new Validator().validate(d);
    };
    private final Diagram small = HubSpokeGenerator.generate(2);

    /** Every check in the background, on a worker and a user interface thread the test runs by hand. */
    private Checking background() {
        return new Checking(validator, new Checking.Policy(-1, worker::add, ui::add), arrivals::incrementAndGet);
    }

    private static void runAll(List<Runnable> queue) {
        List<Runnable> now = new ArrayList<>(queue);
        queue.clear();
        now.forEach(Runnable::run);
    }

    @Test
    void aFastCheckIsAnsweredAtOnceAndRememberedPerInstance() {
        Checking checking = new Checking(validator, Checking.Policy.immediate(), arrivals::incrementAndGet);
        Optional<Checked> first = checking.of(small);
        assertTrue(first.isPresent());
        assertSame(small, first.get().diagram());
        assertSame(first.get(), checking.of(small).orElseThrow(), "asked again: the same check, not a new one");
        assertEquals(1, validations.get());
        Diagram equalCopy = small.withTitle(small.title());
        assertTrue(checking.of(equalCopy).orElseThrow().of(equalCopy), "another instance gets its own check");
        assertEquals(2, validations.get());
        assertEquals(0, arrivals.get(), "nothing arrives later when everything is answered at once");
    }

    @Test
    void aSlowCheckAnswersNothingUntilItsOwnReportArrives() {
        Checking checking = background();
        assertTrue(checking.of(small).isEmpty(), "while checking, no report at all");
        assertTrue(checking.of(small).isEmpty());
        assertEquals(1, worker.size(), "asking again does not start a second check");
        runAll(worker);
        assertTrue(checking.of(small).isEmpty(), "done on the worker, not yet handed to the user interface");
        runAll(ui);
        assertEquals(1, arrivals.get());
        assertSame(small, checking.of(small).orElseThrow().diagram());
    }

    @Test
    void anOvertakenCheckIsSkippedOrDroppedAndNeverShownForTheNewDiagram() {
        Checking checking = background();
        Diagram first = small.withTitle("first");
        Diagram second = small.withTitle("second");
        Diagram third = small.withTitle("third");
        checking.of(first);
        runAll(worker); // first is checked, its result waits for the user interface thread
        checking.of(second);
        checking.of(third);
        runAll(worker); // second is skipped: third came first
        assertEquals(2, validations.get(), "the overtaken check of the second diagram never ran");
        runAll(ui);
        assertEquals(1, arrivals.get(), "only the third diagram's report arrived");
        assertTrue(checking.of(third).isPresent());
        assertFalse(checking.of(first).isPresent(), "the first report was dropped; asking for it starts again");
    }

    @Test
    void undoingToARememberedDiagramNeedsNoNewCheck() {
        Checking checking = background();
        Diagram before = small.withTitle("before");
        Diagram after = small.withTitle("after");
        checking.of(before);
        runAll(worker);
        runAll(ui);
        checking.of(after);
        runAll(worker);
        runAll(ui);
        assertEquals(2, validations.get());
        assertTrue(checking.of(before).isPresent(), "the earlier instance's check is remembered");
        assertEquals(2, validations.get());
    }

    @Test
    void theEditorDerivesFindingsFromTheCurrentDiagramsCheckOnly() {
        Editor editor = new Editor(small, new Checking.Policy(-1, worker::add, ui::add));
        AtomicInteger heard = new AtomicInteger();
        editor.addListener(heard::incrementAndGet);
        assertTrue(editor.checked().isEmpty(), "the opened diagram is being checked");
        runAll(worker);
        runAll(ui);
        assertEquals(1, heard.get(), "listeners hear the report's arrival once");
        assertTrue(editor.checked().orElseThrow().of(editor.diagram()));
        editor.execute(new dev.hybridnet.command.SetProperty("spoke0", "addressSpaces",
                new dev.hybridnet.model.PropValue.ListValue(List.of(dev.hybridnet.model.PropValue.text("10.0.0.0/16")))));
        assertTrue(editor.checked().isEmpty(), "after an edit: checking, not the previous diagram's answer");
        assertEquals(List.of(), editor.findings());
        assertFalse(editor.drawing().shapes().stream().anyMatch(s -> s instanceof dev.hybridnet.render.Shape.Group g
                && g.role().startsWith("badge")), "no badge from the previous report");
        runAll(worker);
        runAll(ui);
        assertFalse(editor.findings().isEmpty(), "the overlap with the hub is found once the check arrives");
    }
}
