package dev.hybridnet.validation;

import dev.hybridnet.model.Reference;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How far a diagram realises one reference architecture: completely, partly (with a checklist of what is
 * missing), or not at all. {@code elements} are the ids of the pieces that take part; {@code missing} are
 * instructions a user can follow ("Add an ExpressRoute gateway to GatewaySubnet of vnet-hub."). A complete match
 * that only exists as part of a larger reference (the VPN of an ExpressRoute-with-VPN-failover design, the
 * gateway of a hub) names that reference in {@code within}.
 */
public record PatternMatch(Reference reference, Status status, List<String> elements, List<Step> missing,
        Optional<Reference> within) {

    public enum Status {
        COMPLETE,
        PARTIAL,
        ABSENT
    }

    /** One missing piece: what to do, and the elements it concerns (to select them). */
    public record Step(String instruction, List<String> elements) {
        public Step {
            Objects.requireNonNull(instruction, "instruction");
            elements = List.copyOf(elements);
        }
    }

    public PatternMatch {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(status, "status");
        elements = List.copyOf(elements);
        missing = List.copyOf(missing);
        Objects.requireNonNull(within, "within");
    }

    public static PatternMatch absent(Reference reference) {
        return new PatternMatch(reference, Status.ABSENT, List.of(), List.of(), Optional.empty());
    }

    public PatternMatch within(Reference larger) {
        return new PatternMatch(reference, status, elements, missing, Optional.of(larger));
    }

    /** Complete, and not merely as part of a larger reference. */
    public boolean realised() {
        return status == Status.COMPLETE && within.isEmpty();
    }
}
