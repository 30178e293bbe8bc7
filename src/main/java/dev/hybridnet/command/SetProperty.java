package dev.hybridnet.command;

import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.PropValue;
import dev.hybridnet.model.PropertyKey;
import java.util.Objects;
import java.util.Set;

/**
 * Sets one property of one or more elements or connections to a value, as the inspector does (several selected
 * elements of one kind are edited together). The value is stored as given; checking it is the validator's job.
 */
public record SetProperty(Set<String> ids, String key, PropValue value) implements Command {

    public SetProperty {
        ids = Set.copyOf(ids);
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("no element to set a property of");
        }
        Objects.requireNonNull(key, "key");
        PropertyEdits.requireKey(key);
        Objects.requireNonNull(value, "value");
    }

    public SetProperty(String id, String key, PropValue value) {
        this(Set.of(id), key, value);
    }

    public SetProperty(String id, PropertyKey<?> key, PropValue value) {
        this(id, key.name(), value);
    }

    @Override
    public Diagram apply(Diagram before) {
        return PropertyEdits.change(before, ids, props -> props.with(key, value));
    }

    /** "Set SKU of vpngw". */
    @Override
    public String label(Diagram before) {
        return PropertyEdits.label(before, "Set", ids, key);
    }
}
