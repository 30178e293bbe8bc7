package dev.hybridnet.export;

import dev.hybridnet.render.Drawing;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/** The picture formats we write, chosen by the output file's extension. */
public enum PictureFormat {
    SVG(".svg"),
    PNG(".png");

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

    /** The bytes of the picture: UTF-8 SVG text or PNG. */
    public byte[] encode(Drawing drawing, double scale, Background background) throws ExportException {
        return this == PNG ? new PngExporter().export(drawing, scale, background)
                : new SvgWriter().write(drawing, scale, background).getBytes(StandardCharsets.UTF_8);
    }
}
