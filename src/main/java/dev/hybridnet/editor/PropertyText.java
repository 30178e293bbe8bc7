package dev.hybridnet.editor;

import dev.hybridnet.catalog.PropertySpec;
import dev.hybridnet.model.Addresses;
import dev.hybridnet.model.Keys;
import dev.hybridnet.model.NextHopType;
import dev.hybridnet.model.PropValue;
import dev.hybridnet.model.PropertyKey;
import dev.hybridnet.model.PropertyType;
import dev.hybridnet.model.Route;
import dev.hybridnet.model.Typed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Property values as people type them in the inspector, and back: addresses and prefixes as written, prefix
 * lists separated by commas, routes as {@code 10.2.0.0/16 VirtualAppliance fw-hub} separated by semicolons. Reading
 * checks the text with the same strict parsers the validator uses, so a value the inspector accepts is one the
 * property rules accept; blank text means "not set".
 */
public final class PropertyText {

    private static final String ROUTE_EXAMPLE = "e.g. 10.2.0.0/16 VirtualAppliance fw-hub";

    private PropertyText() {
    }

    /** True for the types the inspector edits as a line of text. */
    public static boolean editsAsText(PropertyType type) {
        return switch (type) {
            case TEXT, INTEGER, ADDRESS, PREFIX, PREFIX_LIST, ADDRESS_LIST, ROUTES -> true;
            case BOOLEAN, CHOICE, PEERING_FLAGS, OBJECT, POINTS -> false;
        };
    }

    /** A value as the inspector shows it for {@code spec}. */
    public static String format(PropertySpec spec, PropValue value) {
        if (spec.type() == PropertyType.POINTS && value instanceof PropValue.ListValue list) {
            List<String> points = new ArrayList<>();
            for (PropValue item : list.items()) {
                if (!(item instanceof PropValue.ObjectValue point)) {
                    return format(value);
                }
                points.add("(" + point.fields().values().stream().map(PropertyText::format)
                        .collect(Collectors.joining(", ")) + ")");
            }
            return String.join(" ", points);
        }
        if (spec.type() == PropertyType.ROUTES && value instanceof PropValue.ListValue list) {
            List<String> routes = new ArrayList<>();
            for (PropValue item : list.items()) {
                if (!(item instanceof PropValue.ObjectValue route)) {
                    return format(value);
                }
                routes.add(route(route.fields()));
            }
            return String.join("; ", routes);
        }
        return format(value);
    }

    private static String route(Map<String, PropValue> fields) {
        List<String> parts = new ArrayList<>();
        for (PropertyKey<?> key : List.of(Keys.ADDRESS_PREFIX, Keys.NEXT_HOP_TYPE, Keys.NEXT_HOP)) {
            Optional.ofNullable(fields.get(key.name())).map(PropertyText::format).ifPresent(parts::add);
        }
        return String.join(" ", parts);
    }

    /** Any value as people write it: text bare, numbers plain, lists joined, objects as {key: value}. */
    public static String format(PropValue value) {
        if (value instanceof PropValue.Text t) {
            return t.value();
        } else if (value instanceof PropValue.Number n) {
            return n.value().toPlainString();
        } else if (value instanceof PropValue.Bool b) {
            return Boolean.toString(b.value());
        } else if (value instanceof PropValue.ListValue l) {
            return String.join(", ", l.items().stream().map(PropertyText::format).toList());
        } else if (value instanceof PropValue.ObjectValue o) {
            return "{" + String.join(", ", o.fields().entrySet().stream()
                    .map(f -> f.getKey() + ": " + format(f.getValue())).toList()) + "}";
        } else if (value instanceof PropValue.Null) {
            return "null";
        }
        throw new IllegalArgumentException("unknown value " + value);
    }

    /**
     * The value typed for {@code spec}: present, absent when the text is blank (the property is removed), or
     * invalid with the parser's message.
     */
    public static Typed<PropValue> parse(PropertySpec spec, String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return Typed.absent();
        }
        return switch (spec.type()) {
            case TEXT -> Typed.present(PropValue.text(t));
            case INTEGER -> t.matches("\\d{1,18}") ? Typed.present(PropValue.number(Long.parseLong(t)))
                    : Typed.invalid("'" + t + "' is not a whole number");
            case ADDRESS -> Addresses.address(t).map(a -> PropValue.text(t));
            case PREFIX -> Addresses.prefix(t).map(a -> PropValue.text(t));
            case PREFIX_LIST -> list(t, Addresses::prefix);
            case ADDRESS_LIST -> list(t, Addresses::address);
            case ROUTES -> routes(t);
            case CHOICE -> spec.choices().stream().filter(c -> c.equalsIgnoreCase(t)).findFirst()
                    .<Typed<PropValue>>map(c -> Typed.present(PropValue.text(c)))
                    .orElseGet(() -> Typed.invalid("'" + t + "' is not one of " + String.join(", ", spec.choices())));
            case BOOLEAN, PEERING_FLAGS, OBJECT, POINTS -> Typed.invalid(spec.label() + " is not edited as text");
        };
    }

    private static Typed<PropValue> list(String text, java.util.function.Function<String, Typed<?>> parse) {
        List<String> items = Arrays.stream(text.split("[,;\\s]+")).filter(s -> !s.isEmpty()).toList();
        for (String item : items) {
            Optional<String> problem = parse.apply(item).error();
            if (problem.isPresent()) {
                return Typed.invalid(problem.get());
            }
        }
        return Typed.present(PropValue.texts(items));
    }

    private static Typed<PropValue> routes(String text) {
        List<String> entries = Arrays.stream(text.split("[;\\n]")).map(String::strip).filter(s -> !s.isEmpty())
                .toList();
        List<PropValue> routes = new ArrayList<>();
        for (String entry : entries) {
            Typed<PropValue> route = route(entry);
            if (route.isInvalid()) {
                return Typed.invalid("route " + (routes.size() + 1) + ": " + route.error().orElseThrow());
            }
            routes.add(route.toOptional().orElseThrow());
        }
        return Typed.present(new PropValue.ListValue(routes));
    }

    private static Typed<PropValue> route(String entry) {
        String[] parts = entry.split("\\s+");
        if (parts.length < 2 || parts.length > 3) {
            return Typed.invalid("write a prefix, a next hop type and, for an appliance, its id (" + ROUTE_EXAMPLE
                    + ")");
        }
        Optional<String> problem = Addresses.prefix(parts[0]).error();
        if (problem.isPresent()) {
            return Typed.invalid(problem.get());
        }
        Optional<NextHopType> hop = Arrays.stream(NextHopType.values())
                .filter(h -> h.spelling().toLowerCase(Locale.ROOT).equals(parts[1].toLowerCase(Locale.ROOT)))
                .findFirst();
        if (hop.isEmpty()) {
            return Typed.invalid("'" + parts[1] + "' is not a next hop type (expected one of "
                    + String.join(", ", Arrays.stream(NextHopType.values()).map(NextHopType::spelling).toList())
                    + ")");
        }
        return Typed.present(Route.value(parts[0], hop.get(),
                parts.length == 3 ? Optional.of(parts[2]) : Optional.empty()));
    }
}
