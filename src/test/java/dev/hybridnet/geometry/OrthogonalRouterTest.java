package dev.hybridnet.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class OrthogonalRouterTest {

    private static Point p(double x, double y) {
        return new Point(x, y);
    }

    private static Rect r(double x, double y, double w, double h) {
        return new Rect(x, y, w, h);
    }

    @Test
    void boxesSideBySideAreJoinedByAStraightHorizontalLineBetweenTheirFacingSides() {
        assertEquals(List.of(p(40, 20), p(200, 20)), OrthogonalRouter.route(r(0, 0, 40, 40), r(200, 0, 40, 40),
                List.of()));
        assertEquals(List.of(p(200, 20), p(40, 20)), OrthogonalRouter.route(r(200, 0, 40, 40), r(0, 0, 40, 40),
                List.of()));
    }

    @Test
    void theStraightLineRunsThroughTheMiddleOfWhereTheBoxesOverlap() {
        // A tall network beside a small icon: the line is level with the icon, not with the network's centre.
        assertEquals(List.of(p(100, 330), p(300, 330)), OrthogonalRouter.route(r(0, 0, 100, 500),
                r(300, 310, 40, 40), List.of()));
    }

    @Test
    void boxesAboveEachOtherAreJoinedByAStraightVerticalLine() {
        assertEquals(List.of(p(30, 40), p(30, 200)), OrthogonalRouter.route(r(0, 0, 40, 40), r(20, 200, 40, 40),
                List.of()));
    }

    @Test
    void offsetBoxesFurtherApartSidewaysAreJoinedByAZLeavingAndEnteringByTheirFacingSides() {
        List<Point> route = OrthogonalRouter.route(r(0, 0, 40, 40), r(200, 100, 40, 40), List.of());
        assertEquals(List.of(p(40, 20), p(120, 20), p(120, 120), p(200, 120)), route);
        assertTrue(OrthogonalRouter.orthogonal(route));
    }

    @Test
    void offsetBoxesFurtherApartUpAndDownAreJoinedByAZThroughTheMiddleOfTheVerticalGap() {
        assertEquals(List.of(p(20, 40), p(20, 170), p(120, 170), p(120, 300)),
                OrthogonalRouter.route(r(0, 0, 40, 40), r(100, 300, 40, 40), List.of()));
    }

    @Test
    void aBoxInTheMiddleChannelIsAvoidedByAnL() {
        Rect inTheChannel = r(100, 50, 40, 40);
        List<Point> route = OrthogonalRouter.route(r(0, 0, 40, 40), r(200, 100, 40, 40), List.of(inTheChannel));
        assertEquals(List.of(p(40, 20), p(220, 20), p(220, 100)), route);
    }

    @Test
    void aBoxBetweenFacingBoxesIsPassedWithAJogInTheMiddle() {
        Rect between = r(100, 25, 20, 10);
        List<Point> route = OrthogonalRouter.route(r(0, 0, 40, 40), r(200, 20, 40, 40), List.of(between));
        assertEquals(List.of(p(40, 20), p(120, 20), p(120, 40), p(200, 40)), route);
    }

    @Test
    void whenEveryCandidateIsBlockedTheRouteIsTheFirstCandidateStillAtRightAngles() {
        Rect wall = r(60, -500, 20, 1000);
        List<Point> route = OrthogonalRouter.route(r(0, 0, 40, 40), r(200, 100, 40, 40), List.of(wall));
        assertEquals(List.of(p(40, 20), p(120, 20), p(120, 120), p(200, 120)), route);
        assertTrue(OrthogonalRouter.orthogonal(route));
        assertTrue(OrthogonalRouter.orthogonal(r(0, 0, 40, 40), r(200, 100, 40, 40), Obstacles.of(List.of(wall)))
                .isEmpty());
    }

    @Test
    void overlappingBoxesAreJoinedByALoopOverTheirTopsNotASlantedLine() {
        Rect a = r(0, 0, 100, 100);
        Rect b = r(50, 60, 100, 100);
        assertEquals(List.of(p(50, 0), p(50, -16), p(100, -16), p(100, 60)), OrthogonalRouter.route(a, b, List.of()));
    }

    @Test
    void aNetworkAroundAnEndAndTheBoxesInsideAnEndDoNotBlock() {
        Rect network = r(-20, -20, 100, 100);
        Rect insideTheTarget = r(210, 10, 10, 10);
        assertEquals(List.of(p(40, 20), p(200, 20)), OrthogonalRouter.route(r(0, 0, 40, 40),
                r(200, 0, 40, 40), List.of(network, insideTheTarget)));
    }

    @Test
    void runningAlongTheEdgeOfABoxDoesNotCountAsCrossingIt() {
        Rect below = r(60, 20, 100, 40);
        assertEquals(List.of(p(40, 20), p(200, 20)), OrthogonalRouter.route(r(0, 0, 40, 40), r(200, 0, 40, 40),
                List.of(below)));
    }

    @Test
    void aRouteWithBendsLeavesRoomForAnArrowheadAtBothEnds() {
        // A gap of 20 leaves 10 on either side of a middle channel: too short, so the L through a corner is taken.
        assertEquals(List.of(p(200, 20), p(320, 20), p(320, 100)), OrthogonalRouter.route(r(0, 0, 200, 40),
                r(220, 100, 200, 40), List.of()));
        Rect small = r(0, 0, 10, 10);
        Rect near = r(20, 20, 10, 10);
        assertEquals(List.of(p(10, 5), p(15, 5), p(15, 25), p(20, 25)), OrthogonalRouter.route(small, near,
                List.of()));
    }

    @Test
    void aBoxWithTheSameCentreGetsAZeroLengthFallback() {
        Rect a = r(0, 0, 40, 40);
        assertEquals(List.of(p(20, 0), p(20, 0)), OrthogonalRouter.route(a, a, List.of()));
    }
}
