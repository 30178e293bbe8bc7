package dev.hybridnet.fixes;

import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import dev.hybridnet.model.ElementKind;
import dev.hybridnet.model.Keys;
import inet.ipaddr.IPAddress;
import inet.ipaddr.ipv4.IPv4Address;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where a subnet can grow to a larger IPv4 block inside its VNet: a block that lies in one of the VNet's address
 * spaces, overlaps no other subnet of the VNet, and still holds the private IPs of what the subnet contains. The
 * block around the current prefix comes first (nothing moves); then the topmost free block, where Azure advises
 * GatewaySubnet to sit.
 */
final class GatewayBlock {

    /** Enough to find a gap in any realistic VNet without walking a whole /8 block by block. */
    private static final int MAX_CANDIDATES = 1 << 16;

    private GatewayBlock() {
    }

    static Optional<IPAddress> find(Diagram d, Element subnet, IPAddress prefix, int length) {
        Optional<Element> vnet = d.parentOf(subnet.id()).filter(p -> p.kind() == ElementKind.VIRTUAL_NETWORK);
        if (vnet.isEmpty()) {
            return Optional.empty();
        }
        List<IPAddress> spaces = vnet.get().props().read(Keys.ADDRESS_SPACES).toOptional().orElse(List.of());
        List<IPAddress> taken = new ArrayList<>();
        for (Element sibling : d.childrenOf(vnet.get().id())) {
            if (!sibling.id().equals(subnet.id()) && sibling.kind() == ElementKind.SUBNET) {
                sibling.props().read(Keys.ADDRESS_PREFIX).toOptional().ifPresent(taken::add);
            }
        }
        List<IPAddress> held = heldAddresses(d, subnet);
        IPAddress around = prefix.toPrefixBlock(length);
        if (fits(around, spaces, taken, held)) {
            return Optional.of(around);
        }
        for (IPAddress space : spaces) {
            Optional<IPAddress> top = topmostFree(space, length, spaces, taken, held);
            if (top.isPresent()) {
                return top;
            }
        }
        return Optional.empty();
    }

    private static List<IPAddress> heldAddresses(Diagram d, Element subnet) {
        List<IPAddress> held = new ArrayList<>();
        for (Element child : d.childrenOf(subnet.id())) {
            child.props().read(Keys.PRIVATE_IP).toOptional().ifPresent(held::add);
        }
        return held;
    }

    private static boolean fits(IPAddress block, List<IPAddress> spaces, List<IPAddress> taken, List<IPAddress> held) {
        return spaces.stream().anyMatch(space -> space.contains(block))
                && taken.stream().noneMatch(block::overlaps)
                && held.stream().allMatch(block::contains);
    }

    private static Optional<IPAddress> topmostFree(IPAddress space, int length, List<IPAddress> spaces,
            List<IPAddress> taken, List<IPAddress> held) {
        if (!space.isIPv4() || space.getNetworkPrefixLength() == null || space.getNetworkPrefixLength() > length) {
            return Optional.empty();
        }
        long size = 1L << (32 - length);
        long low = space.getLower().toIPv4().longValue();
        long start = space.getUpper().toIPv4().longValue() + 1 - size;
        for (int i = 0; i < MAX_CANDIDATES && start >= low; i++, start -= size) {
            IPAddress block = new IPv4Address((int) start, length).toPrefixBlock();
            if (fits(block, spaces, taken, held)) {
                return Optional.of(block);
            }
        }
        return Optional.empty();
    }
}
