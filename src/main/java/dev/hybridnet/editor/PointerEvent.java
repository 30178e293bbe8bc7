package dev.hybridnet.editor;

import dev.hybridnet.geometry.Point;
import java.util.Objects;
import java.util.Set;

/**
 * A mouse or pen event as the tools see it, in screen (view) pixels, whatever toolkit produced it. A drag is a
 * move with a button held; the shell sends {@link Type#DRAG} for it and {@link Type#MOVE} otherwise.
 */
public record PointerEvent(Point screen, Button button, Set<Modifier> modifiers, Type type) {

    /** The button that was pressed or released, or held during a drag; {@code NONE} for a plain move. */
    public enum Button { NONE, PRIMARY, MIDDLE, SECONDARY }

    /** {@code DOUBLE_CLICK} comes after the second press and release of a double click, in addition to them. */
    public enum Type { PRESS, DRAG, RELEASE, MOVE, DOUBLE_CLICK }

    public PointerEvent {
        Objects.requireNonNull(screen, "screen");
        Objects.requireNonNull(button, "button");
        modifiers = Set.copyOf(modifiers);
        Objects.requireNonNull(type, "type");
    }

    public static PointerEvent press(double x, double y, Modifier... modifiers) {
        return new PointerEvent(new Point(x, y), Button.PRIMARY, Set.of(modifiers), Type.PRESS);
    }

    public static PointerEvent drag(double x, double y, Modifier... modifiers) {
        return new PointerEvent(new Point(x, y), Button.PRIMARY, Set.of(modifiers), Type.DRAG);
    }

    public static PointerEvent release(double x, double y, Modifier... modifiers) {
        return new PointerEvent(new Point(x, y), Button.PRIMARY, Set.of(modifiers), Type.RELEASE);
    }

    public static PointerEvent doubleClick(double x, double y, Modifier... modifiers) {
        return new PointerEvent(new Point(x, y), Button.PRIMARY, Set.of(modifiers), Type.DOUBLE_CLICK);
    }

    public static PointerEvent move(double x, double y, Modifier... modifiers) {
        return new PointerEvent(new Point(x, y), Button.NONE, Set.of(modifiers), Type.MOVE);
    }

    /** The same event with another button, e.g. the middle button for panning. */
    public PointerEvent withButton(Button other) {
        return new PointerEvent(screen, other, modifiers, type);
    }

    public boolean shift() {
        return modifiers.contains(Modifier.SHIFT);
    }
}
