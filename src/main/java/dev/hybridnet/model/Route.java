package dev.hybridnet.model;

import inet.ipaddr.IPAddress;
import java.util.Objects;
import java.util.Optional;

/** A user-defined route of a subnet: destination prefix, next hop type and, for appliances, the hop's element id. */
public record Route(IPAddress addressPrefix, NextHopType nextHopType, Optional<String> nextHop) {

    public Route {
        Objects.requireNonNull(addressPrefix, "addressPrefix");
        Objects.requireNonNull(nextHopType, "nextHopType");
        Objects.requireNonNull(nextHop, "nextHop");
    }
}
