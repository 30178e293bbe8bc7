package dev.hybridnet.command;

import dev.hybridnet.model.Diagram;
import java.util.Objects;
import java.util.Set;

/** Removes one property from one or more elements or connections, so the Azure default applies again. */
public record RemoveProperty(Set<String> ids, String key) implements Command {

    public RemoveProperty {
        ids = Set.copyOf(ids);
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("no element to clear a property of");
        }
        Objects.requireNonNull(key, "key");
        PropertyEdits.requireKey(key);
    }

    public RemoveProperty(String id, String key) {
        this(Set.of(id), key);
    }

    @Override
    public Diagram apply(Diagram before) {
        return PropertyEdits.change(before, ids, props -> props.without(key));
    }

    /** "Clear BGP ASN of vpngw". */
    @Override
    public String label(Diagram before) {
        return PropertyEdits.label(before, "Clear", ids, key);
    }
}
