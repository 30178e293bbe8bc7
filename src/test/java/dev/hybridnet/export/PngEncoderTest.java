package dev.hybridnet.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.Adler32;
import javax.imageio.ImageIO;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The banded PNG encoder: whatever the bands, ImageIO decodes exactly the pixels that went in. */
class PngEncoderTest {

    @ParameterizedTest(name = "{0} x {1}, {2} band(s), alpha {3}")
    @CsvSource({"1, 1, 1, false", "1, 1, 1, true", "7, 5, 2, false", "7, 5, 5, true", "300, 97, 3, false",
            "300, 97, 4, true", "1024, 600, 2, false", "33, 2000, 7, true"})
    void decodesToThePixelsThatWentIn(int width, int height, int bands, boolean alpha) throws IOException {
        BufferedImage picture = noisyPicture(width, height, alpha, new Random(width * 31L + height));
        BufferedImage decoded = decode(encode(picture, bands));
        assertEquals(width, decoded.getWidth());
        assertEquals(height, decoded.getHeight());
        assertEquals(alpha, decoded.getColorModel().hasAlpha());
        assertArrayEquals(picture.getRGB(0, 0, width, height, null, 0, width),
                decoded.getRGB(0, 0, width, height, null, 0, width));
    }

    @Test
    void aFlatPictureCompressesToAFewBytesAPixelRow() throws IOException {
        BufferedImage white = new BufferedImage(2000, 1000, BufferedImage.TYPE_INT_RGB);
        Arrays.fill(((java.awt.image.DataBufferInt) white.getRaster().getDataBuffer()).getData(), 0xFFFFFF);
        byte[] png = encode(white, 4);
        assertEquals(0xFFFFFFFF, decode(png).getRGB(1999, 999));
        // 6 MB of rows; deflate turns runs of one colour into a few bytes each
        assertTrue(png.length < 40_000, png.length + " bytes");
    }

    @ParameterizedTest(name = "{0} band(s)")
    @ValueSource(ints = {1, 3})
    void headerFirstThenSrgbAndPhysBeforeThePixelsEveryChecksumValid(int bands) {
        PngChunks png = PngChunks.parse(encode(noisyPicture(40, 30, false, new Random(7)), bands));
        assertEquals(List.of("IHDR", "sRGB", "pHYs", "IDAT", "IEND"), png.layout());
        assertEquals(bands, png.types().stream().filter("IDAT"::equals).count());
        assertArrayEquals(new byte[] {0}, png.first("sRGB").data(), "rendering intent perceptual");
        assertArrayEquals(new byte[] {0, 0, 0x0E, (byte) 0xC4, 0, 0, 0x0E, (byte) 0xC4, 1},
                png.first("pHYs").data(), "3780 pixels a metre both ways, unit the metre");
    }

    @ParameterizedTest(name = "scale {0}")
    @CsvSource({"1, 3780", "1.5, 5669", "2, 7559", "3, 11339", "4, 15118"})
    void pixelsPerMetreAre96DotsPerInchTimesTheScale(double scale, int expected) {
        assertEquals(expected, PngEncoder.pixelsPerMetre(scale));
    }

    @Test
    void aNonPositiveResolutionIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> PngEncoder.pixelsPerMetre(0));
        assertThrows(IllegalArgumentException.class, () -> PngEncoder.assemble(1, 1, false, 0, List.of()));
    }

    @Test
    void onlyIntRgbAndIntArgbPicturesAreAccepted() {
        BufferedImage grey = new BufferedImage(4, 4, BufferedImage.TYPE_BYTE_GRAY);
        assertThrows(IllegalArgumentException.class, () -> PngEncoder.compress(grey, true));
    }

    @Property(tries = 300)
    void theChecksumOfJoinedPiecesComesFromTheChecksumsOfThePieces(@ForAll @Size(max = 3000) byte[] first,
            @ForAll @Size(max = 3000) byte[] second, @ForAll @IntRange(min = 0, max = 200_000) int padding) {
        byte[] longSecond = Arrays.copyOf(second, second.length + padding); // lengths beyond the modulus too
        assertEquals(adler(first, longSecond), PngEncoder.combineAdler32(adler(first), adler(longSecond),
                longSecond.length));
    }

    private static byte[] encode(BufferedImage picture, int bands) {
        List<PngEncoder.Band> pieces = new ArrayList<>();
        for (int i = 0; i < bands; i++) {
            int top = picture.getHeight() * i / bands;
            int bottom = picture.getHeight() * (i + 1) / bands;
            BufferedImage band = new BufferedImage(picture.getWidth(), bottom - top, picture.getType());
            band.getRaster().setRect(0, -top, picture.getRaster());
            pieces.add(PngEncoder.compress(band, i == bands - 1));
        }
        return PngEncoder.assemble(picture.getWidth(), picture.getHeight(), PngEncoder.hasAlpha(picture),
                PngEncoder.PIXELS_PER_METRE_AT_SCALE_1, pieces);
    }

    private static BufferedImage decode(byte[] png) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertNotNull(image, "not a PNG ImageIO can decode");
        return image;
    }

    /** Runs of colours with random pixels in between, so deflate has both matches and literals to write. */
    private static BufferedImage noisyPicture(int width, int height, boolean alpha, Random random) {
        BufferedImage picture = new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB
                : BufferedImage.TYPE_INT_RGB);
        int colour = random.nextInt();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (random.nextInt(8) == 0) {
                    colour = random.nextInt();
                }
                picture.setRGB(x, y, alpha ? colour : colour | 0xFF000000);
            }
        }
        return picture;
    }

    private static long adler(byte[]... pieces) {
        Adler32 adler = new Adler32();
        for (byte[] piece : pieces) {
            adler.update(piece);
        }
        return adler.getValue();
    }
}
