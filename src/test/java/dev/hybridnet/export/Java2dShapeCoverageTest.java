package dev.hybridnet.export;

import dev.hybridnet.render.Drawing;
import dev.hybridnet.render.ShapeCoverage;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;

/** The PNG export, painted with Java2D, draws every kind of shape where it is and nowhere else. */
class Java2dShapeCoverageTest extends ShapeCoverage {

    @Override
    protected Pixels paint(Drawing drawing) throws Exception {
        byte[] png = new PngExporter().export(drawing, SCALE, Background.TRANSPARENT);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int w = image.getWidth();
        int h = image.getHeight();
        return new Pixels(w, h, image.getRGB(0, 0, w, h, null, 0, w));
    }
}
