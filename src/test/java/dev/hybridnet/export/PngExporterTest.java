package dev.hybridnet.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.geometry.Point;
import dev.hybridnet.geometry.Rect;
import dev.hybridnet.render.Color;
import dev.hybridnet.render.Drawing;
import dev.hybridnet.render.Font;
import dev.hybridnet.render.Shape;
import dev.hybridnet.render.ShapeBounds;
import dev.hybridnet.render.Style;
import dev.hybridnet.samples.HubSpokeGenerator;
import dev.hybridnet.samples.Sample;
import dev.hybridnet.samples.Samples;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** PNG through Batik: decodable, of the size the scale asks for, with the card colours where they belong. */
class PngExporterTest {

    private static final ExportCase VPN_CARD = new ExportCase("vpn", Samples.load(Sample.VPN),
            ExportCase.Style.CARD);
    /** Inside the VNet box of the card, clear of every icon. */
    private static final double[] IN_VNET = {240, 30};
    /** Inside the on-premises box of the card, clear of every icon. */
    private static final double[] IN_ON_PREMISES = {25, 25};

    private final PngExporter exporter = new PngExporter();

    @Test
    void theTestsRunHeadlessSoExportNeedsNoDisplay() {
        assertTrue(GraphicsEnvironment.isHeadless());
    }

    @ParameterizedTest(name = "scale {0}")
    @ValueSource(ints = {1, 2, 4})
    void theCardIsItsSizeTimesTheScale(int scale) throws Exception {
        BufferedImage image = png(VPN_CARD.drawing(), scale, Background.WHITE);
        assertEquals(320 * scale, image.getWidth());
        assertEquals(144 * scale, image.getHeight());
    }

    @ParameterizedTest(name = "scale {0}")
    @ValueSource(doubles = {1, 1.5, 2, 4})
    void aFractionalSizeIsRoundedUpToWholePixels(double scale) throws Exception {
        Drawing drawing = new Drawing(new Rect(3.2, 7.9, 100.3, 50.6), List.of(new Shape.Box(
                new Rect(10, 10, 50, 20), 0, Style.fill(Color.BLACK))), "fractional", "a box");
        BufferedImage image = png(drawing, scale, Background.WHITE);
        assertEquals((int) Math.ceil(100.3 * scale), image.getWidth());
        assertEquals((int) Math.ceil(50.6 * scale), image.getHeight());
    }

    @Test
    void theFullStyleIsTheSizeOfItsViewBox() throws Exception {
        ExportCase full = new ExportCase("vpn", Samples.load(Sample.VPN), ExportCase.Style.FULL);
        Rect box = full.drawing().viewBox();
        BufferedImage image = png(full.drawing(), 2, Background.TRANSPARENT);
        assertEquals((int) Math.ceil(box.width() * 2), image.getWidth());
        assertEquals((int) Math.ceil(box.height() * 2), image.getHeight());
    }

    @ParameterizedTest(name = "scale {0}")
    @ValueSource(ints = {1, 2, 4})
    void insideTheVnetBoxThePixelIsTheCardsLightCyan(int scale) throws Exception {
        for (Background background : Background.values()) {
            BufferedImage image = png(VPN_CARD.drawing(), scale, background);
            assertEquals(0xFFE4FAFF, pixel(image, IN_VNET, scale), background.toString());
        }
    }

    @Test
    void theOnPremisesBoxIsTranslucentBlackThatShowsAsLightGreyOnWhite() throws Exception {
        int onWhite = pixel(png(VPN_CARD.drawing(), 2, Background.WHITE), IN_ON_PREMISES, 2);
        assertEquals(0xFF, onWhite >>> 24);
        for (int shift : new int[] {16, 8, 0}) {
            assertEquals(0xEB, (onWhite >> shift) & 0xFF, 1.0, String.format("#%08X", onWhite));
        }
        int onNothing = pixel(png(VPN_CARD.drawing(), 2, Background.TRANSPARENT), IN_ON_PREMISES, 2);
        assertEquals(Math.round(0.0769 * 255), onNothing >>> 24, 1.0, String.format("#%08X", onNothing));
        assertEquals(0, onNothing & 0xFFFFFF);
    }

    @Test
    void theCornerIsOpaqueWhiteOnWhiteAndFullyTransparentOtherwise() throws Exception {
        BufferedImage white = png(VPN_CARD.drawing(), 1, Background.WHITE);
        BufferedImage clear = png(VPN_CARD.drawing(), 1, Background.TRANSPARENT);
        for (int[] corner : new int[][] {{0, 0}, {319, 0}, {0, 143}, {319, 143}}) {
            assertEquals(0xFFFFFFFF, white.getRGB(corner[0], corner[1]));
            assertEquals(0, clear.getRGB(corner[0], corner[1]) >>> 24);
        }
    }

    @Test
    void aLineOnAPixelBoundaryIsSharedByBothPixelsLikeBrowsersDrawItNotSnappedToOne() throws Exception {
        Drawing line = new Drawing(new Rect(0, 0, 20, 20), List.of(new Shape.Polyline(List.of(new Point(10, 0),
                new Point(10, 20)), Style.stroke(Color.BLACK, 1))), "line", "");
        BufferedImage image = png(line, 1, Background.WHITE);
        for (int x : new int[] {9, 10}) {
            int grey = image.getRGB(x, 10) & 0xFF;
            assertTrue(grey > 64 && grey < 192, "pixel " + x + " should be half covered (mid grey), not " + grey);
        }
    }

    @Test
    void aScaleOutsideOneToFourIsRefused() {
        for (double scale : new double[] {0.5, 4.01, Double.NaN}) {
            assertThrows(IllegalArgumentException.class, () -> exporter.export(VPN_CARD.drawing(), scale,
                    Background.WHITE));
        }
    }

    @Test
    void aPictureOverAHundredMillionPixelsIsRefusedWithAMessageSayingWhatToDo() {
        Drawing huge = new ExportCase("big", HubSpokeGenerator.generate(100), ExportCase.Style.FULL).drawing();
        ExportException e = assertThrows(ExportException.class, () -> exporter.export(huge, 4, Background.WHITE));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                "more than 100 million; export SVG, or PNG at --scale ([0-9.]+) or less$").matcher(e.getMessage());
        assertTrue(m.find(), e.getMessage());
        double fits = Double.parseDouble(m.group(1));
        var box = huge.viewBox();
        assertTrue(Math.ceil(box.width() * fits) * Math.ceil(box.height() * fits) <= 100_000_000, "fits");
        double next = fits + 0.1;
        assertTrue(Math.ceil(box.width() * next) * Math.ceil(box.height() * next) > 100_000_000, "the largest");
    }

    @ParameterizedTest
    @EnumSource(Background.class)
    void renderingInParallelBandsGivesTheSamePixelsAsOneBand(Background background) throws Exception {
        Drawing drawing = new ExportCase("failover", Samples.load(Sample.EXPRESSROUTE_VPN_FAILOVER),
                ExportCase.Style.FULL).drawing();
        int w = (int) Math.ceil(drawing.viewBox().width() * 1.5);
        int h = (int) Math.ceil(drawing.viewBox().height() * 1.5);
        BufferedImage whole = ImageIO.read(new ByteArrayInputStream(PngExporter.render(drawing, w, h, background, 1, 1)));
        BufferedImage banded = ImageIO.read(new ByteArrayInputStream(PngExporter.render(drawing, w, h, background, 3, 2)));
        int[] expected = whole.getRGB(0, 0, w, h, null, 0, w);
        int[] actual = banded.getRGB(0, 0, w, h, null, 0, w);
        int differing = 0;
        for (int i = 0; i < expected.length; i++) {
            differing += expected[i] == actual[i] ? 0 : 1;
        }
        assertEquals(0, differing, "pixels that differ between one band and three");
        assertTrue(Arrays.stream(expected).distinct().count() > 50, "the picture should have content");
    }

    @Test
    void aBandKeepsTheShapesThatReachItsRowsInTheirOrderAndDropsTheOthers() {
        Shape top = new Shape.Box(new Rect(10, 10, 100, 50), 0, Style.fill(Color.BLACK));
        Shape bottom = new Shape.Box(new Rect(10, 700, 100, 50), 0, Style.fill(Color.BLACK));
        Shape across = new Shape.Polyline(List.of(new Point(0, 0), new Point(200, 1000)),
                Style.stroke(Color.BLACK, 2));
        // Baseline 20 units below the band's last row: its glyphs can rise into the band, so it stays.
        Shape labelBelow = new Shape.Text(new Point(10, 520), "label", Font.sans(12), Color.BLACK,
                Shape.Anchor.START);
        Shape farLabel = new Shape.Text(new Point(10, 600), "far", Font.sans(12), Color.BLACK, Shape.Anchor.START);
        Shape group = new Shape.Group("vnet", "element", List.of(bottom, top));
        Drawing drawing = new Drawing(new Rect(0, 0, 1000, 1000), List.of(group, across, labelBelow, farLabel,
                new Shape.Group("far", "element", List.of(bottom))), "t", "d");
        // Rows 0..499 of a 1000 x 1000 picture at scale 1.
        Drawing band = PngExporter.shapesFor(drawing, 1000, 1000, 0, 500);
        assertEquals(List.of(new Shape.Group("vnet", "element", List.of(top)), across, labelBelow), band.shapes());
        assertEquals(drawing.viewBox(), band.viewBox());
        // At scale 2 the same rows are the top quarter of the drawing.
        Drawing quarter = PngExporter.shapesFor(drawing, 2000, 2000, 0, 500);
        assertEquals(List.of(new Shape.Group("vnet", "element", List.of(top)), across), quarter.shapes());
    }

    @Test
    void everyShapeIsInEachBandItsBoundsReachAndMostAreInOnlyOne() {
        Drawing drawing = new ExportCase("big", HubSpokeGenerator.generate(20), ExportCase.Style.FULL).drawing();
        Rect box = drawing.viewBox();
        int w = (int) Math.ceil(box.width());
        int h = (int) Math.ceil(box.height());
        List<Shape> whole = leaves(drawing.shapes());
        int bands = 4;
        List<Set<Shape>> kept = new ArrayList<>();
        for (int band = 0; band < bands; band++) {
            Set<Shape> inBand = Collections.newSetFromMap(new IdentityHashMap<>());
            inBand.addAll(leaves(PngExporter.shapesFor(drawing, w, h, h * band / bands, h * (band + 1) / bands)
                    .shapes()));
            kept.add(inBand);
        }
        int inOneBand = 0;
        for (Shape shape : whole) {
            Rect bounds = ShapeBounds.of(shape).orElseThrow();
            int bandsHolding = 0;
            for (int band = 0; band < bands; band++) {
                // Scale 1: pixel row r shows canvas y = box.y() + r.
                double top = box.y() + h * band / bands;
                double bottom = box.y() + h * (band + 1) / bands;
                if (bounds.maxY() > top && bounds.y() < bottom) {
                    assertTrue(kept.get(band).contains(shape), shape + " reaches band " + band + " but is not in it");
                }
                bandsHolding += kept.get(band).contains(shape) ? 1 : 0;
            }
            assertTrue(bandsHolding > 0, shape + " is in no band");
            inOneBand += bandsHolding == 1 ? 1 : 0;
        }
        assertTrue(inOneBand > whole.size() / 2, "most shapes should fall in one band: " + inOneBand + " of "
                + whole.size());
    }

    private static List<Shape> leaves(List<Shape> shapes) {
        List<Shape> result = new ArrayList<>();
        for (Shape shape : shapes) {
            if (shape instanceof Shape.Group group) {
                result.addAll(leaves(group.children()));
            } else {
                result.add(shape);
            }
        }
        return result;
    }

    @Test
    void largePicturesUseTwoBandsPerCoreAndSmallOnesOne() {
        assertEquals(1, PngExporter.bandCount(1000, 1000, 8), "1 million pixels");
        assertEquals(4, PngExporter.bandCount(5728, 4418, 2));
        assertEquals(PngExporter.MAX_BANDS, PngExporter.bandCount(5728, 4418, 64));
        assertEquals(2, PngExporter.bandCount(5728, 4418, 1));
        assertEquals(3, PngExporter.bandCount(4000, 800, 8), "at least 256 rows a band");
        assertEquals(1, PngExporter.bandCount(20_000, 300, 8), "too few rows to split");
    }

    @ParameterizedTest(name = "scale {0}")
    @ValueSource(doubles = {1, 2, 2.5})
    void theFileSaysSrgbAndItsScaleAsDotsPerInchBeforeThePixels(double scale) throws Exception {
        PngChunks png = PngChunks.parse(exporter.export(VPN_CARD.drawing(), scale, Background.TRANSPARENT));
        assertEquals(List.of("IHDR", "sRGB", "pHYs", "IDAT", "IEND"), png.layout());
        assertEquals(0, png.first("sRGB").data()[0], "rendering intent perceptual");
        ByteBuffer phys = ByteBuffer.wrap(png.first("pHYs").data());
        long perMetre = Math.round(96 * scale / 0.0254);
        assertEquals(perMetre, phys.getInt(), "x");
        assertEquals(perMetre, phys.getInt(), "y");
        assertEquals(1, phys.get(), "unit: the metre");
    }

    @Test
    void aLargePictureInBandsHasTheChunksToo() throws Exception {
        Drawing drawing = new ExportCase("hub", HubSpokeGenerator.generate(4), ExportCase.Style.FULL).drawing();
        Rect box = drawing.viewBox();
        int w = (int) Math.ceil(box.width() * 2);
        int h = (int) Math.ceil(box.height() * 2);
        PngChunks png = PngChunks.parse(PngExporter.render(drawing, w, h, Background.WHITE, 3, 2, 2));
        assertEquals(List.of("IHDR", "sRGB", "pHYs", "IDAT", "IEND"), png.layout());
        assertEquals(3, png.types().stream().filter("IDAT"::equals).count());
        assertEquals(7559, ByteBuffer.wrap(png.first("pHYs").data()).getInt());
    }

    @Test
    void imageIoReadsTheSrgbChunkAsTheSrgbColourSpace() throws Exception {
        BufferedImage image = png(VPN_CARD.drawing(), 1, Background.WHITE);
        assertTrue(image.getColorModel().getColorSpace().isCS_sRGB());
    }

    private BufferedImage png(Drawing drawing, double scale, Background background)
            throws ExportException, IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(exporter.export(drawing, scale, background)));
        assertNotNull(image, "not a PNG ImageIO can decode");
        return image;
    }

    private static int pixel(BufferedImage image, double[] at, double scale) {
        return image.getRGB((int) (at[0] * scale), (int) (at[1] * scale));
    }
}
