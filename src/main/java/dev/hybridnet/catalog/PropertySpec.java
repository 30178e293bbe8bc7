package dev.hybridnet.catalog;

import dev.hybridnet.model.PropValue;
import dev.hybridnet.model.Props;
import dev.hybridnet.model.Typed;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One property a kind understands: its key in files, its type, a label and a sentence for the inspector, for
 * {@link PropertyType#CHOICE} the canonical spellings of its values, and for free {@link PropertyType#TEXT} the
 * common values the inspector offers (any other text is still allowed).
 */
public record PropertySpec(String key, PropertyType type, String label, String description, List<String> choices,
        List<String> suggestions) {

    public PropertySpec {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(description, "description");
        choices = List.copyOf(choices);
        if ((type == PropertyType.CHOICE) == choices.isEmpty()) {
            throw new IllegalArgumentException(key + ": choices go with CHOICE properties, and only with them");
        }
        suggestions = List.copyOf(suggestions);
        if (type != PropertyType.TEXT && !suggestions.isEmpty()) {
            throw new IllegalArgumentException(key + ": suggestions go with TEXT properties only");
        }
    }

    public PropertySpec(String key, PropertyType type, String label, String description, List<String> choices) {
        this(key, type, label, description, choices, List.of());
    }

    /** What is wrong with this property's value in {@code props}; empty when it is fine or absent. */
    public Optional<String> problemIn(Props props) {
        if (!props.has(key)) {
            return Optional.empty();
        }
        return props.derived(this, key, CHECK);
    }

    /** The check as a function of spec and props, so that a remembered result is found without allocating. */
    private static final java.util.function.BiFunction<Object, Props, Optional<String>> CHECK =
            (spec, props) -> ((PropertySpec) spec).check(props);

    private Optional<String> check(Props props) {
        Typed<?> read = switch (type) {
            case TEXT -> props.text(key);
            case BOOLEAN -> props.bool(key);
            case INTEGER -> props.integer(key);
            case ADDRESS -> props.address(key);
            case PREFIX -> props.prefix(key);
            case PREFIX_LIST -> props.prefixes(key);
            case ADDRESS_LIST -> props.addresses(key);
            case CHOICE -> choiceIn(props);
            case ROUTES -> props.routes(key);
            case PEERING_FLAGS -> props.peering(key);
            case OBJECT -> props.get(key).filter(v -> !(v instanceof PropValue.ObjectValue)
                    && !(v instanceof PropValue.Null)).map(v -> Typed.invalid(key + " should be an object, not a "
                    + v.typeName())).orElse(Typed.absent());
        };
        return read.error();
    }

    private Typed<String> choiceIn(Props props) {
        Typed<String> text = props.nonBlankText(key);
        if (text instanceof Typed.Present<String> p) {
            String wanted = p.value().strip().toLowerCase(Locale.ROOT);
            boolean known = choices.stream().anyMatch(c -> c.toLowerCase(Locale.ROOT).equals(wanted));
            return known ? text : Typed.invalid("'" + p.value() + "' is not a valid " + key + " (expected one of "
                    + String.join(", ", choices) + ")");
        }
        return text;
    }
}
