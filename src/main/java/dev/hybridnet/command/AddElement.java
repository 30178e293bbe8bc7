package dev.hybridnet.command;

import dev.hybridnet.catalog.Catalog;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import dev.hybridnet.model.ElementKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Adds one element, into its parent or at the top level; refused when the id is taken or the element may not go
 * there (see {@link Placement}). {@link Blueprint#create} makes elements for it.
 */
public record AddElement(Element element) implements Command {

    public AddElement {
        Objects.requireNonNull(element, "element");
    }

    @Override
    public Diagram apply(Diagram before) {
        if (before.hasId(element.id())) {
            throw new CommandRefusedException("The id '" + element.id() + "' is already used.");
        }
        Placement.whyNot(before, element.kind(), element.parent()).ifPresent(reason -> {
            throw new CommandRefusedException(reason);
        });
        List<Element> elements = new ArrayList<>(before.elements());
        elements.add(element);
        return before.withContent(elements, before.connections());
    }

    /** "Add VPN gateway", or "Add GatewaySubnet" for a subnet Azure reserves. */
    @Override
    public String label(Diagram before) {
        boolean reserved = element.kind() == ElementKind.SUBNET && Catalog.presetNamed(element.name()).isPresent();
        return "Add " + (reserved ? element.name() : Wording.kind(element.kind()));
    }
}
