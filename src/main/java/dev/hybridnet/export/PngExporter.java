package dev.hybridnet.export;

import dev.hybridnet.geometry.Rect;
import dev.hybridnet.render.Drawing;
import dev.hybridnet.render.Shape;
import dev.hybridnet.render.ShapeBounds;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.StringReader;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.batik.anim.dom.SVGOMDocument;
import org.apache.batik.bridge.BridgeContext;
import org.apache.batik.ext.awt.RenderingHintsKeyExt;
import org.apache.batik.gvt.GraphicsNode;
import org.apache.batik.transcoder.SVGAbstractTranscoder;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.w3c.dom.Document;

/**
 * PNG pictures of a drawing, rendered by Apache Batik from the SVG that {@link SvgWriter} writes, so the PNG shows
 * exactly what the SVG shows. Works headless (no display needed). Scale 1 gives one pixel per canvas unit.
 *
 * <p>Large pictures are split into horizontal bands, one per core: each band is built, painted and compressed on
 * its own thread and {@link PngEncoder} joins the compressed bands into one PNG. The pixels are the same as one
 * band would give; only the time changes (see docs/decisions/0008-png-in-parallel-bands.md).
 */
public final class PngExporter {

    public static final double MIN_SCALE = 1;
    public static final double MAX_SCALE = 4;
    /** Batik holds the whole raster in memory; refuse pictures beyond this many pixels. */
    public static final long MAX_PIXELS = 100_000_000L;
    /** Pictures smaller than this are rendered in one band: building a second Batik tree would cost more. */
    static final long PARALLEL_PIXELS = 2_000_000L;
    static final int MAX_BANDS = 8;
    static final int MIN_BAND_ROWS = 256;
    /** The hints of Batik's static renderer, which its image transcoders paint with. */
    private static final RenderingHints HINTS = new RenderingHints(Map.of(
            RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON,
            RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR));
    /**
     * The address Batik resolves the icons' {@code <use href="#...">} against. Our SVG refers to nothing outside
     * itself, and Batik's transcoders load no external resource by default. A {@code file:} address resolves in
     * a few microseconds; an unregistered scheme such as {@code urn:} sent Batik searching the class path for a
     * protocol handler at every {@code <use>}, 40% of the tree-building time on large diagrams.
     */
    static final String DOCUMENT_URI = "file:/hybridnet/export.svg";

    public byte[] export(Drawing drawing, double scale, Background background) throws ExportException {
        if (!(scale >= MIN_SCALE && scale <= MAX_SCALE)) {
            throw new IllegalArgumentException("scale must be between 1 and 4, not " + scale);
        }
        Rect box = drawing.viewBox();
        float width = (float) Math.ceil(box.width() * scale);
        float height = (float) Math.ceil(box.height() * scale);
        if ((double) width * height > MAX_PIXELS) {
            double fits = Math.floor(Math.sqrt(MAX_PIXELS / (box.width() * box.height())) * 10) / 10;
            while (fits >= MIN_SCALE && Math.ceil(box.width() * fits) * Math.ceil(box.height() * fits) > MAX_PIXELS) {
                fits = Math.round((fits - 0.1) * 10) / 10.0;
            }
            String advice = fits >= MIN_SCALE ? String.format(java.util.Locale.ROOT, "export SVG, or PNG at "
                    + "--scale %s or less", fits == Math.rint(fits) ? String.valueOf((long) fits)
                    : String.valueOf(fits)) : "export SVG: this diagram is too large for PNG at any scale";
            throw new ExportException(String.format(java.util.Locale.ROOT, "the picture would be %.0f x %.0f "
                    + "pixels, more than %d million; %s", width, height, MAX_PIXELS / 1_000_000, advice), null);
        }
        int w = (int) width;
        int h = (int) height;
        int cores = Runtime.getRuntime().availableProcessors();
        return render(drawing, w, h, background, bandCount(w, h, cores), cores, scale);
    }

    /** As {@link #render(Drawing, int, int, Background, int, int, double)} at scale 1 (96 dots per inch). */
    static byte[] render(Drawing drawing, int w, int h, Background background, int count, int workers)
            throws ExportException {
        return render(drawing, w, h, background, count, workers, 1);
    }

    /**
     * The PNG of a drawing, {@code w} by {@code h} pixels, rendered in {@code count} bands in parallel. Each band
     * is rendered from an SVG document holding only the shapes that can reach its rows ({@link #shapesFor}). The
     * file records the scale as its physical pixel size (pHYs: scale 1 is 96 dots per inch).
     */
    static byte[] render(Drawing drawing, int w, int h, Background background, int count, int workers, double scale)
            throws ExportException {
        PngEncoder.Band[] bands = new PngEncoder.Band[count];
        AtomicInteger next = new AtomicInteger();
        AtomicReference<ExportException> failure = new AtomicReference<>();
        Runnable work = () -> {
            // One picture buffer per thread, reused for each of its bands: large rasters are costly to allocate
            // (the collector gives each its own regions).
            BufferedImage canvas = null;
            for (int band = next.getAndIncrement(); band < count && failure.get() == null;
                    band = next.getAndIncrement()) {
                try {
                    if (canvas == null) {
                        canvas = new BufferedImage(w, (h + count - 1) / count, background == Background.WHITE
                                ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_INT_ARGB);
                    }
                    bands[band] = renderBand(drawing, w, h, band, count, background, canvas);
                } catch (ExportException e) {
                    failure.compareAndSet(null, e);
                } catch (RuntimeException | OutOfMemoryError e) {
                    failure.compareAndSet(null, new ExportException("could not render the picture: " + e, e));
                }
            }
        };
        List<Thread> helpers = new ArrayList<>();
        for (int i = 1; i < Math.min(workers, count); i++) {
            Thread helper = new Thread(work, "png-band-" + i);
            helper.setDaemon(true);
            helper.start();
            helpers.add(helper);
        }
        work.run();
        try {
            for (Thread helper : helpers) {
                helper.join();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure.compareAndSet(null, new ExportException("the export was interrupted", e));
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        return PngEncoder.assemble(w, h, background != Background.WHITE, PngEncoder.pixelsPerMetre(scale),
                List.of(bands));
    }

    /**
     * How many horizontal bands to cut a picture into: two per core, up to {@value #MAX_BANDS}, for pictures of at
     * least {@value #PARALLEL_PIXELS} pixels with at least {@value #MIN_BAND_ROWS} rows a band. Each core takes
     * its bands one after the other, so it holds the Batik tree of one band (a quarter of the picture's shapes with
     * two cores) rather than half; the garbage collector then has less to copy. Each band builds its own tree
     * (painting one tree from two threads fails in Batik's text code), so small pictures, where building is most
     * of the work, stay in one band.
     */
    static int bandCount(int width, int height, int cores) {
        if ((long) width * height < PARALLEL_PIXELS) {
            return 1;
        }
        return Math.max(1, Math.min(Math.min(2 * cores, MAX_BANDS), height / MIN_BAND_ROWS));
    }

    /** Renders rows {@code [height * band / count, height * (band + 1) / count)} and compresses them. */
    private static PngEncoder.Band renderBand(Drawing drawing, int width, int height, int band, int count,
            Background background, BufferedImage canvas) throws ExportException {
        int top = (int) ((long) height * band / count);
        int bottom = (int) ((long) height * (band + 1) / count);
        String svg = new SvgWriter().write(count == 1 ? drawing : shapesFor(drawing, width, height, top, bottom), 1,
                background);
        TreeBuilder builder = new TreeBuilder();
        builder.addTranscodingHint(SVGAbstractTranscoder.KEY_WIDTH, (float) width);
        builder.addTranscodingHint(SVGAbstractTranscoder.KEY_HEIGHT, (float) height);
        TranscoderInput input = new TranscoderInput(new StringReader(svg));
        input.setURI(DOCUMENT_URI);
        try {
            builder.transcode(input, null);
        } catch (TranscoderException e) {
            throw new ExportException("Batik could not render the picture: " + e.getMessage(), e);
        }
        GraphicsNode tree = builder.tree.orElseThrow(() -> new ExportException("Batik built no picture", null));
        paint(tree, builder.transform, canvas, top, bottom - top, background);
        return PngEncoder.compress(canvas, bottom - top, band == count - 1);
    }

    /**
     * The drawing with only the shapes whose bounds ({@link ShapeBounds}) reach pixel rows {@code [top, bottom)} of
     * a {@code width} by {@code height} picture of it, in their painting order; a group keeps only such children.
     * The view box is unchanged, so the band's pixels are those of the whole picture. The bounds are grown
     * generously (text bounds are estimates), so a shape that could touch the band is never left out; shapes
     * whose bounds are unknown are kept.
     */
    static Drawing shapesFor(Drawing drawing, int width, int height, int top, int bottom) {
        Rect box = drawing.viewBox();
        // Batik fits the view box into the picture and centres it (preserveAspectRatio "xMidYMid meet"); the
        // picture was rounded up to whole pixels, so the offset is below one pixel. Allow one on each side.
        double perUnit = Math.min(width / box.width(), height / box.height());
        double fromY = box.y() + (top - 1) / perUnit;
        double toY = box.y() + (bottom + 1) / perUnit;
        List<Shape> kept = keep(drawing.shapes(), fromY, toY);
        return new Drawing(box, kept, drawing.title(), drawing.description());
    }

    /** Canvas units added around every shape's bounds, for anti-aliasing and rounding. */
    private static final double CULL_MARGIN = 4;

    private static List<Shape> keep(List<Shape> shapes, double fromY, double toY) {
        List<Shape> kept = new ArrayList<>();
        for (Shape shape : shapes) {
            if (shape instanceof Shape.Group group) {
                List<Shape> children = keep(group.children(), fromY, toY);
                if (!children.isEmpty()) {
                    kept.add(children.size() == group.children().size() ? group
                            : new Shape.Group(group.id(), group.role(), children));
                }
            } else if (reaches(shape, fromY, toY)) {
                kept.add(shape);
            }
        }
        return kept;
    }

    private static boolean reaches(Shape shape, double fromY, double toY) {
        double above;
        double below;
        if (shape instanceof Shape.Text text) {
            // The estimate covers one font size above the baseline and 0.3 below; fonts picked as fallbacks
            // (accents, other scripts) can reach further, so allow twice the size above and one below.
            double size = text.font().size();
            above = text.at().y() - 2 * size;
            below = text.at().y() + size;
        } else {
            Optional<Rect> bounds = ShapeBounds.of(shape);
            if (bounds.isEmpty()) {
                return true;
            }
            above = bounds.get().y();
            below = bounds.get().maxY();
        }
        return below + CULL_MARGIN > fromY && above - CULL_MARGIN < toY;
    }

    /**
     * Paints rows {@code [top, top + rows)} of the picture into the first rows of {@code band}, with the hints of
     * Batik's static renderer. Those rows are first set to the background: white, or transparent.
     */
    private static void paint(GraphicsNode tree, AffineTransform transform, BufferedImage band, int top, int rows,
            Background background) throws ExportException {
        int width = band.getWidth();
        int[] pixels = ((DataBufferInt) band.getRaster().getDataBuffer()).getData();
        Arrays.fill(pixels, 0, width * rows, background == Background.WHITE ? 0xFFFFFFFF : 0);
        // Not GraphicsUtil.createGraphics: it sets a clip to the picture, and Batik re-applies any clip as a
        // general path before every text, which makes Java2D rebuild a clip region as tall as the band each time
        // (a third of the painting time on large diagrams). Without a clip Java2D still stops at the band's edges.
        // Rows past {@code rows} (a reused buffer is a row taller than a short band) may get paint; nobody reads them.
        Graphics2D g = band.createGraphics();
        try {
            g.addRenderingHints(HINTS);
            g.setRenderingHint(RenderingHintsKeyExt.KEY_BUFFERED_IMAGE, new WeakReference<>(band));
            g.translate(0, -top);
            g.transform(transform);
            tree.paint(g);
        } catch (RuntimeException e) {
            throw new ExportException("Batik could not paint the picture: " + e, e);
        } finally {
            g.dispose();
        }
    }

    /**
     * Batik's document loading and tree building ({@link SVGAbstractTranscoder}: the same bridge, user agent and
     * viewBox transform as its {@code PNGTranscoder}). Keeps the static tree and drops the document.
     */
    private static final class TreeBuilder extends SVGAbstractTranscoder {

        private Optional<GraphicsNode> tree = Optional.empty();
        private AffineTransform transform = new AffineTransform();

        @Override
        protected BridgeContext createBridgeContext(SVGOMDocument document) {
            // Our SVG is 1.1; an SVG 1.2 document would need Batik's own 1.2 context.
            BridgeContext context = document.isSVG12() ? super.createBridgeContext(document)
                    : new DisposedBridgeContext(userAgent);
            context.setTextPainter(new PlainTextPainter());
            return context;
        }

        @Override
        protected void transcode(Document document, String uri, TranscoderOutput output)
                throws TranscoderException {
            // The root viewport is the whole picture, so clipping to it changes no pixel but costs the same as
            // the clip described in paint(): leave the root unclipped.
            document.getDocumentElement().setAttributeNS(null, "overflow", "visible");
            try {
                super.transcode(document, uri, output);
                tree = Optional.ofNullable(root);
                transform = new AffineTransform(curTxf);
            } finally {
                // The static tree paints on its own. The context is disposed here, also when building failed:
                // DisposedBridgeContext has no finalizer to do it later.
                if (ctx != null) {
                    ctx.dispose();
                }
                ctx = null;
                builder = null;
                root = null;
            }
        }
    }
}
