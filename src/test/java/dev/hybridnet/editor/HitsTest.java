package dev.hybridnet.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.command.Tiny;
import dev.hybridnet.geometry.Point;
import dev.hybridnet.geometry.Rect;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import dev.hybridnet.render.DiagramRenderer;
import dev.hybridnet.render.Scene;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HitsTest {

    private final Diagram tiny = Tiny.vpn();
    private final Scene scene = new DiagramRenderer().scene(tiny);

    @Test
    void theTopmostElementIsTheInnermostOne() {
        assertEquals(new Hit.OnElement("vm"), Hits.at(scene, new Point(500, 270), Set.of(), 2));
        assertEquals(new Hit.OnElement("app"), Hits.at(scene, new Point(430, 340), Set.of(), 2));
        assertEquals(new Hit.OnElement("vnet"), Hits.at(scene, new Point(880, 380), Set.of(), 2));
        assertEquals(new Hit.Nothing(), Hits.at(scene, new Point(950, 950), Set.of(), 2));
        assertEquals(List.of("vm", "app", "vnet"), Hits.elementsAt(scene, new Point(500, 270)).stream()
                .map(Element::id).toList());
    }

    @Test
    void aConnectionIsHitNearTheRouteItIsDrawnAlongOnly() {
        List<Point> route = scene.route(tiny.connection("s2s").orElseThrow());
        assertTrue(route.size() > 2, "in this layout the connection bends: " + route);
        for (int k = 1; k < route.size(); k++) {
            Point a = route.get(k - 1);
            Point b = route.get(k);
            Point middle = new Point((a.x() + b.x()) / 2, (a.y() + b.y()) / 2);
            boolean horizontal = a.y() == b.y();
            Point near = horizontal ? middle.plus(0, 2) : middle.plus(2, 0);
            Point far = horizontal ? middle.plus(0, 30) : middle.plus(30, 0);
            assertEquals(Optional.of("s2s"), Hits.connectionAt(scene, near, 4).map(c -> c.id()), "segment " + k);
            assertEquals(Optional.empty(), Hits.connectionAt(scene, far, 4), "segment " + k);
        }
    }

    @Test
    void handlesOfASelectedContainerAreHitBeforeWhatIsUnderThem() {
        Rect app = Tiny.bounds(tiny, "app");
        Point corner = new Point(app.maxX() + 1, app.maxY() + 1);
        assertEquals(new Hit.OnHandle("app", Handle.SOUTH_EAST), Hits.at(scene, corner, Set.of("app"), 2));
        assertEquals(new Hit.OnElement("vnet"), Hits.at(scene, corner, Set.of(), 2), "no handles unless selected");
        assertEquals(Optional.empty(), Hits.handleAt(tiny, new Point(504, 80), Set.of("vpngw"), 2),
                "icons have no handles");
    }

    @Test
    void containersAtAPointLeaveOutTheExcludedAndTheirContents() {
        assertEquals(List.of("vnet"), Hits.containersAt(scene, new Point(500, 270), Set.of("app")).stream()
                .map(Element::id).toList());
    }

    @Test
    void aRubberBandSelectsTheOutermostElementsWhollyInsideIt() {
        assertEquals(Set.of("app"), Hits.inside(tiny, new Rect(410, 190, 220, 170)));
        assertEquals(Set.of("vm"), Hits.inside(tiny, new Rect(470, 240, 70, 70)));
        assertEquals(Set.of("onprem", "vnet", "lng"), Hits.inside(tiny, new Rect(-10, -10, 1000, 600)));
    }

    @Test
    void distanceToASegmentIsMeasuredToItsNearestPoint() {
        assertEquals(5, Hits.distanceToSegment(new Point(5, 5), new Point(0, 0), new Point(10, 0)), 1e-9);
        assertEquals(5, Hits.distanceToSegment(new Point(13, 4), new Point(0, 0), new Point(10, 0)), 1e-9);
    }
}
