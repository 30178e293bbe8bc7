package dev.hybridnet.command;

import dev.hybridnet.catalog.Catalog;
import dev.hybridnet.geometry.Rect;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import java.util.Objects;
import java.util.Optional;

/**
 * Gives a network or subnet new bounds. Refused for icons (they have one size), when a child that was inside
 * would stick out, and when the container would grow out of its own container. Children and parents that were
 * already outside (a hand-edited file) do not block it.
 */
public record Resize(String id, Rect bounds) implements Command {

    public Resize {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(bounds, "bounds");
    }

    @Override
    public Diagram apply(Diagram before) {
        Element e = Contents.element(before, id);
        if (!Catalog.of(e.kind()).resizable()) {
            throw new CommandRefusedException(Wording.label(e) + " cannot be resized; only networks, subnets, "
                    + "notes and groups can.");
        }
        for (Element child : before.childrenOf(id)) {
            if (e.bounds().contains(child.bounds()) && !bounds.contains(child.bounds())) {
                throw new CommandRefusedException(Wording.label(e) + " cannot be made that small: "
                        + Wording.label(child) + " would stick out.");
            }
        }
        Optional<Element> parent = before.parentOf(id);
        if (parent.isPresent() && parent.get().bounds().contains(e.bounds())
                && !parent.get().bounds().contains(bounds)) {
            throw new CommandRefusedException(Wording.label(e) + " cannot grow out of "
                    + Wording.label(parent.get()) + ".");
        }
        return Contents.mapElements(before, x -> x.id().equals(id) ? x.withBounds(bounds) : x);
    }

    /** "Resize vnet-app". */
    @Override
    public String label(Diagram before) {
        return Contents.label(before, "Resize", java.util.List.of(id));
    }
}
