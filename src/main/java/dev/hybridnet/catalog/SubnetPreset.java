package dev.hybridnet.catalog;

import dev.hybridnet.model.ElementKind;
import java.util.Objects;
import java.util.Set;

/**
 * A subnet whose name Azure reserves for one service, offered in the palette ready-made.
 *
 * @param subnetName   the exact name Azure requires
 * @param prefixLength the size to give a new one (the recommended size)
 * @param maxPrefixLength the smallest size Azure accepts for it (largest prefix length)
 * @param holds        the kinds that may be deployed into it; only those
 */
public record SubnetPreset(
        String id,
        String displayName,
        String description,
        String subnetName,
        int prefixLength,
        int maxPrefixLength,
        Set<ElementKind> holds) {

    public SubnetPreset {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(subnetName, "subnetName");
        if (prefixLength < 8 || prefixLength > maxPrefixLength || maxPrefixLength > 29) {
            throw new IllegalArgumentException("bad prefix lengths for " + id);
        }
        holds = Set.copyOf(holds);
    }
}
