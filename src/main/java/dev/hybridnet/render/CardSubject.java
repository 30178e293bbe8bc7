package dev.hybridnet.render;

import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import dev.hybridnet.model.ElementKind;
import dev.hybridnet.model.Reference;
import dev.hybridnet.validation.PatternMatch;
import dev.hybridnet.validation.ValidationReport;
import java.util.List;
import java.util.Optional;

/**
 * What a card shows: which reference's composition, and the on-premises network and VNet (the hub, for
 * hub-spoke) it is drawn from. Chosen from the references the diagram realises, else from those it partly
 * realises, most specific first.
 */
record CardSubject(Optional<Reference> reference, Optional<Element> site, Optional<Element> vnet) {

    private static final List<Reference> PREFERENCE = List.of(Reference.HUB_SPOKE,
            Reference.EXPRESSROUTE_VPN_FAILOVER, Reference.EXPRESSROUTE, Reference.VPN);

    static CardSubject of(Diagram d, ValidationReport report) {
        Optional<Reference> reference = PREFERENCE.stream().filter(report.detected()::contains).findFirst()
                .or(() -> PREFERENCE.stream()
                        .filter(r -> report.pattern(r).status() == PatternMatch.Status.PARTIAL).findFirst());
        List<String> ids = reference.map(r -> report.pattern(r).elements()).orElse(List.of());
        return new CardSubject(reference, first(d, ids, ElementKind.ON_PREMISES_NETWORK),
                first(d, ids, ElementKind.VIRTUAL_NETWORK));
    }

    private static Optional<Element> first(Diagram d, List<String> ids, ElementKind kind) {
        return ids.stream().flatMap(id -> d.element(id).stream()).filter(e -> e.kind() == kind).findFirst()
                .or(() -> d.elementsOfKind(kind).stream().findFirst());
    }
}
