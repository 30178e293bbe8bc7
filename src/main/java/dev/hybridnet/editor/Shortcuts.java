package dev.hybridnet.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Every keyboard shortcut of the designer, in one table: the menus take their accelerators from it, the Keyboard
 * Shortcuts sheet lists it, and the table in the editor guide is written from it, so none of them can drift from
 * the others. Accelerators are spelled as JavaFX key combinations ("Shortcut+Shift+Z": Shortcut is Ctrl, or Cmd
 * on macOS); the keys the canvas handles itself are described in words.
 */
public final class Shortcuts {

    /** Where a shortcut works. */
    public enum Reach {
        /** A menu item's accelerator, wherever the focus is; a text field keeps the keys it uses itself. */
        MENU,
        /**
         * A menu item's accelerator that never fires from a text field (single keys, Delete, F2): while the user
         * types, those keys are the field's.
         */
        MENU_NOT_TYPING,
        /** A second accelerator for a menu item's action, not shown in the menu. */
        EXTRA,
        /** A key or gesture of the canvas, handled while the canvas has the focus. */
        CANVAS
    }

    /** One shortcut: the menu (or "Canvas") it belongs to, what it does, its keys, and where it works. */
    public record Shortcut(String group, String action, String keys, Reach reach) {

        public Shortcut {
            Objects.requireNonNull(group, "group");
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(keys, "keys");
            Objects.requireNonNull(reach, "reach");
        }

        /** A JavaFX key combination (menu items and extra accelerators); false for the canvas's own keys. */
        public boolean isAccelerator() {
            return reach != Reach.CANVAS;
        }

        /** True for a menu item's accelerator. */
        public boolean inMenu() {
            return reach == Reach.MENU || reach == Reach.MENU_NOT_TYPING;
        }

        /** The keys as people read them, with Ctrl for Shortcut: "Ctrl+Shift+Z", "F2", "Arrow keys". */
        public String display() {
            if (!isAccelerator()) {
                return keys;
            }
            List<String> parts = new ArrayList<>();
            for (String part : keys.split("\\+")) {
                parts.add(switch (part) {
                    case "Shortcut" -> "Ctrl";
                    case "EQUALS" -> "=";
                    case "MINUS" -> "-";
                    case "OPEN_BRACKET" -> "[";
                    case "CLOSE_BRACKET" -> "]";
                    case "DELETE", "Delete" -> "Delete";
                    default -> part.length() == 1 ? part.toUpperCase(Locale.ROOT) : part;
                });
            }
            return String.join("+", parts);
        }
    }

    public static final Shortcut NEW = menu("File", "New", "Shortcut+N");
    public static final Shortcut OPEN = menu("File", "Open…", "Shortcut+O");
    public static final Shortcut OPEN_SAMPLE = menu("File", "Open Sample…", "Shortcut+Shift+O");
    public static final Shortcut IMPORT = menu("File", "Import…", "Shortcut+I");
    public static final Shortcut SAVE = menu("File", "Save", "Shortcut+S");
    public static final Shortcut SAVE_AS = menu("File", "Save As…", "Shortcut+Shift+S");
    public static final Shortcut EXPORT = menu("File", "Export…", "Shortcut+E");
    public static final Shortcut PRINT = menu("File", "Print…", "Shortcut+P");
    public static final Shortcut QUIT = menu("File", "Quit", "Shortcut+Q");

    public static final Shortcut UNDO = menu("Edit", "Undo", "Shortcut+Z");
    public static final Shortcut REDO = menu("Edit", "Redo", "Shortcut+Y");
    public static final Shortcut REDO_AGAIN = new Shortcut("Edit", "Redo (also)", "Shortcut+Shift+Z", Reach.EXTRA);
    public static final Shortcut CUT = menu("Edit", "Cut", "Shortcut+X");
    public static final Shortcut COPY = menu("Edit", "Copy", "Shortcut+C");
    public static final Shortcut PASTE = menu("Edit", "Paste", "Shortcut+V");
    public static final Shortcut DUPLICATE = menu("Edit", "Duplicate", "Shortcut+D");
    public static final Shortcut DELETE = notTyping("Edit", "Delete", "Delete");
    public static final Shortcut RENAME = notTyping("Edit", "Rename…", "F2");
    public static final Shortcut SELECT_ALL = menu("Edit", "Select All", "Shortcut+A");

    public static final Shortcut SELECT_TOOL = notTyping("Tools", "Select", "V");
    public static final Shortcut CONNECT_TOOL = notTyping("Tools", "Connect", "C");
    public static final Shortcut PAN_TOOL = notTyping("Tools", "Pan", "H");

    public static final Shortcut TIDY_UP = menu("Arrange", "Tidy Up", "Shortcut+Shift+L");
    public static final Shortcut PLACE_NEW = menu("Arrange", "Place New Elements", "Shortcut+Shift+P");
    public static final Shortcut BRING_TO_FRONT = menu("Arrange", "Bring to Front", "Shortcut+Shift+CLOSE_BRACKET");
    public static final Shortcut SEND_TO_BACK = menu("Arrange", "Send to Back", "Shortcut+Shift+OPEN_BRACKET");
    public static final Shortcut ALIGN_LEFT = menu("Arrange", "Align Left", "Alt+Shift+L");
    public static final Shortcut ALIGN_CENTRES = menu("Arrange", "Align Centres", "Alt+Shift+C");
    public static final Shortcut ALIGN_RIGHT = menu("Arrange", "Align Right", "Alt+Shift+R");
    public static final Shortcut ALIGN_TOP = menu("Arrange", "Align Top", "Alt+Shift+T");
    public static final Shortcut ALIGN_MIDDLES = menu("Arrange", "Align Middles", "Alt+Shift+M");
    public static final Shortcut ALIGN_BOTTOM = menu("Arrange", "Align Bottom", "Alt+Shift+B");
    public static final Shortcut DISTRIBUTE_HORIZONTALLY = menu("Arrange", "Distribute Horizontally", "Alt+Shift+H");
    public static final Shortcut DISTRIBUTE_VERTICALLY = menu("Arrange", "Distribute Vertically", "Alt+Shift+V");

    public static final Shortcut ZOOM_IN = menu("View", "Zoom In", "Shortcut+EQUALS");
    public static final Shortcut ZOOM_OUT = menu("View", "Zoom Out", "Shortcut+MINUS");
    public static final Shortcut ACTUAL_SIZE = menu("View", "Actual Size", "Shortcut+0");
    public static final Shortcut ZOOM_TO_FIT = menu("View", "Zoom to Fit", "Shortcut+1");
    public static final Shortcut SHOW_GRID = menu("View", "Show Grid", "Shortcut+G");
    public static final Shortcut SNAP_TO_GRID = menu("View", "Snap to Grid", "Shortcut+Shift+G");
    public static final Shortcut SHOW_MINIMAP = menu("View", "Show Minimap", "Shortcut+M");

    public static final Shortcut KEYBOARD_SHORTCUTS = menu("Help", "Keyboard Shortcuts", "F1");

    private static final List<Shortcut> CANVAS = List.of(
            canvas("Move the selection by one unit (a grid step when snapping)", "Arrow keys"),
            canvas("Move the selection by ten units", "Shift+Arrow keys"),
            canvas("Delete the selection", "Backspace"),
            canvas("Drop the gesture in progress, else the selection, else go back to Select", "Escape"),
            canvas("Pan while held, in any tool", "Space+drag"),
            canvas("Pan in any tool", "Middle-button drag"),
            canvas("Context menu of what is under the pointer", "Right-click"),
            canvas("Context menu of the selection", "Menu key or Shift+F10"),
            canvas("Rename the element on the canvas", "Double-click"),
            canvas("Rename: keep the name typed (so does clicking elsewhere)", "Enter"),
            canvas("Rename: keep the old name", "Escape in the name field"));

    private static final List<Shortcut> ALL = List.of(NEW, OPEN, OPEN_SAMPLE, IMPORT, SAVE, SAVE_AS, EXPORT, PRINT,
            QUIT, UNDO, REDO, REDO_AGAIN, CUT, COPY, PASTE, DUPLICATE, DELETE, RENAME, SELECT_ALL, SELECT_TOOL,
            CONNECT_TOOL, PAN_TOOL, TIDY_UP, PLACE_NEW, BRING_TO_FRONT, SEND_TO_BACK, ALIGN_LEFT, ALIGN_CENTRES,
            ALIGN_RIGHT, ALIGN_TOP, ALIGN_MIDDLES, ALIGN_BOTTOM, DISTRIBUTE_HORIZONTALLY, DISTRIBUTE_VERTICALLY,
            ZOOM_IN, ZOOM_OUT, ACTUAL_SIZE, ZOOM_TO_FIT, SHOW_GRID, SNAP_TO_GRID, SHOW_MINIMAP, KEYBOARD_SHORTCUTS);

    private Shortcuts() {
    }

    private static Shortcut menu(String group, String action, String keys) {
        return new Shortcut(group, action, keys, Reach.MENU);
    }

    private static Shortcut notTyping(String group, String action, String keys) {
        return new Shortcut(group, action, keys, Reach.MENU_NOT_TYPING);
    }

    private static Shortcut canvas(String action, String keys) {
        return new Shortcut("Canvas", action, keys, Reach.CANVAS);
    }

    /** Every shortcut: the menus' in menu order, then the canvas's own keys. */
    public static List<Shortcut> all() {
        List<Shortcut> all = new ArrayList<>(ALL);
        all.addAll(CANVAS);
        return List.copyOf(all);
    }

    /** The menu item shortcut for an action of a menu, e.g. ("Edit", "Duplicate"). */
    public static Optional<Shortcut> of(String group, String action) {
        return ALL.stream().filter(s -> s.inMenu() && s.group().equals(group) && s.action().equals(action))
                .findFirst();
    }

    /** The table of the editor guide: group, action, keys. */
    public static String markdown() {
        StringBuilder md = new StringBuilder("| Menu or place | Action | Keys |\n|---|---|---|\n");
        for (Shortcut s : all()) {
            md.append("| ").append(s.group()).append(" | ").append(s.action()).append(" | ").append(s.display())
                    .append(" |\n");
        }
        return md.toString();
    }
}
