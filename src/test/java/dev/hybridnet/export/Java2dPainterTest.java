package dev.hybridnet.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.geometry.Point;
import dev.hybridnet.geometry.Rect;
import dev.hybridnet.render.Color;
import dev.hybridnet.render.Drawing;
import dev.hybridnet.render.Font;
import dev.hybridnet.render.Shape;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Java2D painter's own rules: SVG's whitespace, dashes and font stacks, and text placed by its anchor. */
class Java2dPainterTest {

    @Test
    void textLosesLineBreaksAndExtraSpacesAsSvgShowsIt() {
        assertEquals("a b c", Java2dPainter.collapsed("  a\tb\n  c  "));
        assertEquals("x\uFFFDy", Java2dPainter.collapsed("x\u0007y"));
        assertEquals("", Java2dPainter.collapsed(" \n\t "));
    }

    @Test
    void dashesThatAddUpToNothingOrAreNegativeDrawASolidLine() {
        assertNull(Java2dPainter.dashes(List.of()));
        assertNull(Java2dPainter.dashes(List.of(0.0, 0.0)));
        assertNull(Java2dPainter.dashes(List.of(4.0, -1.0)));
        assertArrayEquals(new float[] {5, 4}, Java2dPainter.dashes(List.of(5.0, 4.0)));
    }

    @Test
    void aFontStackResolvesToItsFirstInstalledFamilyOrTheLogicalSansSerif() {
        assertEquals(java.awt.Font.SANS_SERIF, Java2dPainter.family("'No Such Family', sans-serif"));
        assertEquals(java.awt.Font.SANS_SERIF, Java2dPainter.family("'No Such Family'"));
        String sans = Java2dPainter.family(Font.SANS);
        assertTrue(List.of("Arial", "Liberation Sans", "Helvetica", "DejaVu Sans", java.awt.Font.SANS_SERIF)
                .contains(sans), sans);
        assertEquals(java.awt.Font.BOLD, Java2dPainter.font(Font.sansBold(12)).getStyle());
        assertEquals(12f, Java2dPainter.font(Font.sansBold(12)).getSize2D());
    }

    @Test
    void textStartsAtItsPointCentresOnItOrEndsThereByItsAnchor() {
        for (Shape.Anchor anchor : Shape.Anchor.values()) {
            int[] span = inkedColumns(new Shape.Text(new Point(200, 50), "Gateway subnet", Font.sans(20),
                    Color.BLACK, anchor));
            switch (anchor) {
                case START -> assertEquals(200, span[0], 3.0, "left edge");
                case MIDDLE -> assertEquals(200, (span[0] + span[1]) / 2.0, 2.0, "centre");
                case END -> assertEquals(200, span[1], 3.0, "right edge");
                default -> throw new IllegalStateException();
            }
            assertTrue(span[1] - span[0] > 100, "the text is drawn at its size: " + (span[1] - span[0]));
        }
    }

    /** The first and last pixel columns the text paints, on a 400 x 100 picture. */
    private static int[] inkedColumns(Shape.Text text) {
        BufferedImage image = new BufferedImage(400, 100, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        Java2dPainter.prepare(g);
        new Java2dPainter().paint(g, new Drawing(new Rect(0, 0, 400, 100), List.of(text), "t", ""));
        g.dispose();
        int first = -1;
        int last = -1;
        for (int x = 0; x < 400; x++) {
            for (int y = 0; y < 100; y++) {
                if ((image.getRGB(x, y) >>> 24) > 64) {
                    first = first < 0 ? x : first;
                    last = x;
                    break;
                }
            }
        }
        return new int[] {first, last};
    }
}
