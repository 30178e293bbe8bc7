package dev.hybridnet.model;

import inet.ipaddr.IPAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The parsers behind {@link Props}' typed readers of values with parts: lists of addresses, routes, the flags of a
 * peering direction, choices. Pure functions of the value read; {@code Props} remembers what they return. The
 * fields of a route and of a peering direction are read with their {@link Keys}, as properties are.
 */
final class ValueReads {

    private ValueReads() {
    }

    /** Each item of {@code list} as text parsed by {@code parse}; the first bad item makes the whole list invalid. */
    static Typed<List<IPAddress>> list(String key, PropValue.ListValue list, String what,
            Function<String, Typed<IPAddress>> parse) {
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

    static Typed<List<Route>> routes(String key, PropValue.ListValue list) {
        List<Route> result = new ArrayList<>();
        for (PropValue item : list.items()) {
            if (!(item instanceof PropValue.ObjectValue object)) {
                return Typed.invalid(key + " should hold route objects, not a " + item.typeName());
            }
            Props route = new Props(object.fields());
            Typed<IPAddress> prefix = route.read(Keys.ADDRESS_PREFIX);
            Typed<NextHopType> hop = route.read(Keys.NEXT_HOP_TYPE);
            Typed<String> nextHop = route.read(Keys.NEXT_HOP);
            for (Typed<?> part : List.of(prefix, hop, nextHop)) {
                if (part.isInvalid()) {
                    return Typed.invalid("route " + (result.size() + 1) + ": " + part.error().orElseThrow());
                }
            }
            if (!prefix.isPresent() || !hop.isPresent()) {
                return Typed.invalid("route " + (result.size() + 1) + " needs an " + Keys.ADDRESS_PREFIX
                        + " and a " + Keys.NEXT_HOP_TYPE);
            }
            result.add(new Route(prefix.toOptional().orElseThrow(), hop.toOptional().orElseThrow(),
                    nextHop.toOptional()));
        }
        return Typed.present(List.copyOf(result));
    }

    /** One direction of a VNet peering; missing flags take Azure's defaults. */
    static Typed<PeeringDirection> peering(String key, PropValue.ObjectValue object) {
        Props flags = new Props(object.fields());
        PeeringDirection defaults = PeeringDirection.defaults();
        Typed<Boolean> access = flags.read(Keys.ALLOW_VIRTUAL_NETWORK_ACCESS);
        Typed<Boolean> forwarded = flags.read(Keys.ALLOW_FORWARDED_TRAFFIC);
        Typed<Boolean> transit = flags.read(Keys.ALLOW_GATEWAY_TRANSIT);
        Typed<Boolean> remote = flags.read(Keys.USE_REMOTE_GATEWAYS);
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

    /** The constant of {@code type} spelled {@code text}, matched without regard to case or surrounding spaces. */
    static <E extends Enum<E> & Spelled> Typed<E> spelledAs(String key, String text, Class<E> type) {
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
}
