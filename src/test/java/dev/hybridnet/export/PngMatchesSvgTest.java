package dev.hybridnet.export;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.render.Drawing;
import dev.hybridnet.render.Shape;
import dev.hybridnet.samples.Sample;
import dev.hybridnet.samples.Samples;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The PNG (painted with Java2D from the display list) shows what the SVG shows: each sample's PNG is compared
 * with Batik's rendering of the same drawing's SVG, pixel by pixel. Anti-aliased edges and glyph rasterising
 * differ by a little, so a pixel counts as different only when a channel is off by more than {@value #TOLERANCE};
 * such pixels must be a small share of the picture. A shape left out, moved, or painted in another colour or
 * font changes far more pixels than that.
 */
class PngMatchesSvgTest {

    /** Channel difference (0 to 255) below which two pixels count as the same. */
    static final int TOLERANCE = 48;
    /** The largest share of pixels allowed to differ by more than {@link #TOLERANCE}. */
    static final double MAX_SHARE = 0.0001;

    static Stream<ExportCase> samples() {
        return ExportCase.samples().stream().filter(c -> Stream.of(Sample.values()).anyMatch(s -> s.id()
                .equals(c.name())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void eachSamplesPngMatchesBatiksPictureOfItsSvg(ExportCase sample) throws Exception {
        for (double scale : new double[] {1, 2}) {
            for (Background background : Background.values()) {
                double share = differingShare(sample.drawing(), scale, background);
                assertTrue(share < MAX_SHARE, String.format(Locale.ROOT, "%s at scale %s on %s: %.4f%% of pixels "
                        + "differ from Batik's", sample, scale, background, share * 100));
            }
        }
    }

    @Test
    void theComparisonNoticesOneLabelLeftOut() throws Exception {
        Drawing drawing = new ExportCase("vpn", Samples.load(Sample.VPN), ExportCase.Style.FULL).drawing();
        Drawing without = new Drawing(drawing.viewBox(), withoutFirstText(drawing.shapes()), drawing.title(),
                drawing.description());
        BufferedImage reference = BatikPictures.render(drawing, width(drawing, 1), height(drawing, 1),
                Background.WHITE);
        double share = share(reference, png(without, 1, Background.WHITE));
        assertTrue(share >= MAX_SHARE, String.format(Locale.ROOT, "only %.4f%% differ", share * 100));
    }

    /** The shapes with the first text anywhere in them left out. */
    private static List<Shape> withoutFirstText(List<Shape> shapes) {
        List<Shape> result = new ArrayList<>();
        boolean dropped = false;
        for (Shape shape : shapes) {
            if (!dropped && shape instanceof Shape.Text) {
                dropped = true;
            } else if (!dropped && shape instanceof Shape.Group g && hasText(g.children())) {
                result.add(new Shape.Group(g.id(), g.role(), withoutFirstText(g.children())));
                dropped = true;
            } else {
                result.add(shape);
            }
        }
        return result;
    }

    private static boolean hasText(List<Shape> shapes) {
        return shapes.stream().anyMatch(s -> s instanceof Shape.Text
                || s instanceof Shape.Group g && hasText(g.children()));
    }

    static double differingShare(Drawing drawing, double scale, Background background) throws Exception {
        BufferedImage reference = BatikPictures.render(drawing, width(drawing, scale), height(drawing, scale),
                background);
        return share(reference, png(drawing, scale, background));
    }

    private static int width(Drawing drawing, double scale) {
        return (int) Math.ceil(drawing.viewBox().width() * scale);
    }

    private static int height(Drawing drawing, double scale) {
        return (int) Math.ceil(drawing.viewBox().height() * scale);
    }

    private static BufferedImage png(Drawing drawing, double scale, Background background) throws Exception {
        return ImageIO.read(new ByteArrayInputStream(new PngExporter().export(drawing, scale, background)));
    }

    /**
     * The share of pixels where a channel differs by more than {@link #TOLERANCE}: alpha, and each colour weighted
     * by its alpha (what shows over any background), since the colour of an almost transparent pixel is noise.
     */
    static double share(BufferedImage expected, BufferedImage actual) {
        int w = expected.getWidth();
        int h = expected.getHeight();
        assertTrue(w == actual.getWidth() && h == actual.getHeight(), "sizes differ");
        int[] a = expected.getRGB(0, 0, w, h, null, 0, w);
        int[] b = actual.getRGB(0, 0, w, h, null, 0, w);
        long differing = 0;
        for (int i = 0; i < a.length; i++) {
            int alphaA = a[i] >>> 24;
            int alphaB = b[i] >>> 24;
            boolean differs = Math.abs(alphaA - alphaB) > TOLERANCE;
            for (int shift = 0; shift < 24 && !differs; shift += 8) {
                int colourA = (a[i] >>> shift & 0xFF) * alphaA / 255;
                int colourB = (b[i] >>> shift & 0xFF) * alphaB / 255;
                differs = Math.abs(colourA - colourB) > TOLERANCE;
            }
            differing += differs ? 1 : 0;
        }
        return (double) differing / a.length;
    }
}
