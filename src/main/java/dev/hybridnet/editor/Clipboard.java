package dev.hybridnet.editor;

import dev.hybridnet.command.Fragment;
import dev.hybridnet.command.Paste;
import dev.hybridnet.command.Placement;
import dev.hybridnet.geometry.Rect;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import java.util.Objects;
import java.util.Optional;

/**
 * The editor's own clipboard: a copied {@link Fragment} and where the next paste goes. A copy pastes one step
 * down and right of the original, and each further paste one step more, so copies never hide each other; a cut
 * pastes back in place first.
 */
public record Clipboard(Fragment content, double nextOffset) {

    /** How far each paste lands from the previous one, in canvas units. */
    public static final double STEP = 20;

    public Clipboard {
        Objects.requireNonNull(content, "content");
        if (!Double.isFinite(nextOffset)) {
            throw new IllegalArgumentException("offset must be finite");
        }
    }

    public static Clipboard empty() {
        return new Clipboard(Fragment.empty(), 0);
    }

    public boolean isEmpty() {
        return content.isEmpty();
    }

    /** After Copy: the selection with its contents and inner connections. */
    public static Clipboard copied(Diagram d, Selection selection) {
        return new Clipboard(Fragment.of(d, selection.ids()), STEP);
    }

    /** After Cut: as {@link #copied}, but the first paste puts the elements back where they were. */
    public static Clipboard cut(Diagram d, Selection selection) {
        return new Clipboard(Fragment.of(d, selection.ids()), 0);
    }

    /** The clipboard after one more paste. */
    public Clipboard afterPaste() {
        return new Clipboard(content, nextOffset + STEP);
    }

    /**
     * The command that pastes the content into {@code d}. When exactly one network or subnet is selected and may
     * hold the copied elements, they go into it, at its top-left; otherwise they go back where they came from,
     * offset. Empty when the clipboard is.
     */
    public Optional<Paste> paste(Diagram d, Selection selection) {
        if (isEmpty()) {
            return Optional.empty();
        }
        Optional<Element> target = selection.single().flatMap(d::element).filter(Hits::isContainer)
                .filter(c -> content.roots().stream().allMatch(r -> Placement.allows(d, r.kind(),
                        Optional.of(c.id()))));
        if (target.isPresent()) {
            Rect from = content.bounds().orElseThrow();
            Rect into = target.get().bounds();
            double cascade = Math.max(0, nextOffset - STEP);
            double dx = into.x() + STEP - from.x() + cascade;
            double dy = into.y() + 2 * STEP - from.y() + cascade;
            return Optional.of(new Paste(content, Optional.of(target.get().id()), dx, dy));
        }
        return Optional.of(new Paste(content, Optional.empty(), nextOffset, nextOffset));
    }
}
