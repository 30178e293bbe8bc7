package dev.hybridnet.export;

import dev.hybridnet.render.Drawing;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/** The picture formats we write, chosen by the output file's extension. */
public enum PictureFormat {
    SVG(".svg"),
    PNG(".png"),
    PDF(".pdf");

    private final String extension;

    PictureFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** The format a file name asks for by its extension (case-insensitive), if any. */
    public static Optional<PictureFormat> ofFileName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        for (PictureFormat format : values()) {
            if (lower.endsWith(format.extension)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /**
     * Starts, on another thread, what encoding in this format will need and can find before the drawing is made:
     * PNG's fonts. Call it before drawing the picture; encoding works the same without it, only later.
     */
    public void prepareAhead() {
        if (this == PNG) {
            Java2dPainter.prepareFontsAhead();
        }
    }

    /** The bytes of the picture: UTF-8 SVG text, PNG, or PDF on a page of the picture's size. */
    public byte[] encode(Drawing drawing, double scale, Background background) throws ExportException {
        return encode(drawing, scale, background, PageSize.PICTURE);
    }

    /** The bytes of the picture; {@code page} is the PDF's page (SVG and PNG have none), {@code scale} PNG's and SVG's. */
    public byte[] encode(Drawing drawing, double scale, Background background, PageSize page) throws ExportException {
        return switch (this) {
            case PNG -> new PngExporter().export(drawing, scale, background);
            case PDF -> new PdfExporter().export(drawing, page, background);
            case SVG -> new SvgWriter().write(drawing, scale, background).getBytes(StandardCharsets.UTF_8);
        };
    }
}
