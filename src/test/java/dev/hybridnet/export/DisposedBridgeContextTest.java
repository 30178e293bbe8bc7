package dev.hybridnet.export;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.StringReader;
import java.lang.ref.PhantomReference;
import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import org.apache.batik.anim.dom.SAXSVGDocumentFactory;
import org.apache.batik.bridge.BridgeContext;
import org.apache.batik.bridge.GVTBuilder;
import org.apache.batik.bridge.UserAgentAdapter;
import org.apache.batik.gvt.GraphicsNode;
import org.apache.batik.util.XMLResourceDescriptor;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class DisposedBridgeContextTest {

    private static final String SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100\" height=\"40\">"
            + "<rect width=\"50\" height=\"20\" fill=\"#3A99C6\"/><text x=\"4\" y=\"30\">hub</text></svg>";

    @Test
    void disposingLetsGoOfTheDocument() throws Exception {
        Document document = parse();
        BridgeContext context = new DisposedBridgeContext(new UserAgentAdapter());
        GraphicsNode tree = new GVTBuilder().build(context, document);
        assertNotNull(tree);
        assertSame(document, context.getDocument());
        context.dispose();
        assertNull(context.getDocument());
    }

    /**
     * The point of the class: once disposed and dropped, its document can go in the next collection. Batik's own
     * context is finalizable and keeps the document until its finalizer has run and another collection has
     * happened; with it, this test fails (the phantom reference is not queued after one collection).
     */
    @Test
    void aDisposedContextsDocumentGoesInTheNextCollection() throws Exception {
        ReferenceQueue<Document> queue = new ReferenceQueue<>();
        PhantomReference<Document> document = buildAndDispose(queue);
        System.gc();
        Reference<? extends Document> queued = queue.remove(10_000);
        assertSame(document, queued, "the document was not collected in the first collection");
    }

    /** Builds a tree with a new context, disposes the context, and keeps nothing but a phantom of the document. */
    private static PhantomReference<Document> buildAndDispose(ReferenceQueue<Document> queue) throws Exception {
        Document document = parse();
        BridgeContext context = new DisposedBridgeContext(new UserAgentAdapter());
        new GVTBuilder().build(context, document);
        context.dispose();
        return new PhantomReference<>(document, queue);
    }

    private static Document parse() throws Exception {
        SAXSVGDocumentFactory factory = new SAXSVGDocumentFactory(XMLResourceDescriptor.getXMLParserClassName());
        return factory.createDocument("file:/hybridnet/test.svg", new StringReader(SVG));
    }
}
