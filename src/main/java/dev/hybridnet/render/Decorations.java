package dev.hybridnet.render;

import dev.hybridnet.validation.Finding;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the editor adds on top of a diagram: the selected ids, the element under the pointer, the findings to show
 * as badges, and overlay shapes for gestures in progress (a ghost of what is being dragged, a connection being
 * drawn). Exports use {@link #none()}, or findings only.
 */
public record Decorations(Set<String> selection, Optional<String> hover, List<Finding> findings,
        List<Shape> overlay) {

    public Decorations {
        selection = Set.copyOf(selection);
        Objects.requireNonNull(hover, "hover");
        findings = List.copyOf(findings);
        overlay = List.copyOf(overlay);
    }

    public static Decorations none() {
        return new Decorations(Set.of(), Optional.empty(), List.of(), List.of());
    }

    public static Decorations findings(List<Finding> findings) {
        return new Decorations(Set.of(), Optional.empty(), findings, List.of());
    }
}
