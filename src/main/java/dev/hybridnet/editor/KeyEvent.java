package dev.hybridnet.editor;

import java.util.Objects;
import java.util.Set;

/**
 * A key the canvas itself handles: arrows nudge, Delete and Backspace delete, Escape cancels, Space held turns
 * drags into panning. Shortcuts such as Ctrl+Z belong to the menus' actions and never come here.
 */
public record KeyEvent(Key key, Set<Modifier> modifiers, Type type) {

    public enum Key { LEFT, RIGHT, UP, DOWN, DELETE, BACK_SPACE, ESCAPE, SPACE }

    public enum Type { PRESS, RELEASE }

    public KeyEvent {
        Objects.requireNonNull(key, "key");
        modifiers = Set.copyOf(modifiers);
        Objects.requireNonNull(type, "type");
    }

    public static KeyEvent press(Key key, Modifier... modifiers) {
        return new KeyEvent(key, Set.of(modifiers), Type.PRESS);
    }

    public static KeyEvent release(Key key, Modifier... modifiers) {
        return new KeyEvent(key, Set.of(modifiers), Type.RELEASE);
    }
}
