package dev.hybridnet.model;

import dev.hybridnet.geometry.Point;
import inet.ipaddr.IPAddress;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * A property's name in files together with the type its value is read as, in the manner of JHotDraw's
 * {@code AttributeKey<T>}: {@code props.read(Keys.ADDRESS_PREFIX)} is a {@code Typed<IPAddress>}. {@link Keys}
 * declares every key the program knows; this class only makes them.
 *
 * <p>Keys are compared by identity. Two keys may share a name when kinds read it differently: {@code sku} is a
 * {@link VpnGatewaySku} on a VPN gateway and an {@link ExpressRouteGatewaySku} on an ExpressRoute gateway.
 */
public final class PropertyKey<T> {

    private final String name;
    private final PropertyType type;
    private final List<String> choices;
    private final BiFunction<Props, String, Typed<T>> reader;

    private PropertyKey(String name, PropertyType type, List<String> choices,
            BiFunction<Props, String, Typed<T>> reader) {
        this.name = Objects.requireNonNull(name, "name");
        this.type = Objects.requireNonNull(type, "type");
        this.choices = List.copyOf(choices);
        this.reader = Objects.requireNonNull(reader, "reader");
    }

    /** The name as files spell it, e.g. {@code addressPrefix}. */
    public String name() {
        return name;
    }

    public PropertyType type() {
        return type;
    }

    /** For a {@link PropertyType#CHOICE}, the canonical spellings of its values in order; otherwise empty. */
    public List<String> choices() {
        return choices;
    }

    /** The value in {@code props}, read as this key's type; {@link Props#read} is the usual way to say it. */
    Typed<T> readFrom(Props props) {
        return reader.apply(props, name);
    }

    @Override
    public String toString() {
        return name;
    }

    static PropertyKey<String> text(String name) {
        return new PropertyKey<>(name, PropertyType.TEXT, List.of(), Props::nonBlankText);
    }

    static PropertyKey<Boolean> bool(String name) {
        return new PropertyKey<>(name, PropertyType.BOOLEAN, List.of(), Props::bool);
    }

    static PropertyKey<Long> integer(String name) {
        return new PropertyKey<>(name, PropertyType.INTEGER, List.of(), Props::integer);
    }

    static PropertyKey<IPAddress> address(String name) {
        return new PropertyKey<>(name, PropertyType.ADDRESS, List.of(), Props::address);
    }

    static PropertyKey<IPAddress> prefix(String name) {
        return new PropertyKey<>(name, PropertyType.PREFIX, List.of(), Props::prefix);
    }

    static PropertyKey<List<IPAddress>> prefixes(String name) {
        return new PropertyKey<>(name, PropertyType.PREFIX_LIST, List.of(), Props::prefixes);
    }

    static PropertyKey<List<IPAddress>> addresses(String name) {
        return new PropertyKey<>(name, PropertyType.ADDRESS_LIST, List.of(), Props::addresses);
    }

    static PropertyKey<List<Route>> routes(String name) {
        return new PropertyKey<>(name, PropertyType.ROUTES, List.of(), Props::routes);
    }

    static PropertyKey<PeeringDirection> peering(String name) {
        return new PropertyKey<>(name, PropertyType.PEERING_FLAGS, List.of(), Props::peering);
    }

    static PropertyKey<List<Point>> points(String name) {
        return new PropertyKey<>(name, PropertyType.POINTS, List.of(), Props::points);
    }

    static PropertyKey<PropValue.ObjectValue> policy(String name) {
        return new PropertyKey<>(name, PropertyType.OBJECT, List.of(), Props::ipsecPolicy);
    }

    static PropertyKey<PropValue.ObjectValue> object(String name) {
        return new PropertyKey<>(name, PropertyType.OBJECT, List.of(), Props::object);
    }

    static <E extends Enum<E> & Spelled> PropertyKey<E> choice(String name, Class<E> values) {
        List<String> spellings = Arrays.stream(values.getEnumConstants()).map(Spelled::spelling).toList();
        return new PropertyKey<>(name, PropertyType.CHOICE, spellings, (props, key) -> props.choice(key, values));
    }
}
