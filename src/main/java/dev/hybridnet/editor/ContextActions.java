package dev.hybridnet.editor;

import dev.hybridnet.geometry.Point;
import dev.hybridnet.geometry.Rect;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import dev.hybridnet.validation.Finding;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The canvas's context menus, without a toolkit: what a right-click (or the Menu key, or Shift+F10) offers for an
 * element, a connection or the empty canvas, each item named, enabled or not, and ready to run through the editor.
 * The shell only turns a {@link Menu} into its own menu.
 *
 * <p><b>Validate This</b> shows the problems panel's findings about the element and everything inside it (a finding
 * is about an element when it names it), or about the connection; the panel says whose findings it shows until the
 * user asks for all of them again. The element's quick fixes follow, one item per finding with a fix.
 */
public final class ContextActions {

    /** What the shell supplies: quick fixes (worked out from the diagram as it is now) and the problems panel. */
    public interface Shell {

        /** The label of the quick fix of {@code finding}; empty when it has none. */
        Optional<String> fixOf(Finding finding);

        /** Applies the quick fix of {@code finding} as one undo step. */
        void applyFix(Finding finding);

        /** Shows only the findings that name one of {@code ids}, headed "Problems of {@code what}". */
        void showProblemsOf(String what, Set<String> ids);
    }

    /** What a menu was opened on. */
    public enum Target { ELEMENT, CONNECTION, CANVAS }

    /** A line of a menu: an action or a separator. */
    public sealed interface Item permits Action, Separator {
    }

    /** A named action; a disabled one shows greyed out and does nothing. */
    public record Action(String label, boolean enabled, Runnable run) implements Item {
        public Action {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(run, "run");
        }
    }

    /** A line between groups of actions. */
    public record Separator() implements Item {
    }

    /** A menu: what it was opened on (its id, if any) and its items, in order. */
    public record Menu(Target target, Optional<String> id, List<Item> items) {

        public Menu {
            items = List.copyOf(items);
        }

        /** The actions, without separators. */
        public List<Action> actions() {
            return items.stream().filter(Action.class::isInstance).map(Action.class::cast).toList();
        }

        /** The action with this label. */
        public Optional<Action> action(String label) {
            return actions().stream().filter(a -> a.label().equals(label)).findFirst();
        }
    }

    public static final String CUT = "Cut";
    public static final String COPY = "Copy";
    public static final String PASTE = "Paste";
    public static final String DUPLICATE = "Duplicate";
    public static final String DELETE = "Delete";
    public static final String RENAME = "Rename…";
    public static final String RESET_ROUTE = "Reset Route";
    public static final String SELECT_CONTENTS = "Select Contents";
    public static final String SELECT_ALL = "Select All";
    public static final String BRING_TO_FRONT = "Bring to Front";
    public static final String SEND_TO_BACK = "Send to Back";
    public static final String TIDY_UP = "Tidy Up";
    public static final String VALIDATE_THIS = "Validate This";
    /** The start of a quick fix's item: "Fix: Add a GatewaySubnet". */
    public static final String FIX = "Fix: ";

    private final Editor editor;
    private final EditorState state;

    ContextActions(Editor editor, EditorState state) {
        this.editor = editor;
        this.state = state;
    }

    /**
     * The menu for a right-click at {@code screen} (canvas pixels). A right-click on something not selected
     * selects it first, as a click would; on empty canvas the selection stays. Paste puts the copy at that point.
     */
    public Menu at(Point screen, Shell shell) {
        editor.cancelGesture();
        Point world = state.viewport.toWorld(screen);
        Diagram d = editor.diagram();
        Hit hit = Hits.at(editor.scene(), world, Set.of(), state.viewport.toWorld(Editor.PICK_TOLERANCE));
        Optional<String> id = hit instanceof Hit.OnElement e ? Optional.of(e.id())
                : hit instanceof Hit.OnConnection c ? Optional.of(c.id()) : Optional.empty();
        if (id.isPresent() && !state.selection.contains(id.get())) {
            editor.select(List.of(id.get()));
        }
        return menu(d, id, world, shell);
    }

    /**
     * The menu for the keyboard (Menu key, Shift+F10): for the selection (its first element, or its connection),
     * or the canvas's when nothing is selected; Paste then goes where {@link #anchor()} is.
     */
    public Menu forSelection(Shell shell) {
        editor.cancelGesture();
        Diagram d = editor.diagram();
        Selection selection = state.selection.retainedIn(d);
        Optional<String> id = selection.elements(d).stream().findFirst().or(() -> selection.ids().stream()
                .sorted().findFirst());
        return menu(d, id, state.viewport.toWorld(anchor()), shell);
    }

    /** Where a menu opened from the keyboard goes, in canvas pixels: the middle of the selection, or of the view. */
    public Point anchor() {
        Diagram d = editor.diagram();
        Optional<Rect> box = state.selection.elements(d).stream().map(id -> d.element(id).orElseThrow().bounds())
                .reduce(Rect::union);
        return box.map(b -> state.viewport.toScreen(b.center()))
                .orElse(new Point(state.view.width() / 2, state.view.height() / 2));
    }

    private Menu menu(Diagram d, Optional<String> id, Point world, Shell shell) {
        EditActions edit = editor.edit();
        List<Item> items = new ArrayList<>();
        Optional<Element> element = id.flatMap(d::element);
        if (element.isPresent()) {
            Element e = element.get();
            items.add(new Action(CUT, edit.canCut(), edit::cut));
            items.add(new Action(COPY, edit.canCopy(), edit::copy));
            items.add(new Action(PASTE, edit.canPaste(), () -> edit.pasteAt(world)));
            items.add(new Action(DUPLICATE, edit.canDuplicate(), edit::duplicate));
            items.add(new Action(DELETE, edit.canDelete(), edit::delete));
            items.add(new Separator());
            items.add(new Action(RENAME, edit.canRename(), edit::startRename));
            if (Hits.isContainer(e)) {
                items.add(new Action(SELECT_CONTENTS, !d.childrenOf(e.id()).isEmpty(), () -> editor.select(
                        d.descendantsOf(e.id()).stream().map(Element::id).toList())));
            }
            items.add(new Action(BRING_TO_FRONT, edit.canRestack(), edit::bringToFront));
            items.add(new Action(SEND_TO_BACK, edit.canRestack(), edit::sendToBack));
            items.add(new Action(TIDY_UP, editor.arrange().canTidyUp(), editor.arrange()::tidyUp));
            items.add(new Separator());
            Set<String> about = new LinkedHashSet<>();
            about.add(e.id());
            d.descendantsOf(e.id()).forEach(c -> about.add(c.id()));
            validation(items, e.name(), about, Set.of(e.id()), shell);
            return new Menu(Target.ELEMENT, id, items);
        }
        if (id.isPresent() && d.connection(id.get()).isPresent()) {
            // A connection's name is its label (format 1.2): Rename… edits it on the canvas.
            items.add(new Action(DELETE, edit.canDelete(), edit::delete));
            items.add(new Action(RENAME, edit.canRename(), edit::startRename));
            items.add(new Action(RESET_ROUTE, edit.canResetRoute(), edit::resetRoute));
            items.add(new Separator());
            String what = Wordings.connection(d, id.get());
            validation(items, what, Set.of(id.get()), Set.of(id.get()), shell);
            return new Menu(Target.CONNECTION, id, items);
        }
        items.add(new Action(PASTE, edit.canPaste(), () -> edit.pasteAt(world)));
        items.add(new Action(SELECT_ALL, !d.elements().isEmpty(), edit::selectAll));
        items.add(new Separator());
        items.add(new Action(TIDY_UP, editor.arrange().canTidyUp(), editor.arrange()::tidyUp));
        return new Menu(Target.CANVAS, Optional.empty(), items);
    }

    /** Validate This, then one item per quick fix of the findings about {@code fixable}. */
    private void validation(List<Item> items, String what, Set<String> about, Set<String> fixable, Shell shell) {
        items.add(new Action(VALIDATE_THIS, true, () -> shell.showProblemsOf(what, about)));
        Set<String> offered = new LinkedHashSet<>();
        for (Finding f : editor.findings()) {
            if (f.elements().stream().anyMatch(fixable::contains)) {
                shell.fixOf(f).filter(offered::add).ifPresent(label -> items.add(new Action(FIX + label, true,
                        () -> shell.applyFix(f))));
            }
        }
    }

    /** The words for a connection in a heading. */
    private static final class Wordings {
        static String connection(Diagram d, String id) {
            return d.connection(id).map(c -> d.element(c.from()).map(Element::name).orElse(c.from()) + " – "
                    + d.element(c.to()).map(Element::name).orElse(c.to())).orElse(id);
        }
    }
}
