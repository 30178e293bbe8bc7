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

        // equals and hashCode written out, as a record's own would be (see geometry.Point): the record's own are
        // linked through a method handle bootstrap at first use, which costs more than every comparison of a
        // window's start.
        @Override
        public boolean equals(Object o) {
            return o instanceof Step s && instruction.equals(s.instruction) && elements.equals(s.elements);
        }

        @Override
        public int hashCode() {
            return 31 * instruction.hashCode() + elements.hashCode();
        }
    }

    public PatternMatch {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(status, "status");
        elements = List.copyOf(elements);
        missing = List.copyOf(missing);
        Objects.requireNonNull(within, "within");
    }

    // equals and hashCode written out, as a record's own would be (see geometry.Point): the record's own are linked
    // through a method handle bootstrap at first use, which costs more than every comparison of a window's start.
    @Override
    public boolean equals(Object o) {
        return o instanceof PatternMatch m && reference == m.reference && status == m.status
                && elements.equals(m.elements) && missing.equals(m.missing) && within.equals(m.within);
    }

    @Override
    public int hashCode() {
        return (((31 * reference.hashCode() + status.hashCode()) * 31 + elements.hashCode()) * 31
                + missing.hashCode()) * 31 + within.hashCode();
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
