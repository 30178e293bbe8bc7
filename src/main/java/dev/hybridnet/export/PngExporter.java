package dev.hybridnet.export;

import dev.hybridnet.geometry.Rect;
import dev.hybridnet.render.Drawing;
import dev.hybridnet.render.Shape;
import dev.hybridnet.render.ShapeBounds;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * PNG pictures of a drawing, painted with Java2D by {@link Java2dPainter} from the same display list the SVG export
 * writes, shape for shape as {@link SvgWriter} describes it (see docs/decisions/0024-png-with-java2d.md). Works
 * headless (no display needed). Scale 1 gives one pixel per canvas unit.
 *
 * <p>Large pictures are split into horizontal bands, one per core: each band is painted and compressed on its own
 * thread and {@link PngEncoder} joins the compressed bands into one PNG. The pixels are the same as one band would
 * give; only the time changes (see docs/decisions/0008-png-in-parallel-bands.md).
 */
public final class PngExporter {

    public static final double MIN_SCALE = 1;
    public static final double MAX_SCALE = 4;
    /** The whole raster is held in memory; refuse pictures beyond this many pixels. */
    public static final long MAX_PIXELS = 100_000_000L;
    /** Pictures smaller than this are rendered in one band: starting a second thread would cost more. */
    static final long PARALLEL_PIXELS = 2_000_000L;
    static final int MAX_BANDS = 8;
    static final int MIN_BAND_ROWS = 256;

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
     * its bands one after the other, painting only the shapes that reach the band; small pictures, where starting
     * threads would cost more than it saves, stay in one band.
     */
    static int bandCount(int width, int height, int cores) {
        if ((long) width * height < PARALLEL_PIXELS) {
            return 1;
        }
        return Math.max(1, Math.min(Math.min(2 * cores, MAX_BANDS), height / MIN_BAND_ROWS));
    }

    /** Renders rows {@code [height * band / count, height * (band + 1) / count)} and compresses them. */
    private static PngEncoder.Band renderBand(Drawing drawing, int width, int height, int band, int count,
            Background background, BufferedImage canvas) {
        int top = (int) ((long) height * band / count);
        int bottom = (int) ((long) height * (band + 1) / count);
        paint(count == 1 ? drawing : shapesFor(drawing, width, height, top, bottom), fit(drawing.viewBox(), width,
                height), canvas, top, bottom - top, background);
        return PngEncoder.compress(canvas, bottom - top, band == count - 1);
    }

    /**
     * Drawing units to pixels of a {@code width} by {@code height} picture: the view box fitted in and centred with
     * one scale for both axes, as SVG's default {@code preserveAspectRatio="xMidYMid meet"} places it (the picture
     * was rounded up to whole pixels, so the offset is below one pixel).
     */
    static AffineTransform fit(Rect box, int width, int height) {
        double perUnit = Math.min(width / box.width(), height / box.height());
        AffineTransform transform = AffineTransform.getTranslateInstance((width - box.width() * perUnit) / 2,
                (height - box.height() * perUnit) / 2);
        transform.scale(perUnit, perUnit);
        transform.translate(-box.x(), -box.y());
        return transform;
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
        // The view box is fitted into the picture and centred ({@link #fit}); the picture was rounded up to whole
        // pixels, so the offset is below one pixel. Allow one on each side.
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
     * Paints rows {@code [top, top + rows)} of the picture into the first rows of {@code band} with
     * {@link Java2dPainter}. Those rows are first set to the background: white, or transparent.
     */
    private static void paint(Drawing drawing, AffineTransform transform, BufferedImage band, int top, int rows,
            Background background) {
        int width = band.getWidth();
        int[] pixels = ((DataBufferInt) band.getRaster().getDataBuffer()).getData();
        Arrays.fill(pixels, 0, width * rows, background == Background.WHITE ? 0xFFFFFFFF : 0);
        // No clip: Java2D stops at the band's edges anyway. Rows past {@code rows} (a reused buffer is a row
        // taller than a short band) may get paint; nobody reads them.
        Graphics2D g = band.createGraphics();
        try {
            Java2dPainter.prepare(g);
            g.translate(0, -top);
            g.transform(transform);
            new Java2dPainter().paint(g, drawing);
        } finally {
            g.dispose();
        }
    }
}
