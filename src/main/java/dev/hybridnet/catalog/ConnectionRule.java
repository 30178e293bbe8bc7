package dev.hybridnet.catalog;

import dev.hybridnet.model.ConnectionKind;
import dev.hybridnet.model.ElementKind;
import java.util.Objects;
import java.util.Set;

/**
 * One row of the legal-connection table: a connection kind joins an element of one of {@code fromKinds} to one
 * of {@code toKinds}. Undirected kinds may be drawn either way round; a directed kind only from → to.
 */
public record ConnectionRule(
        ConnectionKind kind,
        String displayName,
        Set<ElementKind> fromKinds,
        Set<ElementKind> toKinds,
        boolean directed) {

    public ConnectionRule {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(displayName, "displayName");
        fromKinds = Set.copyOf(fromKinds);
        toKinds = Set.copyOf(toKinds);
    }

    /** True when this rule allows a connection drawn from an element of {@code from} to one of {@code to}. */
    public boolean allows(ElementKind from, ElementKind to) {
        boolean forward = fromKinds.contains(from) && toKinds.contains(to);
        return forward || (!directed && fromKinds.contains(to) && toKinds.contains(from));
    }

    /** True when either end of this rule can be an element of {@code kind}. */
    public boolean involves(ElementKind kind) {
        return fromKinds.contains(kind) || toKinds.contains(kind);
    }
}
