package dev.hybridnet.model;

import inet.ipaddr.IPAddress;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The per-kind properties of an element or connection: an immutable map from key to {@link PropValue}, sorted by
 * key. Typed readers interpret a value and report a bad one as {@link Typed.Invalid} instead of throwing; keys
 * the program does not know are kept as they are.
 *
 * <p>A value class rather than a record: the typed readers that parse (addresses, routes, peering flags, choices)
 * remember their results, because every rule reads them again after every edit. Equality is by {@link #values()}.
 */
public final class Props {

    private static final Props EMPTY = new Props(new TreeMap<>());
    private static final Object ADDRESS = new Object();
    private static final Object PREFIX = new Object();
    private static final Object PREFIXES = new Object();
    private static final Object ADDRESSES = new Object();
    private static final Object ROUTES = new Object();
    private static final Object PEERING = new Object();

    private final SortedMap<String, PropValue> values;
    /** Remembered reads: tag, key, value, tag, key, value... Replaced whole on every addition. */
    private volatile Object[] reads = new Object[0];

    public Props(SortedMap<String, PropValue> values) {
        this.values = Collections.unmodifiableSortedMap(new TreeMap<>(values));
    }

    public SortedMap<String, PropValue> values() {
        return values;
    }

    /** The keys, in order, as a list that is made once per instance (rules walk them on every validation). */
    public List<String> keys() {
        List<String> known = keys;
        if (known == null) {
            known = List.copyOf(values.keySet());
            keys = known;
        }
        return known;
    }

    private volatile List<String> keys;

    /**
     * A value derived from one property, computed once per props instance and remembered: parsed addresses,
     * routes, checks. {@code tag} names the derivation (compared by identity); {@code derive} must be a pure
     * function of this instance's values. Thread-safe.
     */
    @SuppressWarnings("unchecked")
    public <T> T derived(Object tag, String key, java.util.function.Supplier<T> derive) {
        Object known = known(tag, key);
        return known != MISSING ? (T) known : remember(tag, key, derive.get());
    }

    /** Marks "not derived yet" in {@link #known}; no derived value is this object. */
    private static final Object MISSING = new Object();

    /**
     * The value derived for {@code tag} and {@code key}, or {@link #MISSING}. The typed getters look here first,
     * so that a remembered read allocates nothing (validation reads the same props many times).
     */
    private Object known(Object tag, String key) {
        Object[] known = reads;
        for (int i = 0; i < known.length; i += 3) {
            if (known[i] == tag && (known[i + 1] == key || known[i + 1].equals(key))) {
                return known[i + 2];
            }
        }
        return MISSING;
    }

    private <T> T remember(Object tag, String key, T value) {
        synchronized (this) {
            Object[] current = reads;
            Object[] grown = java.util.Arrays.copyOf(current, current.length + 3);
            grown[current.length] = tag;
            grown[current.length + 1] = key;
            grown[current.length + 2] = value;
            reads = grown;
        }
        return value;
    }

    /**
     * As {@link #derived(Object, String, java.util.function.Supplier)}, for derivations that need only the tag and
     * this instance: with a non-capturing {@code derive}, a remembered value costs no allocation at all.
     */
    @SuppressWarnings("unchecked")
    public <T> T derived(Object tag, String key, java.util.function.BiFunction<Object, Props, T> derive) {
        Object known = known(tag, key);
        return known != MISSING ? (T) known : remember(tag, key, derive.apply(tag, this));
    }

    @SuppressWarnings("unchecked")
    private <T> Typed<T> cached(Object tag, String key) {
        Object known = known(tag, key);
        return known == MISSING ? null : (Typed<T>) known;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Props p && values.equals(p.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "Props" + values;
    }

    public static Props empty() {
        return EMPTY;
    }

    public static Props of(Map<String, PropValue> values) {
        return new Props(new TreeMap<>(values));
    }

    public Optional<PropValue> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    public boolean has(String key) {
        return values.containsKey(key);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** A copy with {@code key} set to {@code value}. */
    public Props with(String key, PropValue value) {
        TreeMap<String, PropValue> copy = new TreeMap<>(values);
        copy.put(key, value);
        return new Props(copy);
    }

    /** A copy without {@code key}. */
    public Props without(String key) {
        TreeMap<String, PropValue> copy = new TreeMap<>(values);
        copy.remove(key);
        return new Props(copy);
    }

    public Typed<String> text(String key) {
        PropValue value = values.get(key);
        if (value == null || value instanceof PropValue.Null) {
            return Typed.absent();
        }
        if (value instanceof PropValue.Text t) {
            return Typed.present(t.value());
        }
        return Typed.invalid(key + " should be text, not a " + value.typeName());
    }

    /** Text that is blank counts as absent: an empty field in the inspector means "not set". */
    public Typed<String> nonBlankText(String key) {
        Typed<String> text = text(key);
        return text instanceof Typed.Present<String> p && p.value().isBlank() ? Typed.absent() : text;
    }

    public Typed<Boolean> bool(String key) {
        PropValue value = values.get(key);
        if (value == null || value instanceof PropValue.Null) {
            return Typed.absent();
        }
        if (value instanceof PropValue.Bool b) {
            return Typed.present(b.value());
        }
        return Typed.invalid(key + " should be true or false, not a " + value.typeName());
    }

    /** A whole number that fits in a {@code long} (ASNs reach 4294967295). */
    public Typed<Long> integer(String key) {
        PropValue value = values.get(key);
        if (value == null || value instanceof PropValue.Null) {
            return Typed.absent();
        }
        if (value instanceof PropValue.Number n) {
            try {
                return Typed.present(n.value().longValueExact());
            } catch (ArithmeticException e) {
                return Typed.invalid(key + " should be a whole number, not " + n.value().toPlainString());
            }
        }
        return Typed.invalid(key + " should be a whole number, not a " + value.typeName());
    }

    /** One of the constants of {@code type}, matched by spelling without regard to case. */
    public <E extends Enum<E> & Spelled> Typed<E> choice(String key, Class<E> type) {
        Typed<E> known = cached(type, key);
        return known != null ? known : remember(type, key, readChoice(key, type));
    }

    private <E extends Enum<E> & Spelled> Typed<E> readChoice(String key, Class<E> type) {
        Typed<String> text = nonBlankText(key);
        return text instanceof Typed.Present<String> p ? spelledAs(key, p.value(), type) : notPresent(text);
    }

    /** A single IP address, e.g. {@code publicIp}. */
    public Typed<IPAddress> address(String key) {
        Typed<IPAddress> known = cached(ADDRESS, key);
        return known != null ? known : remember(ADDRESS, key, readAddress(key));
    }

    private Typed<IPAddress> readAddress(String key) {
        Typed<String> text = nonBlankText(key);
        return text instanceof Typed.Present<String> p ? Addresses.address(p.value()) : notPresent(text);
    }

    /** A CIDR prefix, e.g. a subnet's {@code addressPrefix}. */
    public Typed<IPAddress> prefix(String key) {
        Typed<IPAddress> known = cached(PREFIX, key);
        return known != null ? known : remember(PREFIX, key, readPrefix(key));
    }

    private Typed<IPAddress> readPrefix(String key) {
        Typed<String> text = nonBlankText(key);
        return text instanceof Typed.Present<String> p ? Addresses.prefix(p.value()) : notPresent(text);
    }

    /** A list of CIDR prefixes, e.g. {@code addressSpaces}; the first bad entry makes the whole list invalid. */
    public Typed<List<IPAddress>> prefixes(String key) {
        Typed<List<IPAddress>> known = cached(PREFIXES, key);
        return known != null ? known : remember(PREFIXES, key, readPrefixes(key));
    }

    private Typed<List<IPAddress>> readPrefixes(String key) {
        return readList(key, "prefixes", Addresses::prefix);
    }

    /** A list of single IP addresses, e.g. a gateway's {@code bgpPeeringAddresses}; one bad entry spoils all. */
    public Typed<List<IPAddress>> addresses(String key) {
        Typed<List<IPAddress>> known = cached(ADDRESSES, key);
        return known != null ? known : remember(ADDRESSES, key, readList(key, "addresses", Addresses::address));
    }

    private Typed<List<IPAddress>> readList(String key, String what,
            java.util.function.Function<String, Typed<IPAddress>> parse) {
        PropValue value = values.get(key);
        if (value == null || value instanceof PropValue.Null) {
            return Typed.absent();
        }
        if (!(value instanceof PropValue.ListValue list)) {
            return Typed.invalid(key + " should be a list of " + what + ", not a " + value.typeName());
        }
        List<IPAddress> result = new ArrayList<>(list.items().size());
        for (PropValue item : list.items()) {
            if (!(item instanceof PropValue.Text text)) {
                return Typed.invalid(key + " should hold " + what + " as text, not a " + item.typeName());
            }
            Typed<IPAddress> parsed = parse.apply(text.value());
            if (!(parsed instanceof Typed.Present<IPAddress> p)) {
                return Typed.invalid(parsed.error().orElseThrow());
            }
            result.add(p.value());
        }
        return Typed.present(List.copyOf(result));
    }

    /** A subnet's user-defined routes. */
    public Typed<List<Route>> routes(String key) {
        Typed<List<Route>> known = cached(ROUTES, key);
        return known != null ? known : remember(ROUTES, key, readRoutes(key));
    }

    private Typed<List<Route>> readRoutes(String key) {
        PropValue value = values.get(key);
        if (value == null || value instanceof PropValue.Null) {
            return Typed.absent();
        }
        if (!(value instanceof PropValue.ListValue list)) {
            return Typed.invalid(key + " should be a list of routes, not a " + value.typeName());
        }
        List<Route> result = new ArrayList<>();
        for (PropValue item : list.items()) {
            if (!(item instanceof PropValue.ObjectValue object)) {
                return Typed.invalid(key + " should hold route objects, not a " + item.typeName());
            }
            Props route = new Props(object.fields());
            Typed<IPAddress> prefix = route.prefix("addressPrefix");
            Typed<NextHopType> hop = route.choice("nextHopType", NextHopType.class);
            Typed<String> nextHop = route.nonBlankText("nextHop");
            for (Typed<?> part : List.of(prefix, hop, nextHop)) {
                if (part.isInvalid()) {
                    return Typed.invalid("route " + (result.size() + 1) + ": " + part.error().orElseThrow());
                }
            }
            if (!prefix.isPresent() || !hop.isPresent()) {
                return Typed.invalid("route " + (result.size() + 1) + " needs an addressPrefix and a nextHopType");
            }
            result.add(new Route(prefix.toOptional().orElseThrow(), hop.toOptional().orElseThrow(),
                    nextHop.toOptional()));
        }
        return Typed.present(List.copyOf(result));
    }

    /** One direction of a VNet peering; missing flags take Azure's defaults. */
    public Typed<PeeringDirection> peering(String key) {
        Typed<PeeringDirection> known = cached(PEERING, key);
        return known != null ? known : remember(PEERING, key, readPeering(key));
    }

    private Typed<PeeringDirection> readPeering(String key) {
        PropValue value = values.get(key);
        if (value == null || value instanceof PropValue.Null) {
            return Typed.absent();
        }
        if (!(value instanceof PropValue.ObjectValue object)) {
            return Typed.invalid(key + " should be an object of peering flags, not a " + value.typeName());
        }
        Props flags = new Props(object.fields());
        PeeringDirection defaults = PeeringDirection.defaults();
        Typed<Boolean> access = flags.bool("allowVirtualNetworkAccess");
        Typed<Boolean> forwarded = flags.bool("allowForwardedTraffic");
        Typed<Boolean> transit = flags.bool("allowGatewayTransit");
        Typed<Boolean> remote = flags.bool("useRemoteGateways");
        for (Typed<Boolean> flag : List.of(access, forwarded, transit, remote)) {
            if (flag.isInvalid()) {
                return Typed.invalid(key + "." + flag.error().orElseThrow());
            }
        }
        return Typed.present(new PeeringDirection(
                access.orElse(defaults.allowVirtualNetworkAccess()),
                forwarded.orElse(defaults.allowForwardedTraffic()),
                transit.orElse(defaults.allowGatewayTransit()),
                remote.orElse(defaults.useRemoteGateways())));
    }

    private static <T> Typed<T> notPresent(Typed<?> read) {
        return read.isInvalid() ? Typed.invalid(read.error().orElseThrow()) : Typed.absent();
    }

    private static <E extends Enum<E> & Spelled> Typed<E> spelledAs(String key, String text, Class<E> type) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        for (E constant : type.getEnumConstants()) {
            if (constant.spelling().toLowerCase(Locale.ROOT).equals(wanted)) {
                return Typed.present(constant);
            }
        }
        List<String> allowed = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            allowed.add(constant.spelling());
        }
        return Typed.invalid("'" + text + "' is not a valid " + key + " (expected one of "
                + String.join(", ", allowed) + ")");
    }

    /** The number a property holds, for display; empty when it is not a number. */
    public Optional<BigDecimal> number(String key) {
        return values.get(key) instanceof PropValue.Number n ? Optional.of(n.value()) : Optional.empty();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds props key by key; a later value for the same key replaces the earlier one. */
    public static final class Builder {

        private final TreeMap<String, PropValue> values = new TreeMap<>();

        private Builder() {
        }

        public Builder put(String key, PropValue value) {
            values.put(key, value);
            return this;
        }

        public Builder text(String key, String value) {
            return put(key, new PropValue.Text(value));
        }

        public Builder bool(String key, boolean value) {
            return put(key, new PropValue.Bool(value));
        }

        public Builder number(String key, long value) {
            return put(key, PropValue.Number.of(value));
        }

        public Builder texts(String key, List<String> texts) {
            return put(key, PropValue.texts(texts));
        }

        public Props build() {
            return new Props(values);
        }
    }
}
