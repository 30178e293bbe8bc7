package dev.hybridnet.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.samples.HubSpokeGenerator;
import java.awt.geom.Rectangle2D;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.batik.anim.dom.SAXSVGDocumentFactory;
import org.apache.batik.bridge.BridgeContext;
import org.apache.batik.bridge.DocumentLoader;
import org.apache.batik.bridge.GVTBuilder;
import org.apache.batik.bridge.UserAgentAdapter;
import org.apache.batik.gvt.GraphicsNode;
import org.apache.batik.util.XMLResourceDescriptor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.svg.SVGDocument;

/**
 * Every exported SVG is one Batik accepts: it parses as an SVG document and builds a graphics tree with content,
 * with no error or warning reported to the user agent (which is how Batik reports bad references and values).
 */
class BatikBuildTest {

    static Stream<ExportCase> cases() {
        return Stream.concat(ExportCase.samples().stream(), Stream.of(
                new ExportCase("generated-hub-spoke-20", HubSpokeGenerator.generate(20), ExportCase.Style.FULL),
                new ExportCase("generated-hub-spoke-20", HubSpokeGenerator.generate(20), ExportCase.Style.CARD),
                new ExportCase("torture", TortureDiagram.diagram(), ExportCase.Style.FULL),
                new ExportCase("torture", TortureDiagram.diagram(), ExportCase.Style.CARD)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void batikParsesTheSvgAndBuildsANonEmptyGraphicsTree(ExportCase c) throws Exception {
        SAXSVGDocumentFactory factory = new SAXSVGDocumentFactory(XMLResourceDescriptor.getXMLParserClassName());
        SVGDocument document = factory.createSVGDocument("urn:hybridnet:" + c.fileName(), new StringReader(c.svg()));
        RecordingUserAgent agent = new RecordingUserAgent();
        BridgeContext context = new BridgeContext(agent, new DocumentLoader(agent));
        context.setDynamicState(BridgeContext.STATIC);
        try {
            GraphicsNode root = new GVTBuilder().build(context, document);
            assertNotNull(root);
            Rectangle2D bounds = root.getBounds();
            assertNotNull(bounds, "no bounds: nothing is drawn");
            assertTrue(bounds.getWidth() > 0 && bounds.getHeight() > 0, "empty bounds " + bounds);
            Rectangle2D viewBox = new Rectangle2D.Double(c.drawing().viewBox().x(), c.drawing().viewBox().y(),
                    c.drawing().viewBox().width(), c.drawing().viewBox().height());
            assertTrue(bounds.intersects(viewBox), "drawn outside the view box: " + bounds);
            assertEquals(List.of(), agent.problems);
        } finally {
            context.dispose();
        }
    }

    /** Collects what Batik would show a user instead of printing it. */
    private static final class RecordingUserAgent extends UserAgentAdapter {
        final List<String> problems = new ArrayList<>();

        @Override
        public void displayError(String message) {
            problems.add("error: " + message);
        }

        @Override
        public void displayError(Exception e) {
            problems.add("error: " + e);
        }

        @Override
        public void displayMessage(String message) {
            problems.add("message: " + message);
        }
    }
}
