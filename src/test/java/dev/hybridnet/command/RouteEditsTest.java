package dev.hybridnet.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.geometry.Point;
import dev.hybridnet.model.Connection;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Keys;
import dev.hybridnet.model.Waypoints;
import dev.hybridnet.samples.Sample;
import dev.hybridnet.samples.Samples;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Editing a route's waypoints, and what moving its ends does to them. */
class RouteEditsTest {

    private static final String TUNNEL = "s2s-onprem";
    private final Diagram vpn = Samples.load(Sample.VPN);

    private static List<Point> waypoints(Diagram d) {
        return Waypoints.of(d.connection(TUNNEL).orElseThrow());
    }

    private Diagram withWaypoints(Point... points) {
        return new SetProperty(TUNNEL, Keys.WAYPOINTS, Waypoints.toValue(List.of(points))).apply(vpn);
    }

    @Test
    void addMoveAndRemoveAWaypointEachAsOneLabelledUndoStep() {
        History history = new History(vpn);
        history.execute(RouteEdits.add(history.current(), TUNNEL, 0, new Point(700, 400)));
        assertEquals(List.of(new Point(700, 400)), waypoints(history.current()));
        assertEquals(Optional.of("Undo Add waypoint to s2s-onprem"), history.undoLabel());
        history.execute(RouteEdits.add(history.current(), TUNNEL, 1, new Point(800, 400)));
        history.execute(RouteEdits.move(history.current(), TUNNEL, 0, new Point(650, 420)));
        assertEquals(List.of(new Point(650, 420), new Point(800, 400)), waypoints(history.current()));
        assertEquals(Optional.of("Undo Move waypoint of s2s-onprem"), history.undoLabel());
        history.execute(RouteEdits.remove(history.current(), TUNNEL, 1));
        assertEquals(List.of(new Point(650, 420)), waypoints(history.current()));
        history.execute(RouteEdits.remove(history.current(), TUNNEL, 0));
        assertTrue(history.current().connection(TUNNEL).orElseThrow().props().get(Keys.WAYPOINTS.name()).isEmpty(),
                "the last removal leaves no empty list behind");
        for (int i = 0; i < 5; i++) {
            history.undo();
        }
        assertEquals(vpn, history.current());
    }

    @Test
    void resetRouteRemovesEveryWaypointInOneStepAndNothingWhenThereAreNone() {
        Diagram bent = withWaypoints(new Point(700, 400), new Point(800, 420));
        assertEquals(List.of(TUNNEL), RouteEdits.withWaypoints(bent, Set.of(TUNNEL, "vpngw")));
        Command reset = RouteEdits.reset(List.of(TUNNEL));
        assertEquals("Reset route of s2s-onprem", reset.label(bent));
        assertEquals(List.of(), waypoints(reset.apply(bent)));
        assertEquals(List.of(), RouteEdits.withWaypoints(vpn, Set.of(TUNNEL)));
    }

    @Test
    void aWaypointOutOfRangeOrOfAMissingConnectionIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> RouteEdits.move(vpn, TUNNEL, 0, new Point(1, 1)));
        CommandRefusedException e = assertThrows(CommandRefusedException.class,
                () -> RouteEdits.add(vpn, "nope", 0, new Point(1, 1)));
        assertEquals("There is no connection 'nope' in the diagram.", e.getMessage());
    }

    @Test
    void aPastedCopyOfBothEndsHasItsWaypointsMovedWithIt() {
        Diagram bent = withWaypoints(new Point(700, 400));
        Paste paste = new Paste(Fragment.of(bent, Set.of("lng-onprem", "vnet-app", TUNNEL)), Optional.empty(), 0,
                1000);
        Diagram pasted = paste.apply(bent);
        String copy = paste.newIds(bent).get(TUNNEL);
        assertEquals(List.of(new Point(700, 1400)), Waypoints.of(pasted.connection(copy).orElseThrow()));
        assertEquals(List.of(new Point(700, 400)), waypoints(pasted), "the original stays");
    }

    @Test
    void movingOneEndKeepsTheWaypointsWhereTheyAre() {
        Diagram bent = withWaypoints(new Point(700, 400));
        Diagram moved = new Move(Set.of("lng-onprem"), 0, 40).apply(bent);
        assertEquals(List.of(new Point(700, 400)), waypoints(moved));
    }

    @Test
    void movingBothEndsTogetherMovesTheWaypointsWithThem() {
        Diagram bent = withWaypoints(new Point(700, 400), new Point(710, 500));
        Diagram moved = new Move(Set.of("lng-onprem", "vnet-app"), 30, -20).apply(bent);
        assertEquals(List.of(new Point(730, 380), new Point(740, 480)), waypoints(moved));
        Connection untouched = moved.connection(TUNNEL).orElseThrow();
        assertEquals(bent.connection(TUNNEL).orElseThrow().props().without(Keys.WAYPOINTS.name()),
                untouched.props().without(Keys.WAYPOINTS.name()));
    }
}
