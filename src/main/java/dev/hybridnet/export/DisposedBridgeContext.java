package dev.hybridnet.export;

import org.apache.batik.bridge.BridgeContext;
import org.apache.batik.bridge.UserAgent;

/**
 * A Batik bridge context that its owner always disposes, and that the garbage collector can therefore reclaim
 * like any other object.
 *
 * <p>Batik's {@link BridgeContext} has a finalizer (it calls {@code dispose()} for contexts nobody disposed), and
 * its {@code dispose()} keeps the document. So every context the PNG exporter made, even disposed, kept its band's
 * whole SVG document alive until the finalizer thread got to it: each young collection had to copy those
 * documents to survivor space (JVM log: "Notify and keep alive finalizable", 130 ms in one pause) and then
 * promote them. This class declares an empty finalizer, which tells the JVM not to register its instances for
 * finalization at all, and lets go of the document and the builder when disposed. The PNG exporter disposes each
 * context in a {@code finally} block, so nothing relies on the finalizer. See
 * docs/decisions/0010-png-gc-friendly-batik.md.
 */
final class DisposedBridgeContext extends BridgeContext {

    DisposedBridgeContext(UserAgent userAgent) {
        super(userAgent);
    }

    @Override
    public void dispose() {
        super.dispose();
        document = null;
        gvtBuilder = null;
        textPainter = null;
        documentLoader = null;
    }

    /** Empty on purpose: see the class comment. The owner calls {@link #dispose()}. */
    @Override
    @SuppressWarnings({"deprecation", "removal"})
    protected void finalize() {
        // Nothing: an empty finalizer keeps instances out of the JVM's finalization queue.
    }
}
