package dev.hybridnet.command;

import dev.hybridnet.catalog.Catalog;
import dev.hybridnet.model.Addresses;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import dev.hybridnet.model.ElementKind;
import dev.hybridnet.model.Keys;
import dev.hybridnet.model.PropValue;
import inet.ipaddr.IPAddress;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a paste does besides copying, so that a copy is a new thing and not a clash, as a placed component is: a
 * copy whose name another element of its kind already has gets a numbered one ({@code vnet-app-2}; Azure's reserved
 * subnet names stay); a copied network whose address space overlaps a network of the diagram moves to a free
 * {@code 10.n.0.0/16}-style block of the same size, its subnets with it; a copied subnet that overlaps a sibling or
 * leaves its network takes a free prefix of the same length there.
 */
final class PasteSettling {

    private PasteSettling() {
    }

    /** {@code pasted} (the copies, already in {@code d}) settled: names and address ranges of their own. */
    static Diagram settle(Diagram d, Set<String> pasted, Set<String> outermost) {
        Diagram result = names(d, pasted);
        for (String id : outermost) {
            Element e = result.element(id).orElseThrow();
            if (e.kind() == ElementKind.VIRTUAL_NETWORK) {
                result = network(result, e);
            } else if (e.kind() == ElementKind.SUBNET) {
                result = subnet(result, e);
            }
        }
        return result;
    }

    private static Diagram names(Diagram d, Set<String> pasted) {
        Set<String> taken = new HashSet<>();
        for (Element e : d.elements()) {
            if (!pasted.contains(e.id())) {
                taken.add(e.kind() + "\n" + e.name());
            }
        }
        return Contents.mapElements(d, e -> {
            if (!pasted.contains(e.id()) || Catalog.presetNamed(e.name()).isPresent()) {
                return e;
            }
            String name = e.name();
            if (taken.contains(e.kind() + "\n" + name)) {
                name = Names.copyOf(name, n -> taken.contains(e.kind() + "\n" + n));
            }
            taken.add(e.kind() + "\n" + name);
            return e.withName(name);
        });
    }

    /** A copied network that overlaps another moves to a free block of its size, with its subnets. */
    private static Diagram network(Diagram d, Element vnet) {
        List<IPAddress> spaces = vnet.props().read(Keys.ADDRESS_SPACES).toOptional().orElse(List.of());
        if (spaces.size() != 1 || !spaces.get(0).isIPv4()) {
            return d;
        }
        IPAddress space = spaces.get(0);
        List<IPAddress> others = new ArrayList<>();
        for (Element e : d.elements()) {
            if (!e.id().equals(vnet.id()) && (e.kind() == ElementKind.VIRTUAL_NETWORK
                    || e.kind() == ElementKind.ON_PREMISES_NETWORK)) {
                others.addAll(e.props().read(Keys.ADDRESS_SPACES).toOptional().orElse(List.of()));
            }
        }
        if (others.stream().noneMatch(space::overlaps)) {
            return d;
        }
        Optional<IPAddress> free = freeBlock(space.getNetworkPrefixLength(), others);
        if (free.isEmpty()) {
            return d;
        }
        BigInteger shift = free.get().getValue().subtract(space.getValue());
        Diagram moved = Contents.mapElements(d, e -> {
            if (e.id().equals(vnet.id())) {
                return e.withProps(e.props().with(Keys.ADDRESS_SPACES, PropValue.texts(List.of(
                        free.get().toCanonicalString()))));
            }
            if (e.kind() == ElementKind.SUBNET && e.parent().filter(vnet.id()::equals).isPresent()) {
                Optional<IPAddress> prefix = e.props().read(Keys.ADDRESS_PREFIX).toOptional();
                if (prefix.isPresent() && space.contains(prefix.get())) {
                    return e.withProps(e.props().with(Keys.ADDRESS_PREFIX, PropValue.text(shifted(prefix.get(),
                            shift))));
                }
            }
            return e;
        });
        return addresses(moved, vnet.id(), space, shift);
    }

    /** The private addresses inside {@code container} that lay in {@code old}, moved along by {@code shift}. */
    private static Diagram addresses(Diagram d, String container, IPAddress old, BigInteger shift) {
        Set<String> inside = new HashSet<>();
        d.descendantsOf(container).forEach(e -> inside.add(e.id()));
        return Contents.mapElements(d, e -> {
            if (!inside.contains(e.id())) {
                return e;
            }
            Optional<IPAddress> ip = e.props().read(Keys.PRIVATE_IP).toOptional();
            if (ip.isEmpty() || !old.contains(ip.get())) {
                return e;
            }
            String text = shifted(ip.get().withoutPrefixLength(), shift);
            return e.withProps(e.props().with(Keys.PRIVATE_IP, PropValue.text(text.substring(0, text.indexOf('/')))));
        });
    }

    /** The first block of {@code length} in 10.0.0.0/8 that overlaps none of {@code taken}. */
    private static Optional<IPAddress> freeBlock(int length, List<IPAddress> taken) {
        if (length < 8 || length > 30) {
            return Optional.empty();
        }
        IPAddress ten = Addresses.prefix("10.0.0.0/8").toOptional().orElseThrow();
        var blocks = ten.setPrefixLength(length, false).prefixBlockIterator();
        for (int i = 0; i < 1 << 14 && blocks.hasNext(); i++) {
            IPAddress block = blocks.next();
            if (taken.stream().noneMatch(block::overlaps)) {
                return Optional.of(block);
            }
        }
        return Optional.empty();
    }

    /** An IPv4 address or prefix moved by {@code shift}, written with its prefix length (32 for an address). */
    private static String shifted(IPAddress prefix, BigInteger shift) {
        long value = prefix.getValue().add(shift).longValue();
        Integer length = prefix.getNetworkPrefixLength();
        return ((value >> 24) & 255) + "." + ((value >> 16) & 255) + "." + ((value >> 8) & 255) + "."
                + (value & 255) + "/" + (length == null ? 32 : length);
    }

    /** A copied subnet that overlaps a sibling or leaves its network takes a free prefix of its length there. */
    private static Diagram subnet(Diagram d, Element subnet) {
        Optional<IPAddress> prefix = subnet.props().read(Keys.ADDRESS_PREFIX).toOptional();
        Optional<Element> vnet = subnet.parent().flatMap(d::element);
        if (prefix.isEmpty() || vnet.isEmpty() || vnet.get().kind() != ElementKind.VIRTUAL_NETWORK) {
            return d;
        }
        List<IPAddress> spaces = vnet.get().props().read(Keys.ADDRESS_SPACES).toOptional().orElse(List.of());
        boolean inside = spaces.stream().anyMatch(s -> s.contains(prefix.get()));
        boolean clash = d.childrenOf(vnet.get().id()).stream().filter(s -> !s.id().equals(subnet.id()))
                .anyMatch(s -> s.props().read(Keys.ADDRESS_PREFIX).toOptional().filter(prefix.get()::overlaps)
                        .isPresent());
        if (inside && !clash) {
            return d;
        }
        Diagram without = Contents.mapElements(d, e -> e.id().equals(subnet.id())
                ? e.withProps(e.props().without(Keys.ADDRESS_PREFIX.name())) : e);
        Optional<String> free = Addressing.freeSubnetPrefix(without, vnet.get().id(),
                prefix.get().getNetworkPrefixLength(), subnet.name().equals("GatewaySubnet"));
        if (free.isEmpty()) {
            return d;
        }
        IPAddress target = Addresses.prefix(free.get()).toOptional().orElseThrow();
        Diagram moved = Contents.mapElements(d, e -> e.id().equals(subnet.id())
                ? e.withProps(e.props().with(Keys.ADDRESS_PREFIX, PropValue.text(free.get()))) : e);
        return prefix.get().isIPv4() ? addresses(moved, subnet.id(), prefix.get(),
                target.getValue().subtract(prefix.get().getValue())) : moved;
    }
}
