package dev.hybridnet.export;

import dev.hybridnet.geometry.Rect;
import dev.hybridnet.render.Drawing;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.ImageTranscoder;

/**
 * PNG pictures of a drawing, rendered by Apache Batik from the SVG that {@link SvgWriter} writes, so the PNG shows
 * exactly what the SVG shows. Works headless (no display needed). Scale 1 gives one pixel per canvas unit.
 */
public final class PngExporter {

    public static final double MIN_SCALE = 1;
    public static final double MAX_SCALE = 4;
    /** Batik holds the whole raster in memory; refuse pictures beyond this many pixels. */
    public static final long MAX_PIXELS = 100_000_000L;
    /** ImageIO's scale: 1 stores, 0 squeezes hardest; 0.75 is a fast deflate level with near-best size. */
    private static final float COMPRESSION_QUALITY = 0.75f;

    private final SvgWriter svgWriter = new SvgWriter();

    public byte[] export(Drawing drawing, double scale, Background background) throws ExportException {
        if (!(scale >= MIN_SCALE && scale <= MAX_SCALE)) {
            throw new IllegalArgumentException("scale must be between 1 and 4, not " + scale);
        }
        Rect box = drawing.viewBox();
        float width = (float) Math.ceil(box.width() * scale);
        float height = (float) Math.ceil(box.height() * scale);
        if ((double) width * height > MAX_PIXELS) {
            throw new ExportException(String.format(java.util.Locale.ROOT, "the picture would be %.0f x %.0f "
                    + "pixels, more than %d million; export SVG or a smaller scale", width, height,
                    MAX_PIXELS / 1_000_000), null);
        }
        String svg = svgWriter.write(drawing, 1, background);
        Raster raster = new Raster(background);
        raster.addTranscodingHint(ImageTranscoder.KEY_WIDTH, width);
        raster.addTranscodingHint(ImageTranscoder.KEY_HEIGHT, height);
        if (background == Background.WHITE) {
            raster.addTranscodingHint(ImageTranscoder.KEY_BACKGROUND_COLOR, java.awt.Color.WHITE);
        }
        TranscoderInput input = new TranscoderInput(new StringReader(svg));
        input.setURI("urn:hybridnet:export");
        try {
            raster.transcode(input, null);
        } catch (TranscoderException e) {
            throw new ExportException("Batik could not render the picture: " + e.getMessage(), e);
        }
        return encode(raster.image.orElseThrow(() -> new ExportException("Batik rendered no picture", null)));
    }

    /**
     * PNG bytes through ImageIO with a fast deflate level: Batik's own PNG encoder tries every row filter at the
     * highest compression and takes several seconds on large diagrams, for files only a few percent smaller.
     */
    private static byte[] encode(BufferedImage image) throws ExportException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(COMPRESSION_QUALITY);
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            try (ImageOutputStream out = new MemoryCacheImageOutputStream(png)) {
                writer.setOutput(out);
                writer.write(null, new IIOImage(image, null, null), param);
            }
            return png.toByteArray();
        } catch (IOException e) {
            throw new ExportException("could not encode the PNG: " + e.getMessage(), e);
        } finally {
            writer.dispose();
        }
    }

    /** Batik's rasteriser, keeping the picture instead of writing it. */
    private static final class Raster extends ImageTranscoder {

        private final Background background;
        private Optional<BufferedImage> image = Optional.empty();

        Raster(Background background) {
            this.background = background;
        }

        @Override
        public BufferedImage createImage(int w, int h) {
            return new BufferedImage(w, h, background == Background.WHITE ? BufferedImage.TYPE_INT_RGB
                    : BufferedImage.TYPE_INT_ARGB);
        }

        @Override
        public void writeImage(BufferedImage img, TranscoderOutput output) {
            image = Optional.of(img);
        }
    }
}
