package dev.hybridnet.validation;

import static dev.hybridnet.validation.Facts.label;

import dev.hybridnet.model.Element;
import dev.hybridnet.model.ElementKind;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Address planning: reserved ranges, subnets inside their VNet, and no overlaps where networks meet. */
final class AddressRules {

    private static final List<IPAddress> RESERVED = List.of("224.0.0.0/4", "255.255.255.255/32", "127.0.0.0/8",
            "169.254.0.0/16", "168.63.129.16/32").stream().map(s -> new IPAddressString(s).getAddress()).toList();

    static final Rule RESERVED_RANGE = new Rule(new RuleInfo("reserved-address-range", Severity.ERROR,
            "VNets avoid the ranges Azure reserves",
            "Multicast, broadcast, loopback, link-local and Azure's internal DNS address cannot be used in a "
                    + "virtual network.",
            Sources.VNET_FAQ, "AZ-ADDR-RESERVED-RANGE"), AddressRules::reservedRange);

    static final Rule CONNECTED_OVERLAP = new Rule(new RuleInfo("address-overlap", Severity.ERROR,
            "Networks that are connected do not overlap",
            "On-premises networks and VNets joined by VPN, ExpressRoute or peering (also through gateway transit) "
                    + "route to one another; overlapping ranges make addresses ambiguous.",
            Sources.VPN, "AZ-ADDR-NO-OVERLAP"), AddressRules::connectedOverlap);

    static final Rule PEERED_OVERLAP = new Rule(new RuleInfo("peering-address-overlap", Severity.ERROR,
            "Peered VNets do not overlap",
            "Azure refuses to peer virtual networks whose address spaces overlap.",
            Sources.PEERING, "AZ-PEER-NO-OVERLAP"), AddressRules::peeredOverlap);

    static final Rule SUBNET_IN_VNET = new Rule(new RuleInfo("subnet-within-vnet", Severity.ERROR,
            "Subnets lie inside their VNet's address space",
            "A subnet's range must be carved out of one of its virtual network's address spaces.",
            Sources.VNET_FAQ, "AZ-SUBNET-WITHIN-VNET"), AddressRules::subnetInVnet);

    static final Rule SUBNET_OVERLAP = new Rule(new RuleInfo("subnet-overlap", Severity.ERROR,
            "Subnets of a VNet do not overlap",
            "Two subnets of one virtual network cannot share addresses.",
            Sources.VNET_FAQ, "AZ-SUBNET-OVERLAP"), AddressRules::subnetOverlap);

    static final Rule SUBNET_SIZE = new Rule(new RuleInfo("subnet-size", Severity.ERROR,
            "Subnets are between /8 and /29 (IPv6: /64)",
            "Azure accepts IPv4 subnets from /8 to /29 and IPv6 subnets of exactly /64.",
            Sources.VNET_FAQ, "AZ-SUBNET-SIZE-BOUNDS"), AddressRules::subnetSize);

    static final Rule CAPACITY = new Rule(new RuleInfo("subnet-capacity", Severity.ERROR,
            "Subnets have room for what they hold",
            "Azure keeps five addresses of every subnet (network, gateway, two for DNS, broadcast), so a /29 holds "
                    + "three resources.",
            Sources.VNET_FAQ, "AZ-SUBNET-CAPACITY"), AddressRules::capacity);

    private AddressRules() {
    }

    static List<Rule> rules() {
        return List.of(RESERVED_RANGE, CONNECTED_OVERLAP, PEERED_OVERLAP, SUBNET_IN_VNET, SUBNET_OVERLAP,
                SUBNET_SIZE, CAPACITY, PrivateAddressRule.RULE);
    }

    private static void reservedRange(Facts f, Reporter out) {
        for (Element vnet : f.elements(ElementKind.VIRTUAL_NETWORK)) {
            for (IPAddress space : f.spaces(vnet)) {
                for (IPAddress reserved : RESERVED) {
                    if (space.getIPVersion() == reserved.getIPVersion() && space.overlaps(reserved)) {
                        out.report(label(vnet) + " uses " + space + ", which overlaps " + reserved + ", a range "
                                + "Azure reserves", vnet);
                    }
                }
            }
        }
    }

    private static void connectedOverlap(Facts f, Reporter out) {
        List<Element> networks = new ArrayList<>(f.elements(ElementKind.ON_PREMISES_NETWORK));
        networks.addAll(f.elements(ElementKind.VIRTUAL_NETWORK));
        // equals and hashCode written out (see geometry.Point): a record's own are linked at first use, slowly.
        record Pair(String a, String b) {
            @Override
            public boolean equals(Object o) {
                return o instanceof Pair p && a.equals(p.a) && b.equals(p.b);
            }

            @Override
            public int hashCode() {
                return 31 * a.hashCode() + b.hashCode();
            }
        }
        Set<Pair> peered = new HashSet<>();
        f.peerings().forEach(l -> {
            peered.add(new Pair(l.from().id(), l.to().id()));
            peered.add(new Pair(l.to().id(), l.from().id()));
        });
        for (List<Element> group : new NetworkGroups(f).groups(networks)) {
            List<AddressRange<Element>> ranges = new ArrayList<>();
            group.forEach(n -> f.spaces(n).forEach(space -> ranges.add(AddressRange.of(space, n))));
            for (AddressRange.Overlap<Element> o : AddressRange.overlaps(ranges)) {
                Element a = o.first().owner();
                Element b = o.second().owner();
                if (a == b) {
                    out.report(label(a) + " has overlapping address spaces " + o.first().prefix() + " and "
                            + o.second().prefix(), a);
                } else if (!peered.contains(new Pair(a.id(), b.id()))) {
                    out.report(label(a) + " (" + o.first().prefix() + ") and " + label(b) + " ("
                            + o.second().prefix() + ") overlap, but they are connected", a, b);
                }
            }
        }
    }

    private static void peeredOverlap(Facts f, Reporter out) {
        for (PeeringLink link : f.peerings()) {
            for (IPAddress a : f.spaces(link.from())) {
                for (IPAddress b : f.spaces(link.to())) {
                    if (a.getIPVersion() == b.getIPVersion() && a.overlaps(b)) {
                        out.report(label(link.from()) + " (" + a + ") and " + label(link.to()) + " (" + b + ") are "
                                + "peered by " + link.connection().id() + " but their address spaces overlap",
                                Reporter.ids(link.connection(), link.from(), link.to()));
                    }
                }
            }
        }
    }

    private static void subnetInVnet(Facts f, Reporter out) {
        for (Element vnet : f.elements(ElementKind.VIRTUAL_NETWORK)) {
            List<IPAddress> spaces = f.spaces(vnet);
            if (spaces.isEmpty()) {
                continue;
            }
            for (Element subnet : f.subnets(vnet)) {
                Optional<IPAddress> prefix = f.prefix(subnet);
                if (prefix.isPresent() && !insideAny(spaces, prefix.get())) {
                    out.report("Subnet " + label(subnet) + " (" + prefix.get() + ") is outside the address space of "
                            + label(vnet) + " (" + join(spaces) + ")", subnet, vnet);
                }
            }
        }
    }

    private static void subnetOverlap(Facts f, Reporter out) {
        for (Element vnet : f.elements(ElementKind.VIRTUAL_NETWORK)) {
            List<AddressRange<Element>> ranges = new ArrayList<>();
            f.subnets(vnet).forEach(s -> f.prefix(s).ifPresent(p -> ranges.add(AddressRange.of(p, s))));
            for (AddressRange.Overlap<Element> o : AddressRange.overlaps(ranges)) {
                out.report("Subnets " + label(o.first().owner()) + " (" + o.first().prefix() + ") and "
                        + label(o.second().owner()) + " (" + o.second().prefix() + ") of " + label(vnet)
                        + " overlap", o.first().owner(), o.second().owner());
            }
        }
    }

    private static void subnetSize(Facts f, Reporter out) {
        for (Element subnet : f.elements(ElementKind.SUBNET)) {
            f.prefix(subnet).ifPresent(p -> {
                int length = p.getNetworkPrefixLength();
                if (p.isIPv4() && (length < 8 || length > 29)) {
                    out.report("Subnet " + label(subnet) + " is " + p + "; IPv4 subnets must be between /8 and /29",
                            subnet);
                } else if (p.isIPv6() && length != 64) {
                    out.report("Subnet " + label(subnet) + " is " + p + "; IPv6 subnets must be /64", subnet);
                }
            });
        }
    }

    private static void capacity(Facts f, Reporter out) {
        for (Element subnet : f.elements(ElementKind.SUBNET)) {
            Optional<IPAddress> prefix = f.prefix(subnet).filter(IPAddress::isIPv4);
            int used = f.children(subnet).size();
            if (prefix.isPresent() && prefix.get().getNetworkPrefixLength() >= 8) {
                long usable = (1L << (32 - prefix.get().getNetworkPrefixLength())) - 5;
                if (used > usable) {
                    out.report("Subnet " + label(subnet) + " (" + prefix.get() + ") holds " + used + " resources but "
                            + "has room for " + Math.max(usable, 0) + " after Azure's 5 reserved addresses", subnet);
                }
            }
        }
    }

    static String join(List<IPAddress> prefixes) {
        return String.join(", ", prefixes.stream().map(IPAddress::toString).toList());
    }

    private static boolean insideAny(List<IPAddress> spaces, IPAddress prefix) {
        for (int i = 0; i < spaces.size(); i++) {
            if (AddressRange.contains(spaces.get(i), prefix)) {
                return true;
            }
        }
        return false;
    }
}
