package dev.hybridnet.model;

import dev.hybridnet.geometry.Point;
import inet.ipaddr.IPAddress;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * The per-kind properties of an element or connection: an immutable map from key to {@link PropValue}, sorted by
 * key. Typed readers interpret a value and report a bad one as {@link Typed.Invalid} instead of throwing; keys
 * the program does not know are kept as they are. {@link #read(PropertyKey)} reads a property of {@link Keys} as
 * the key's type; the readers by name remain for text as written and for files' unknown keys.
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
    private static final Object POINTS = new Object();
    private static final Object POLICY = new Object();

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

    public Props with(PropertyKey<?> key, PropValue value) {
        return with(key.name(), value);
    }

    /** A copy without {@code key}. */
    public Props without(String key) {
        TreeMap<String, PropValue> copy = new TreeMap<>(values);
        copy.remove(key);
        return new Props(copy);
    }

    /** The value of {@code key}, read as the key's type: {@code read(Keys.ADDRESS_PREFIX)} is a prefix. */
    public <T> Typed<T> read(PropertyKey<T> key) {
        return key.readFrom(this);
    }

    public Typed<String> text(String key) {
        return typed(key, PropValue.Text.class, "text", (k, t) -> Typed.present(t.value()));
    }

    /** Text that is blank counts as absent: an empty field in the inspector means "not set". */
    public Typed<String> nonBlankText(String key) {
        Typed<String> text = text(key);
        return text instanceof Typed.Present<String> p && p.value().isBlank() ? Typed.absent() : text;
    }

    public Typed<Boolean> bool(String key) {
        return typed(key, PropValue.Bool.class, "true or false", (k, b) -> Typed.present(b.value()));
    }

    /** A whole number that fits in a {@code long} (ASNs reach 4294967295). */
    public Typed<Long> integer(String key) {
        return typed(key, PropValue.Number.class, "a whole number", Props::whole);
    }

    private static Typed<Long> whole(String key, PropValue.Number n) {
        try {
            return Typed.present(n.value().longValueExact());
        } catch (ArithmeticException e) {
            return Typed.invalid(key + " should be a whole number, not " + n.value().toPlainString());
        }
    }

    /** An object kept as it is, e.g. an IPsec policy. */
    public Typed<PropValue.ObjectValue> object(String key) {
        return typed(key, PropValue.ObjectValue.class, "an object", (k, o) -> Typed.present(o));
    }

    /**
     * The value of {@code key} read by {@code read} when it is a {@code kind}; absent when missing or null, and
     * invalid, saying what it should be ({@code expected}), when it is a value of another kind.
     */
    private <V extends PropValue, T> Typed<T> typed(String key, Class<V> kind, String expected,
            BiFunction<String, V, Typed<T>> read) {
        PropValue value = values.get(key);
        if (value == null || value instanceof PropValue.Null) {
            return Typed.absent();
        }
        if (kind.isInstance(value)) {
            return read.apply(key, kind.cast(value));
        }
        return Typed.invalid(key + " should be " + expected + ", not a " + value.typeName());
    }

    /** One of the constants of {@code type}, matched by spelling without regard to case. */
    public <E extends Enum<E> & Spelled> Typed<E> choice(String key, Class<E> type) {
        Typed<E> known = cached(type, key);
        return known != null ? known : remember(type, key, readChoice(key, type));
    }

    private <E extends Enum<E> & Spelled> Typed<E> readChoice(String key, Class<E> type) {
        Typed<String> text = nonBlankText(key);
        return text instanceof Typed.Present<String> p ? ValueReads.spelledAs(key, p.value(), type)
                : notPresent(text);
    }

    /** A single IP address, e.g. {@code publicIp}. */
    public Typed<IPAddress> address(String key) {
        return memo(ADDRESS, key, Props::readAddress);
    }

    private Typed<IPAddress> readAddress(String key) {
        Typed<String> text = nonBlankText(key);
        return text instanceof Typed.Present<String> p ? Addresses.address(p.value()) : notPresent(text);
    }

    /** A CIDR prefix, e.g. a subnet's {@code addressPrefix}. */
    public Typed<IPAddress> prefix(String key) {
        return memo(PREFIX, key, Props::readPrefix);
    }

    private Typed<IPAddress> readPrefix(String key) {
        Typed<String> text = nonBlankText(key);
        return text instanceof Typed.Present<String> p ? Addresses.prefix(p.value()) : notPresent(text);
    }

    /** A list of CIDR prefixes, e.g. {@code addressSpaces}; the first bad entry makes the whole list invalid. */
    public Typed<List<IPAddress>> prefixes(String key) {
        return memo(PREFIXES, key, (p, k) -> p.typed(k, PropValue.ListValue.class, "a list of prefixes",
                (k2, list) -> ValueReads.list(k2, list, "prefixes", Addresses::prefix)));
    }

    /** A list of single IP addresses, e.g. a gateway's {@code bgpPeeringAddresses}; one bad entry spoils all. */
    public Typed<List<IPAddress>> addresses(String key) {
        return memo(ADDRESSES, key, (p, k) -> p.typed(k, PropValue.ListValue.class, "a list of addresses",
                (k2, list) -> ValueReads.list(k2, list, "addresses", Addresses::address)));
    }

    /** A subnet's user-defined routes. */
    public Typed<List<Route>> routes(String key) {
        return memo(ROUTES, key, (p, k) -> p.typed(k, PropValue.ListValue.class, "a list of routes",
                ValueReads::routes));
    }

    /** One direction of a VNet peering; missing flags take Azure's defaults. */
    public Typed<PeeringDirection> peering(String key) {
        return memo(PEERING, key, (p, k) -> p.typed(k, PropValue.ObjectValue.class,
                "an object of peering flags", ValueReads::peering));
    }

    /** An IPsec policy: an object whose known fields are legal ({@link Ipsec}). */
    public Typed<PropValue.ObjectValue> ipsecPolicy(String key) {
        return memo(POLICY, key, (p, k) -> p.typed(k, PropValue.ObjectValue.class, "an object", Ipsec::check));
    }

    /** A list of points on the canvas, such as a connection's waypoints ({@link Waypoints}). */
    public Typed<List<Point>> points(String key) {
        return memo(POINTS, key, (p, k) -> p.typed(k, PropValue.ListValue.class, "a list of points",
                Waypoints::read));
    }

    /** A read remembered under {@code tag}; {@code read} should not capture, so a remembered read allocates nothing. */
    private <T> Typed<T> memo(Object tag, String key, BiFunction<Props, String, Typed<T>> read) {
        Typed<T> known = cached(tag, key);
        return known != null ? known : remember(tag, key, read.apply(this, key));
    }

    private static <T> Typed<T> notPresent(Typed<?> read) {
        return read.isInvalid() ? Typed.invalid(read.error().orElseThrow()) : Typed.absent();
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

        public Builder put(PropertyKey<?> key, PropValue value) {
            return put(key.name(), value);
        }

        /** Text as it is, for a key of any type: a choice's spelling, an address, a prefix. */
        public Builder text(PropertyKey<?> key, String value) {
            return text(key.name(), value);
        }

        public Builder bool(PropertyKey<Boolean> key, boolean value) {
            return bool(key.name(), value);
        }

        public Builder number(PropertyKey<Long> key, long value) {
            return number(key.name(), value);
        }

        public Builder texts(PropertyKey<List<IPAddress>> key, List<String> texts) {
            return texts(key.name(), texts);
        }

        public Props build() {
            return new Props(values);
        }
    }
}
