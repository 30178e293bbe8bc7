package dev.hybridnet.catalog;

import dev.hybridnet.model.PropertyKey;
import dev.hybridnet.model.PropertyType;
import dev.hybridnet.model.Props;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One property a kind understands: its {@link PropertyKey} (the name in files and the type, and for a
 * {@link PropertyType#CHOICE} the spellings of its values), a label and a sentence for the inspector, and for free
 * {@link PropertyType#TEXT} the common values the inspector offers (any other text is still allowed).
 */
public record PropertySpec(PropertyKey<?> key, String label, String description, List<String> suggestions) {

    public PropertySpec {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(description, "description");
        suggestions = List.copyOf(suggestions);
        if (key.type() != PropertyType.TEXT && !suggestions.isEmpty()) {
            throw new IllegalArgumentException(key + ": suggestions go with TEXT properties only");
        }
    }

    public PropertySpec(PropertyKey<?> key, String label, String description) {
        this(key, label, description, List.of());
    }

    /** The property's name in files. */
    public String name() {
        return key.name();
    }

    /** True for text edited over several lines (a note's text); single-line fields serve every other property. */
    public boolean multiLine() {
        return key.equals(dev.hybridnet.model.Keys.TEXT);
    }

    public PropertyType type() {
        return key.type();
    }

    /** For a {@link PropertyType#CHOICE}, the canonical spellings of its values; otherwise empty. */
    public List<String> choices() {
        return key.choices();
    }

    /** What is wrong with this property's value in {@code props}; empty when it is fine or absent. */
    public Optional<String> problemIn(Props props) {
        if (!props.has(key.name())) {
            return Optional.empty();
        }
        return props.derived(this, key.name(), CHECK);
    }

    /** The check as a function of spec and props, so that a remembered result is found without allocating. */
    private static final java.util.function.BiFunction<Object, Props, Optional<String>> CHECK =
            (spec, props) -> props.read(((PropertySpec) spec).key).error();
}
