package dev.hybridnet.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.model.Diagram;
import dev.hybridnet.samples.HubSpokeGenerator;
import dev.hybridnet.validation.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class LiveValidationTest {

    @Test
    void aSlowCheckMovesOffTheUiThreadAndOnlyTheNewestDiagramsReportIsShown(FxRobot robot) throws Exception {
        List<Diagram> reported = new ArrayList<>();
        List<ValidationReport> reports = new ArrayList<>();
        int[] pending = {0};
        LiveValidation live = new LiveValidation((d, r) -> {
            reported.add(d);
            reports.add(r);
        }, () -> pending[0]++);
        Diagram large = HubSpokeGenerator.generate(2_000);
        Diagram first = large.withTitle("first");
        Diagram second = large.withTitle("second");
        Diagram third = large.withTitle("third");

        robot.interact(() -> live.check(first));
        assertEquals(List.of(first), reported, "the first check runs at once (and is timed)");
        robot.interact(() -> {
            live.check(second);
            live.check(third);
        });
        assertEquals(2, pending[0], "both later checks were announced as pending");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> reported.size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, reported.size(), "the overtaken check's report was never shown");
        assertSame(third, reported.get(1));
        assertTrue(reports.get(1).findings().isEmpty(), "the generated diagram is clean");
    }

    /** With every check in the background and a worker the test runs by hand, nothing depends on timing. */
    @Test
    void anOvertakenCheckIsSkippedAndOnlyTheCurrentReportArrives(FxRobot robot) throws Exception {
        List<Runnable> queued = new ArrayList<>();
        List<Diagram> reported = new ArrayList<>();
        int[] pending = {0};
        LiveValidation live = new LiveValidation(-1, queued::add, (d, r) -> reported.add(d), () -> pending[0]++);
        Diagram small = HubSpokeGenerator.generate(2);
        Diagram first = small.withTitle("first");
        Diagram second = small.withTitle("second");
        robot.interact(() -> {
            live.check(first);
            live.check(second);
            live.check(second);
        });
        assertEquals(2, pending[0], "two checks announced; asking again for the same diagram does nothing");
        assertEquals(2, queued.size());
        queued.forEach(Runnable::run);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(second), reported, "the check of the first diagram was overtaken and skipped");
    }
}
