package dev.hybridnet.export;

import dev.hybridnet.geometry.Rect;
import dev.hybridnet.geometry.Size;
import dev.hybridnet.render.Drawing;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import org.apache.batik.bridge.BridgeContext;
import org.apache.batik.transcoder.SVGAbstractTranscoder;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.fop.svg.AbstractFOPTranscoder;
import org.apache.fop.svg.PDFTranscoder;

/**
 * One-page vector PDFs of a drawing, painted by Apache FOP's {@link PDFTranscoder} from the SVG that
 * {@link SvgWriter} writes, so the PDF shows what the SVG shows: paths stay paths and labels are PDF text in the
 * standard Helvetica (no font is embedded, and the words can be searched and copied). See
 * docs/decisions/0020-pdf-export.md.
 */
public final class PdfExporter {

    /** One SVG pixel is one PDF point. */
    private static final float POINT_IN_MILLIMETRES = 25.4f / 72;
    /**
     * The address Batik resolves the icons' {@code <use href="#...">} against. Our SVG refers to nothing outside
     * itself, and Batik's transcoders load no external resource by default. A {@code file:} address resolves in
     * a few microseconds; an unregistered scheme such as {@code urn:} sent Batik searching the class path for a
     * protocol handler at every {@code <use>}.
     */
    static final String DOCUMENT_URI = "file:/hybridnet/export.svg";

    /** The PDF of {@code drawing} on a page of {@code size}; a white background covers the whole page. */
    public byte[] export(Drawing drawing, PageSize size, Background background) throws ExportException {
        Rect box = drawing.viewBox();
        PageFit fit = size.fit(new Size(box.width(), box.height()));
        Drawing onPage = new Drawing(fit.pageViewBox(box), drawing.shapes(), drawing.title(), drawing.description());
        String svg = new SvgWriter().write(onPage, 1, background);
        PDFTranscoder transcoder = new TitledTranscoder(drawing.title());
        transcoder.addTranscodingHint(SVGAbstractTranscoder.KEY_WIDTH, (float) fit.page().width());
        transcoder.addTranscodingHint(SVGAbstractTranscoder.KEY_HEIGHT, (float) fit.page().height());
        transcoder.addTranscodingHint(SVGAbstractTranscoder.KEY_PIXEL_UNIT_TO_MILLIMETER, POINT_IN_MILLIMETRES);
        // The standard fonts only: searching the system's fonts is slow and would make the file differ by machine.
        transcoder.addTranscodingHint(AbstractFOPTranscoder.KEY_AUTO_FONTS, false);
        TranscoderInput input = new TranscoderInput(new StringReader(svg));
        input.setURI(DOCUMENT_URI);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            transcoder.transcode(input, new TranscoderOutput(out));
        } catch (TranscoderException e) {
            throw new ExportException("could not make the PDF: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new ExportException("could not make the PDF: " + e, e);
        }
        return out.toByteArray();
    }

    /** FOP's transcoder, giving the document the drawing's title (the SVG's {@code <title>} is not carried over). */
    private static final class TitledTranscoder extends PDFTranscoder {

        private final String title;

        TitledTranscoder(String title) {
            this.title = title;
        }

        // Batik asks for a bridge context once the PDF document exists and before anything is written.
        @Override
        protected BridgeContext createBridgeContext() {
            graphics.getPDFDocument().getInfo().setTitle(title);
            return super.createBridgeContext();
        }

        @Override
        public BridgeContext createBridgeContext(String svgVersion) {
            graphics.getPDFDocument().getInfo().setTitle(title);
            return super.createBridgeContext(svgVersion);
        }
    }
}
