package dev.hybridnet.model;

import inet.ipaddr.IPAddress;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/** A user-defined route of a subnet: destination prefix, next hop type and, for appliances, the hop's element id. */
public record Route(IPAddress addressPrefix, NextHopType nextHopType, Optional<String> nextHop) {

    public Route {
        Objects.requireNonNull(addressPrefix, "addressPrefix");
        Objects.requireNonNull(nextHopType, "nextHopType");
        Objects.requireNonNull(nextHop, "nextHop");
    }

    /** A route as a file holds it, with its prefix as written. */
    public static PropValue.ObjectValue value(String addressPrefix, NextHopType nextHopType, Optional<String> nextHop) {
        Map<String, PropValue> fields = new TreeMap<>();
        fields.put(Keys.ADDRESS_PREFIX.name(), PropValue.text(addressPrefix));
        fields.put(Keys.NEXT_HOP_TYPE.name(), PropValue.text(nextHopType.spelling()));
        nextHop.ifPresent(hop -> fields.put(Keys.NEXT_HOP.name(), PropValue.text(hop)));
        return PropValue.ObjectValue.of(fields);
    }
}
