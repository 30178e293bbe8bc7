package dev.hybridnet.editor;

import dev.hybridnet.geometry.Point;
import java.util.Objects;
import java.util.Set;

/**
 * A wheel or touchpad scroll at a screen point, in pixels (a wheel notch is about 40). With Control or Meta it
 * zooms around the pointer; otherwise it pans.
 */
public record ScrollEvent(Point screen, double deltaX, double deltaY, Set<Modifier> modifiers) {

    public ScrollEvent {
        Objects.requireNonNull(screen, "screen");
        if (!Double.isFinite(deltaX) || !Double.isFinite(deltaY)) {
            throw new IllegalArgumentException("scroll deltas must be finite");
        }
        modifiers = Set.copyOf(modifiers);
    }

    public boolean zooms() {
        return modifiers.contains(Modifier.CONTROL) || modifiers.contains(Modifier.META);
    }
}
