package dev.hybridnet.command;

import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Reference;
import java.util.Objects;
import java.util.Optional;

/** Sets or clears the reference architecture the diagram means to follow. */
public record SetReference(Optional<Reference> reference) implements Command {

    public SetReference {
        Objects.requireNonNull(reference, "reference");
    }

    @Override
    public Diagram apply(Diagram before) {
        return before.withReference(reference);
    }

    /** "Follow Site-to-site VPN", "Follow no reference". */
    @Override
    public String label(Diagram before) {
        return "Follow " + reference.map(Reference::title).orElse("no reference");
    }
}
