package dev.hybridnet.export;

import dev.hybridnet.geometry.Rect;
import dev.hybridnet.render.Drawing;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;

/**
 * PNG pictures of a drawing, rendered by Apache Batik from the SVG that {@link SvgWriter} writes, so the PNG shows
 * exactly what the SVG shows. Works headless (no display needed). Scale 1 gives one pixel per canvas unit.
 */
public final class PngExporter {

    public static final double MIN_SCALE = 1;
    public static final double MAX_SCALE = 4;
    /** Batik holds the whole raster in memory; refuse pictures beyond this many pixels. */
    public static final long MAX_PIXELS = 100_000_000L;

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
        PNGTranscoder transcoder = new PNGTranscoder();
        transcoder.addTranscodingHint(PNGTranscoder.KEY_WIDTH, width);
        transcoder.addTranscodingHint(PNGTranscoder.KEY_HEIGHT, height);
        if (background == Background.WHITE) {
            transcoder.addTranscodingHint(PNGTranscoder.KEY_BACKGROUND_COLOR, java.awt.Color.WHITE);
        }
        TranscoderInput input = new TranscoderInput(new StringReader(svg));
        input.setURI("urn:hybridnet:export");
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            transcoder.transcode(input, new TranscoderOutput(png));
        } catch (TranscoderException e) {
            throw new ExportException("Batik could not render the picture: " + e.getMessage(), e);
        }
        return png.toByteArray();
    }
}
