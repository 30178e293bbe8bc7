package dev.hybridnet.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.StringReader;
import org.apache.batik.anim.dom.SAXSVGDocumentFactory;
import org.apache.batik.bridge.BridgeContext;
import org.apache.batik.bridge.GVTBuilder;
import org.apache.batik.bridge.UserAgentAdapter;
import org.apache.batik.gvt.GraphicsNode;
import org.apache.batik.util.XMLResourceDescriptor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;

class PlainTextPainterTest {

    /** Text with and without each decoration paints the same pixels with our painter as with Batik's own. */
    @ParameterizedTest
    @ValueSource(strings = {"none", "underline", "overline", "line-through"})
    void paintsWhatBatiksOwnTextPainterPaints(String decoration) throws Exception {
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"240\" height=\"80\">"
                + "<text x=\"10\" y=\"30\" font-family=\"sans-serif\" font-size=\"18\" text-decoration=\""
                + decoration + "\" fill=\"#000000\">Gateway subnet</text>"
                + "<text x=\"10\" y=\"60\" font-size=\"14\" fill=\"#3A99C6\">plain <tspan text-decoration=\""
                + decoration + "\" stroke=\"#FF0000\">span</tspan> end</text></svg>";
        GraphicsNode batikTree = build(svg, false);
        GraphicsNode ourTree = build(svg, true);
        // Bounds and outlines include the decorations, which is where this painter takes its short cut.
        assertEquals(batikTree.getBounds(), ourTree.getBounds(), "bounds");
        assertEquals(batikTree.getOutline().getBounds2D(), ourTree.getOutline().getBounds2D(), "outline");
        int[] batik = paint(svg, false);
        int[] ours = paint(svg, true);
        int differing = 0;
        for (int i = 0; i < batik.length; i++) {
            differing += batik[i] == ours[i] ? 0 : 1;
        }
        assertEquals(0, differing, "pixels that differ from Batik's painter");
        long dark = java.util.Arrays.stream(ours).filter(p -> (p & 0xFF) < 128).count();
        assertTrue(dark > 100, "the text should be painted: " + dark + " dark pixels");
    }

    @ParameterizedTest
    @ValueSource(strings = {"underline", "line-through"})
    void aDecorationIsPainted(String decoration) throws Exception {
        String plain = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"240\" height=\"40\">"
                + "<text x=\"10\" y=\"25\" font-size=\"18\" fill=\"#000000\">Gateway subnet</text></svg>";
        String decorated = plain.replace("<text ", "<text text-decoration=\"" + decoration + "\" ");
        long plainDark = java.util.Arrays.stream(paint(plain, true)).filter(p -> (p & 0xFF) < 128).count();
        long decoratedDark = java.util.Arrays.stream(paint(decorated, true)).filter(p -> (p & 0xFF) < 128).count();
        assertTrue(decoratedDark > plainDark + 50, decoration + ": " + decoratedDark + " dark pixels against "
                + plainDark + " without it");
    }

    private static GraphicsNode build(String svg, boolean plainPainter) throws Exception {
        SAXSVGDocumentFactory factory = new SAXSVGDocumentFactory(XMLResourceDescriptor.getXMLParserClassName());
        Document document = factory.createDocument(PngExporter.DOCUMENT_URI, new StringReader(svg));
        BridgeContext context = new BridgeContext(new UserAgentAdapter());
        if (plainPainter) {
            context.setTextPainter(new PlainTextPainter());
        }
        return new GVTBuilder().build(context, document);
    }

    private static int[] paint(String svg, boolean plainPainter) throws Exception {
        GraphicsNode tree = build(svg, plainPainter);
        BufferedImage image = new BufferedImage(240, 80, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(java.awt.Color.WHITE);
        g.fillRect(0, 0, 240, 80);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        tree.paint(g);
        g.dispose();
        return image.getRGB(0, 0, 240, 80, null, 0, 240);
    }
}
