package dev.hybridnet.export;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes PNG files from a picture rendered in horizontal bands, so that each band can be compressed on its own
 * core. Each band becomes a piece of one deflate stream ({@link #compress}); {@link #assemble} joins the pieces
 * into a single zlib stream (header, the pieces in order, the Adler-32 of all rows) and wraps it in PNG chunks.
 *
 * <p>Rows use PNG filter 0 (none): the pictures are flat colours with antialiased edges, and on them the other
 * filters gave larger files and cost more time. Pixels are stored losslessly, as 8-bit RGB for opaque pictures
 * ({@link BufferedImage#TYPE_INT_RGB}) and 8-bit RGBA for transparent ones ({@link BufferedImage#TYPE_INT_ARGB}).
 */
final class PngEncoder {

    /** On these pictures, level 3 takes half the time of zlib's default level 6 for files about 10% larger. */
    static final int DEFLATE_LEVEL = 3;

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    /** zlib header: deflate with a 32 KiB window, no preset dictionary (CMF 0x78, FLG 0x01: a multiple of 31). */
    private static final byte[] ZLIB_HEADER = {0x78, 0x01};
    private static final int ADLER_BASE = 65521;

    /** The compressed rows of one band: a piece of a deflate stream, and the Adler-32 of the uncompressed rows. */
    record Band(byte[] deflated, int adler, long rawLength) {
    }

    private PngEncoder() {
    }

    /**
     * Compresses the rows of one band. Every band but the last ends on a byte boundary with its stream left open
     * (a sync flush), so the next band's piece can follow it; the last band closes the stream.
     *
     * @param image the band: {@code TYPE_INT_RGB} or {@code TYPE_INT_ARGB}, rows of the final picture's width
     * @param last whether this is the bottom band of the picture
     */
    static Band compress(BufferedImage image, boolean last) {
        return compress(image, image.getHeight(), last);
    }

    /** As {@link #compress(BufferedImage, boolean)}, for the first {@code height} rows of {@code image}. */
    static Band compress(BufferedImage image, int height, boolean last) {
        if (height < 0 || height > image.getHeight()) {
            throw new IllegalArgumentException(height + " rows of a " + image.getHeight() + "-row image");
        }
        boolean alpha = hasAlpha(image);
        int width = image.getWidth();
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        int bytesPerPixel = alpha ? 4 : 3;
        byte[] row = new byte[1 + width * bytesPerPixel];
        byte[] buffer = new byte[64 * 1024];
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(1024, width * height / 8));
        Adler32 adler = new Adler32();
        Deflater deflater = new Deflater(DEFLATE_LEVEL, true);
        try {
            for (int y = 0; y < height; y++) {
                int p = y * width;
                int i = 1; // row[0] = 0: filter type "none"
                if (alpha) {
                    for (int x = 0; x < width; x++, p++) {
                        int argb = pixels[p];
                        row[i++] = (byte) (argb >>> 16);
                        row[i++] = (byte) (argb >>> 8);
                        row[i++] = (byte) argb;
                        row[i++] = (byte) (argb >>> 24);
                    }
                } else {
                    for (int x = 0; x < width; x++, p++) {
                        int rgb = pixels[p];
                        row[i++] = (byte) (rgb >>> 16);
                        row[i++] = (byte) (rgb >>> 8);
                        row[i++] = (byte) rgb;
                    }
                }
                adler.update(row);
                deflater.setInput(row);
                while (!deflater.needsInput()) {
                    out.write(buffer, 0, deflater.deflate(buffer));
                }
            }
            if (last) {
                deflater.finish();
                while (!deflater.finished()) {
                    out.write(buffer, 0, deflater.deflate(buffer));
                }
            } else {
                int n;
                do {
                    n = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
                    out.write(buffer, 0, n);
                } while (n == buffer.length);
            }
        } finally {
            deflater.end();
        }
        return new Band(out.toByteArray(), (int) adler.getValue(), (long) height * row.length);
    }

    /** Pixels per metre of a picture at scale 1: one pixel per CSS pixel, 96 per inch (96 / 0.0254, rounded). */
    static final int PIXELS_PER_METRE_AT_SCALE_1 = 3780;
    /** The sRGB chunk's rendering intent: 0, perceptual. */
    static final byte RENDERING_INTENT_PERCEPTUAL = 0;

    /**
     * Pixels per metre of a picture exported at {@code scale}: scale 1 is 96 dots per inch (3,780 a metre), scale 2
     * is 192 (7,559), and so on, rounded to the nearest whole number.
     */
    static int pixelsPerMetre(double scale) {
        if (!(scale > 0) || scale > 1000) {
            throw new IllegalArgumentException("scale must be positive, not " + scale);
        }
        return (int) Math.round(96 * scale / 0.0254);
    }

    /**
     * The PNG file of a picture whose bands, top to bottom, were compressed by {@link #compress}: IHDR, then sRGB
     * (the pixels are sRGB, rendering intent perceptual) and pHYs ({@code pixelsPerMetre} both ways), then the
     * IDAT chunks and IEND.
     */
    static byte[] assemble(int width, int height, boolean alpha, int pixelsPerMetre, List<Band> bands) {
        if (pixelsPerMetre <= 0) {
            throw new IllegalArgumentException("pixels per metre must be positive, not " + pixelsPerMetre);
        }
        long size = 0;
        for (Band band : bands) {
            size += band.deflated().length;
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream((int) Math.min(Integer.MAX_VALUE - 64, size + 128));
        png.writeBytes(SIGNATURE);
        byte[] header = new byte[13];
        putInt(header, 0, width);
        putInt(header, 4, height);
        header[8] = 8; // bits per sample
        header[9] = (byte) (alpha ? 6 : 2); // colour type: RGBA or RGB
        // compression 0 (deflate), filter method 0, no interlace
        chunk(png, "IHDR", header);
        chunk(png, "sRGB", new byte[] {RENDERING_INTENT_PERCEPTUAL});
        byte[] physical = new byte[9];
        putInt(physical, 0, pixelsPerMetre);
        putInt(physical, 4, pixelsPerMetre);
        physical[8] = 1; // unit: the metre
        chunk(png, "pHYs", physical);
        long adler = 1;
        for (int i = 0; i < bands.size(); i++) {
            Band band = bands.get(i);
            adler = i == 0 ? Integer.toUnsignedLong(band.adler())
                    : combineAdler32(adler, Integer.toUnsignedLong(band.adler()), band.rawLength());
            byte[] before = i == 0 ? ZLIB_HEADER : new byte[0];
            byte[] after = new byte[i == bands.size() - 1 ? 4 : 0];
            if (after.length == 4) {
                putInt(after, 0, (int) adler);
            }
            chunk(png, "IDAT", before, band.deflated(), after);
        }
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    /**
     * The Adler-32 of two pieces of data joined, from the checksum of each and the length of the second (the
     * arithmetic of zlib's {@code adler32_combine}).
     */
    static long combineAdler32(long first, long second, long secondLength) {
        long rem = secondLength % ADLER_BASE;
        long sum1 = first & 0xFFFF;
        long sum2 = (rem * sum1) % ADLER_BASE;
        sum1 += (second & 0xFFFF) + ADLER_BASE - 1;
        sum2 += ((first >>> 16) & 0xFFFF) + ((second >>> 16) & 0xFFFF) + ADLER_BASE - rem;
        if (sum1 >= ADLER_BASE) {
            sum1 -= ADLER_BASE;
        }
        if (sum1 >= ADLER_BASE) {
            sum1 -= ADLER_BASE;
        }
        if (sum2 >= 2L * ADLER_BASE) {
            sum2 -= 2L * ADLER_BASE;
        }
        if (sum2 >= ADLER_BASE) {
            sum2 -= ADLER_BASE;
        }
        return sum1 | (sum2 << 16);
    }

    static boolean hasAlpha(BufferedImage image) {
        return switch (image.getType()) {
            case BufferedImage.TYPE_INT_ARGB -> true;
            case BufferedImage.TYPE_INT_RGB -> false;
            default -> throw new IllegalArgumentException("only TYPE_INT_RGB and TYPE_INT_ARGB pictures, not type "
                    + image.getType());
        };
    }

    /** One chunk whose data is the pieces given, in order. */
    private static void chunk(ByteArrayOutputStream png, String type, byte[]... pieces) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        int size = 0;
        for (byte[] piece : pieces) {
            size = Math.addExact(size, piece.length);
        }
        byte[] length = new byte[4];
        putInt(length, 0, size);
        png.writeBytes(length);
        png.writeBytes(typeBytes);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        for (byte[] piece : pieces) {
            png.writeBytes(piece);
            crc.update(piece);
        }
        byte[] checksum = new byte[4];
        putInt(checksum, 0, (int) crc.getValue());
        png.writeBytes(checksum);
    }

    private static void putInt(byte[] target, int offset, int value) {
        target[offset] = (byte) (value >>> 24);
        target[offset + 1] = (byte) (value >>> 16);
        target[offset + 2] = (byte) (value >>> 8);
        target[offset + 3] = (byte) value;
    }
}
