package dev.hybridnet.app;

import dev.hybridnet.geometry.Rect;
import dev.hybridnet.render.Drawing;
import dev.hybridnet.render.Shape;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;

/** The icon set as JavaFX images for the palette and menus, painted by the same painter as the canvas. */
final class IconImages {

    /** Larger icons are drawn as paths; zooming far in shows few of them. */
    static final int MAX_CACHED = 256;
    private static final int CAPACITY = 512;

    private final DrawingPainter painter = new DrawingPainter();
    private final Map<String, Image> cache = new java.util.LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Image> eldest) {
            return size() > CAPACITY;
        }
    };

    /**
     * The icon {@code name} painted on a canvas of its own, {@code size} pixels wide, for a control that shows it
     * once (the palette): no picture is made of it, since each picture is a render pass of its own, which at
     * start-up cost about a millisecond an icon (FX thread only).
     */
    Canvas canvas(String name, int size) {
        Canvas canvas = new Canvas(size, size);
        painter.paint(canvas.getGraphicsContext2D(), drawing(name, size), Optional.empty());
        return canvas;
    }

    private static Drawing drawing(String name, int size) {
        return new Drawing(new Rect(0, 0, size, size), List.of(new Shape.Icon(name, new Rect(0, 0, size, size))), name,
                name);
    }

    /** The icon {@code name} as a square image {@code size} pixels wide (FX thread only). */
    Image icon(String name, int size) {
        return cache.computeIfAbsent(name + "@" + size, k -> {
            Canvas canvas = canvas(name, size);
            SnapshotParameters params = new SnapshotParameters();
            params.setFill(Color.TRANSPARENT);
            return canvas.snapshot(params, null);
        });
    }
}
