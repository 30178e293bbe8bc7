package dev.hybridnet.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.geometry.Point;
import dev.hybridnet.geometry.Size;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

/** Issue 20: the Connect tool's refusal was cut off at the canvas's edge. */
class HintBubbleTest {

    private static final String REFUSAL = "A VNet peering joins two virtual networks; On-premises network is an "
            + "on-premises network. Connect vnet-app to another virtual network instead.";

    private static void inside(HintBubble b, Size view) {
        assertTrue(b.box().x() >= 0 && b.box().y() >= 0, b.box().toString());
        assertTrue(b.box().maxX() <= view.width() && b.box().maxY() <= view.height(), b.box() + " in " + view);
        for (int i = 0; i < b.lines().size(); i++) {
            double end = b.baselines().get(i).x() + HintBubble.FONT.estimateWidth(b.lines().get(i));
            assertTrue(end <= b.box().maxX(), "line " + i + " '" + b.lines().get(i) + "' ends at " + end);
        }
    }

    @Test
    void aLongRefusalNearTheRightEdgeWrapsAndStaysInTheView() {
        Size view = new Size(900, 600);
        HintBubble b = HintBubble.place(REFUSAL, new Point(880, 300), view);
        inside(b, view);
        assertTrue(b.lines().size() > 1, "wrapped: " + b.lines());
        assertEquals(REFUSAL, String.join(" ", b.lines()), "no word is lost");
    }

    @Test
    void aShortHintSitsBelowRightOfThePointer() {
        HintBubble b = HintBubble.place("Connect vpngw to lng", new Point(100, 100), new Size(900, 600));
        assertEquals(1, b.lines().size());
        assertTrue(b.box().x() > 100 && b.box().y() > 100);
    }

    @Property(tries = 200)
    void everyBubbleFitsItsView(@ForAll @DoubleRange(min = 0, max = 2000) double x,
            @ForAll @DoubleRange(min = 0, max = 1200) double y, @ForAll @DoubleRange(min = 300, max = 2000) double w,
            @ForAll @DoubleRange(min = 200, max = 1200) double h) {
        Size view = new Size(w, h);
        inside(HintBubble.place(REFUSAL, new Point(Math.min(x, w), Math.min(y, h)), view), view);
    }
}
