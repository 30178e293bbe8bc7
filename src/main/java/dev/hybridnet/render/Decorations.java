package dev.hybridnet.render;

import dev.hybridnet.validation.Finding;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the editor adds on top of a diagram: the selected ids, the element under the pointer, the findings to show
 * as badges, overlay shapes, and the marks of a gesture in progress (rubber band, drop target, connection being
 * drawn). Exports use {@link #none()}, or findings only, so an exported picture never shows editing state.
 */
public record Decorations(Set<String> selection, Optional<String> hover, List<Finding> findings,
        List<Shape> overlay, GestureMarks gesture) {

    public Decorations {
        selection = Set.copyOf(selection);
        Objects.requireNonNull(hover, "hover");
        findings = List.copyOf(findings);
        overlay = List.copyOf(overlay);
        Objects.requireNonNull(gesture, "gesture");
    }

    // equals and hashCode written out, as a record's own would be (see geometry.Point): the record's own are linked
    // through a method handle bootstrap at first use, which costs more than every comparison of a window's start.
    @Override
    public boolean equals(Object o) {
        return o instanceof Decorations d && selection.equals(d.selection) && hover.equals(d.hover)
                && findings.equals(d.findings) && overlay.equals(d.overlay) && gesture.equals(d.gesture);
    }

    @Override
    public int hashCode() {
        return (((31 * selection.hashCode() + hover.hashCode()) * 31 + findings.hashCode()) * 31
                + overlay.hashCode()) * 31 + gesture.hashCode();
    }

    /** Decorations without gesture marks. */
    public Decorations(Set<String> selection, Optional<String> hover, List<Finding> findings, List<Shape> overlay) {
        this(selection, hover, findings, overlay, GestureMarks.none());
    }

    public static Decorations none() {
        return new Decorations(Set.of(), Optional.empty(), List.of(), List.of());
    }

    public static Decorations findings(List<Finding> findings) {
        return new Decorations(Set.of(), Optional.empty(), findings, List.of());
    }
}
