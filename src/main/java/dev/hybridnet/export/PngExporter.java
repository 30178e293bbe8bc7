package dev.hybridnet.export;

import dev.hybridnet.geometry.Rect;
import dev.hybridnet.render.Drawing;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.StringReader;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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
    static final int MAX_BANDS = 4;
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
        int w = (int) width;
        int h = (int) height;
        return render(svg, w, h, background, bandCount(w, h, Runtime.getRuntime().availableProcessors()));
    }

    /** The PNG of an SVG document, rendered in {@code count} bands in parallel. */
    static byte[] render(String svg, int w, int h, Background background, int count) throws ExportException {
        List<CompletableFuture<PngEncoder.Band>> others = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            int band = i;
            others.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return renderBand(svg, w, h, band, count, background);
                } catch (ExportException e) {
                    throw new CompletionException(e);
                }
            }));
        }
        List<PngEncoder.Band> bands = new ArrayList<>();
        ExportException failure = null;
        try {
            bands.add(renderBand(svg, w, h, 0, count, background));
        } catch (ExportException e) {
            failure = e;
        }
        for (CompletableFuture<PngEncoder.Band> other : others) {
            try {
                bands.add(other.join());
            } catch (CompletionException e) {
                if (failure == null) {
                    failure = e.getCause() instanceof ExportException export ? export
                            : new ExportException("could not render the picture: " + e.getCause(), e.getCause());
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
        return PngEncoder.assemble(w, h, background != Background.WHITE, bands);
    }

    /**
     * How many horizontal bands to render and compress in parallel: one per core, up to {@value #MAX_BANDS}, for
     * pictures of at least {@value #PARALLEL_PIXELS} pixels with at least {@value #MIN_BAND_ROWS} rows a band.
     * Each band builds its own Batik tree (painting one tree from two threads fails in Batik's text code), so small
     * pictures, where building is most of the work, stay in one band.
     */
    static int bandCount(int width, int height, int cores) {
        if ((long) width * height < PARALLEL_PIXELS) {
            return 1;
        }
        return Math.max(1, Math.min(Math.min(cores, MAX_BANDS), height / MIN_BAND_ROWS));
    }

    /** Renders rows {@code [height * band / count, height * (band + 1) / count)} and compresses them. */
    private static PngEncoder.Band renderBand(String svg, int width, int height, int band, int count,
            Background background) throws ExportException {
        int top = (int) ((long) height * band / count);
        int bottom = (int) ((long) height * (band + 1) / count);
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
        BufferedImage image = paint(tree, builder.transform, width, top, bottom - top, background);
        return PngEncoder.compress(image, band == count - 1);
    }

    /** Paints rows {@code [top, top + rows)} of the picture with the hints of Batik's static renderer. */
    private static BufferedImage paint(GraphicsNode tree, AffineTransform transform, int width, int top, int rows,
            Background background) throws ExportException {
        BufferedImage band = new BufferedImage(width, rows, background == Background.WHITE
                ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_INT_ARGB);
        // Not GraphicsUtil.createGraphics: it sets a clip to the picture, and Batik re-applies any clip as a
        // general path before every text, which makes Java2D rebuild a clip region as tall as the band each time
        // (a third of the painting time on large diagrams). Without a clip Java2D still stops at the band's edges.
        Graphics2D g = band.createGraphics();
        try {
            g.addRenderingHints(HINTS);
            g.setRenderingHint(RenderingHintsKeyExt.KEY_BUFFERED_IMAGE, new WeakReference<>(band));
            if (background == Background.WHITE) {
                g.setPaint(java.awt.Color.WHITE);
                g.fillRect(0, 0, width, rows);
            }
            g.translate(0, -top);
            g.transform(transform);
            tree.paint(g);
        } catch (RuntimeException e) {
            throw new ExportException("Batik could not paint the picture: " + e, e);
        } finally {
            g.dispose();
        }
        return band;
    }

    /**
     * Batik's document loading and tree building ({@link SVGAbstractTranscoder}: the same bridge, user agent and
     * viewBox transform as its {@code PNGTranscoder}). Keeps the static tree and drops the document.
     */
    private static final class TreeBuilder extends SVGAbstractTranscoder {

        private Optional<GraphicsNode> tree = Optional.empty();
        private AffineTransform transform = new AffineTransform();

        @Override
        protected void transcode(Document document, String uri, TranscoderOutput output)
                throws TranscoderException {
            // The root viewport is the whole picture, so clipping to it changes no pixel but costs the same as
            // the clip described in paint(): leave the root unclipped.
            document.getDocumentElement().setAttributeNS(null, "overflow", "visible");
            super.transcode(document, uri, output);
            tree = Optional.ofNullable(root);
            transform = new AffineTransform(curTxf);
            // The static tree paints on its own: let the document and its style data go now, so that garbage
            // collections while painting do not copy them.
            ctx.dispose();
            ctx = null;
            builder = null;
            root = null;
        }
    }
}
