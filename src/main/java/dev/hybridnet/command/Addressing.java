package dev.hybridnet.command;

import dev.hybridnet.model.Addresses;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import dev.hybridnet.model.ElementKind;
import dev.hybridnet.model.Keys;
import dev.hybridnet.model.Typed;
import inet.ipaddr.IPAddress;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * Address ranges for new networks and subnets that do not overlap what is already there, so that a design built
 * from the palette does not start with overlap errors. Best effort: when nothing fits, the catalog default stays.
 */
final class Addressing {

    /** Enough to find a gap in any realistic VNet without walking a huge IPv6 space. */
    private static final int MAX_CANDIDATES = 1 << 14;

    private Addressing() {
    }

    /** A free prefix of {@code length} inside the address spaces of the VNet {@code vnetId}. */
    static Optional<String> freeSubnetPrefix(Diagram d, String vnetId, int length) {
        return freeSubnetPrefix(d, vnetId, length, false);
    }

    /**
     * As above; with {@code fromTop}, the highest free block instead of the lowest (IPv4): where Azure's guidance
     * puts GatewaySubnet, so that the rest of the address space stays in one piece.
     */
    static Optional<String> freeSubnetPrefix(Diagram d, String vnetId, int length, boolean fromTop) {
        Optional<Element> vnet = d.element(vnetId).filter(e -> e.kind() == ElementKind.VIRTUAL_NETWORK);
        if (vnet.isEmpty()) {
            return Optional.empty();
        }
        List<IPAddress> taken = new ArrayList<>();
        for (Element subnet : d.childrenOf(vnetId)) {
            subnet.props().read(Keys.ADDRESS_PREFIX).toOptional().ifPresent(taken::add);
        }
        for (IPAddress space : spaces(vnet.get())) {
            if (space.getNetworkPrefixLength() == null || space.getNetworkPrefixLength() > length
                    || length > space.getBitCount()) {
                continue;
            }
            Optional<IPAddress> free = fromTop && space.isIPv4()
                    ? firstFree(descending(space.toIPv4(), length), taken)
                    : firstFree(space.setPrefixLength(length, false).prefixBlockIterator(), taken);
            if (free.isPresent()) {
                return free.map(IPAddress::toCanonicalString);
            }
        }
        return Optional.empty();
    }

    /** The first {@code 10.n.0.0/16} that overlaps no network in the diagram. */
    static Optional<String> freeNetworkSpace(Diagram d) {
        List<IPAddress> taken = new ArrayList<>();
        for (Element e : d.elements()) {
            if (e.kind() == ElementKind.VIRTUAL_NETWORK || e.kind() == ElementKind.ON_PREMISES_NETWORK) {
                taken.addAll(spaces(e));
            }
        }
        for (int n = 0; n < 256; n++) {
            Typed<IPAddress> candidate = Addresses.prefix("10." + n + ".0.0/16");
            Optional<IPAddress> free = candidate.toOptional().filter(c -> taken.stream().noneMatch(c::overlaps));
            if (free.isPresent()) {
                return free.map(IPAddress::toCanonicalString);
            }
        }
        return Optional.empty();
    }

    private static List<IPAddress> spaces(Element network) {
        return network.props().read(Keys.ADDRESS_SPACES).toOptional().orElse(List.of());
    }

    /** The blocks of {@code length} in an IPv4 space, from the top down. */
    private static Iterator<IPAddress> descending(inet.ipaddr.ipv4.IPv4Address space, int length) {
        long size = 1L << (32 - length);
        long lowest = space.getLower().longValue();
        long[] next = {space.getUpper().longValue() + 1 - size};
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return next[0] >= lowest;
            }

            @Override
            public IPAddress next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                IPAddress block = new inet.ipaddr.ipv4.IPv4Address((int) next[0], length);
                next[0] -= size;
                return block;
            }
        };
    }

    private static Optional<IPAddress> firstFree(Iterator<? extends IPAddress> blocks, List<IPAddress> taken) {
        for (int i = 0; i < MAX_CANDIDATES && blocks.hasNext(); i++) {
            IPAddress block = blocks.next();
            if (taken.stream().noneMatch(block::overlaps)) {
                return Optional.of(block);
            }
        }
        return Optional.empty();
    }
}
