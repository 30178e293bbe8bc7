package dev.hybridnet.editor;

import dev.hybridnet.catalog.Catalog;
import dev.hybridnet.command.Align;
import dev.hybridnet.command.Arrange;
import dev.hybridnet.command.CommandRefusedException;
import dev.hybridnet.layout.Layout;
import dev.hybridnet.layout.Misplaced;
import dev.hybridnet.model.Diagram;
import java.util.List;
import java.util.Set;

/**
 * The Arrange menu of one {@link Editor}: Tidy Up lays out the whole diagram, or only the contents of the selected
 * networks and subnets; Place New Elements finds places for the elements that have none (they overlap a sibling or
 * stick out of their container) and leaves everything placed by hand where it is. Each is one undo step, and says so
 * in the status bar when there was nothing to change. Align and Distribute line up the selected elements (two or
 * more; three to distribute), each as one {@link Align} step, or say in the status bar why they cannot.
 */
public final class ArrangeActions {

    static final String TIDY_UP = "Tidy up";
    static final String PLACE_NEW = "Place new elements";

    private final Editor editor;
    private final EditorState state;
    /** The last diagram asked about and its unplaced elements: the menu asks after every change. */
    private Diagram checked;
    private Set<String> unplaced = Set.of();

    ArrangeActions(Editor editor, EditorState state) {
        this.editor = editor;
        this.state = state;
    }

    /** The selected networks and subnets, whose contents Tidy Up lays out; empty for the whole diagram. */
    public List<String> tidyScope() {
        Diagram d = editor.diagram();
        return state.selection.retainedIn(d).ids().stream().filter(id -> d.element(id)
                .map(e -> Catalog.of(e.kind()).container()).orElse(false)).sorted().toList();
    }

    public boolean canTidyUp() {
        return !editor.diagram().elements().isEmpty();
    }

    /**
     * Lays out the selected containers' contents, or the whole diagram when none is selected; the whole diagram is
     * then zoomed to fit, since its shape has changed.
     */
    public boolean tidyUp() {
        Diagram d = editor.diagram();
        List<String> scope = tidyScope();
        Diagram after = scope.isEmpty() ? Layout.tidy(d) : Layout.tidy(d, scope);
        boolean changed = arrange(TIDY_UP, d, after, "The diagram is tidy already.");
        if (changed && scope.isEmpty()) {
            editor.view().zoomToFit();
        }
        return changed;
    }

    /** The elements Place New Elements would place. */
    public Set<String> unplaced() {
        Diagram d = editor.diagram();
        if (d != checked) {
            unplaced = Set.copyOf(Misplaced.of(d));
            checked = d;
        }
        return unplaced;
    }

    public boolean canPlaceNew() {
        return !unplaced().isEmpty();
    }

    /** Places the elements that have no place yet, around those that have. */
    public boolean placeNew() {
        Diagram d = editor.diagram();
        Set<String> ids = unplaced();
        if (ids.isEmpty()) {
            state.status = "Every element has a place already.";
            editor.changed();
            return false;
        }
        return arrange(PLACE_NEW, d, Layout.placeNew(d, ids), "Every element has a place already.");
    }

    /** Whether the selection has enough outermost elements for {@code how}: two to align, three to distribute. */
    public boolean canAlign(Align.How how) {
        return state.selection.outermostElements(editor.diagram()).size() >= how.least();
    }

    /** Lines up or spaces the selected elements (their outermost ones, with their contents) as one undo step. */
    public boolean align(Align.How how) {
        Diagram d = editor.diagram();
        Set<String> ids = state.selection.outermostElements(d);
        if (ids.size() < how.least()) {
            state.status = how.label() + ": select at least " + how.least() + " elements.";
            editor.changed();
            return false;
        }
        Align align = new Align(ids, how);
        try {
            if (align.apply(d).equals(d)) {
                state.status = "The selection is lined up that way already.";
                editor.changed();
                return false;
            }
        } catch (CommandRefusedException e) {
            state.status = e.getMessage();
            editor.changed();
            return false;
        }
        return editor.execute(align);
    }

    private boolean arrange(String name, Diagram before, Diagram after, String nothing) {
        Arrange arrange = Arrange.between(name, before, after);
        if (arrange.bounds().isEmpty()) {
            state.status = nothing;
            editor.changed();
            return false;
        }
        return editor.execute(arrange);
    }
}
