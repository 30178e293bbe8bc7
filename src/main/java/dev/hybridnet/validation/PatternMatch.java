package dev.hybridnet.validation;

import dev.hybridnet.model.Reference;
import java.util.List;
import java.util.Objects;

/**
 * How far a diagram realises one reference architecture: completely, partly (with a checklist of what is
 * missing), or not at all. {@code elements} are the ids of the pieces that take part; {@code missing} are
 * instructions a user can follow ("add an ExpressRoute gateway to GatewaySubnet of vnet-hub").
 */
public record PatternMatch(Reference reference, Status status, List<String> elements, List<Step> missing) {

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
    }

    public static PatternMatch absent(Reference reference) {
        return new PatternMatch(reference, Status.ABSENT, List.of(), List.of());
    }
}
