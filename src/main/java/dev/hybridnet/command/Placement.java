package dev.hybridnet.command;

import dev.hybridnet.catalog.Catalog;
import dev.hybridnet.catalog.ComponentType;
import dev.hybridnet.catalog.SubnetPreset;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import dev.hybridnet.model.ElementKind;
import java.util.List;
import java.util.Optional;

/**
 * Where an element of a kind may go: into a container of a legal parent kind (or at the top level), into the
 * subnet Azure reserves for it when it needs one (a VPN gateway into a GatewaySubnet), and never into a reserved
 * subnet that is not for it. The answers are sentences a user can act on, named as the catalog names things. The
 * commands that place elements and the tools that preview them both ask here, so they never disagree.
 */
public final class Placement {

    private Placement() {
    }

    /** Why an element of {@code kind} may not go into {@code parent} (the top level when empty); empty if it may. */
    public static Optional<String> whyNot(Diagram d, ElementKind kind, Optional<String> parent) {
        ComponentType type = Catalog.of(kind);
        if (parent.isEmpty()) {
            return type.rootAllowed() ? Optional.empty()
                    : refusal(kind, "at the top level", belongs(type));
        }
        Optional<Element> container = d.element(parent.get());
        if (container.isEmpty()) {
            return Optional.of("There is no element '" + parent.get() + "' to put " + Wording.aKind(kind) + " in.");
        }
        Element p = container.get();
        String where = "in " + Wording.describe(p);
        if (!type.legalParents().contains(p.kind())) {
            return refusal(kind, where, belongs(type));
        }
        if (type.requiredSubnetName().isPresent() && !type.requiredSubnetName().get().equals(p.name())) {
            return refusal(kind, where, belongs(type));
        }
        Optional<SubnetPreset> reserved = p.kind() == ElementKind.SUBNET ? Catalog.presetNamed(p.name())
                : Optional.empty();
        if (reserved.isPresent() && !reserved.get().holds().contains(kind)) {
            return refusal(kind, where, p.name() + " holds only " + plural(reserved.get()));
        }
        return Optional.empty();
    }

    public static boolean allows(Diagram d, ElementKind kind, Optional<String> parent) {
        return whyNot(d, kind, parent).isEmpty();
    }

    /** "it belongs in a subnet", "it belongs in a GatewaySubnet", "it belongs at the top level". */
    public static String belongs(ComponentType type) {
        if (type.rootOnly()) {
            return "it belongs at the top level";
        }
        if (type.requiredSubnetName().isPresent()) {
            return "it belongs in a " + type.requiredSubnetName().get();
        }
        List<String> parents = type.legalParents().stream().sorted().map(Wording::aKind).toList();
        return "it belongs in " + String.join(" or ", parents);
    }

    private static Optional<String> refusal(ElementKind kind, String where, String reason) {
        return Optional.of(Wording.capitalized(Wording.aKind(kind)) + " cannot go " + where + "; " + reason + ".");
    }

    private static String plural(SubnetPreset preset) {
        if (preset.holds().isEmpty()) {
            return "the service's own interfaces, none of them drawn";
        }
        List<String> kinds = preset.holds().stream().sorted().map(k -> Wording.kind(k) + "s").toList();
        return String.join(" and ", kinds);
    }
}
