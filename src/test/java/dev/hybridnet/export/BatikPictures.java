package dev.hybridnet.export;

import dev.hybridnet.render.Drawing;
import java.awt.image.BufferedImage;
import java.io.StringReader;
import org.apache.batik.transcoder.SVGAbstractTranscoder;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.ImageTranscoder;

/**
 * Pictures of a drawing's SVG as Apache Batik renders it: the reference the Java2D PNG painter is compared with,
 * and how the tests see what the SVG export shows.
 */
final class BatikPictures {

    private BatikPictures() {
    }

    /** The SVG of {@code drawing} rendered by Batik at {@code width} by {@code height} pixels on {@code background}. */
    static BufferedImage render(Drawing drawing, int width, int height, Background background)
            throws TranscoderException {
        Keeper keeper = new Keeper();
        keeper.addTranscodingHint(SVGAbstractTranscoder.KEY_WIDTH, (float) width);
        keeper.addTranscodingHint(SVGAbstractTranscoder.KEY_HEIGHT, (float) height);
        TranscoderInput input = new TranscoderInput(new StringReader(new SvgWriter().write(drawing, 1, background)));
        input.setURI(PdfExporter.DOCUMENT_URI);
        keeper.transcode(input, null);
        return keeper.image;
    }

    /** Batik's image transcoder, keeping the picture instead of writing it. */
    private static final class Keeper extends ImageTranscoder {

        private BufferedImage image;

        @Override
        public BufferedImage createImage(int width, int height) {
            return new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        }

        @Override
        public void writeImage(BufferedImage picture, TranscoderOutput output) {
            image = picture;
        }
    }
}
