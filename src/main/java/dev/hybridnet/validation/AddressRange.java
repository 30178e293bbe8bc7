package dev.hybridnet.validation;

import inet.ipaddr.IPAddress;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A prefix owned by something (a subnet, a network), with its numeric bounds, for overlap sweeps. Sorting ranges
 * by start and sweeping once finds overlaps in O(n log n) instead of comparing all pairs.
 */
public record AddressRange<T>(IPAddress prefix, T owner, int version, BigInteger low, BigInteger high) {

    public static <T> AddressRange<T> of(IPAddress prefix, T owner) {
        if (prefix.isIPv4() && prefix.isPrefixBlock()) {
            long low = prefix.toIPv4().longValue();
            long size = 1L << (32 - prefix.getNetworkPrefixLength());
            return new AddressRange<>(prefix, owner, 4, BigInteger.valueOf(low), BigInteger.valueOf(low + size - 1));
        }
        return new AddressRange<>(prefix, owner, prefix.isIPv4() ? 4 : 6, prefix.getLower().getValue(),
                prefix.getUpper().getValue());
    }

    public boolean overlaps(AddressRange<?> other) {
        return version == other.version && low.compareTo(other.high) <= 0 && other.low.compareTo(high) <= 0;
    }

    /** A pair of overlapping ranges; {@code first} starts no later than {@code second}. */
    public record Overlap<T>(AddressRange<T> first, AddressRange<T> second) {
    }

    /**
     * Overlapping pairs among {@code ranges}: each range that overlaps an earlier one is reported once, paired
     * with the earlier range that reaches furthest. At most n - 1 pairs, in address order.
     */
    public static <T> List<Overlap<T>> overlaps(List<AddressRange<T>> ranges) {
        List<AddressRange<T>> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparingInt((AddressRange<T> r) -> r.version).thenComparing(r -> r.low)
                .thenComparing(r -> r.high, Comparator.reverseOrder()));
        List<Overlap<T>> result = new ArrayList<>();
        AddressRange<T> reach = null;
        for (AddressRange<T> range : sorted) {
            if (reach != null && reach.overlaps(range)) {
                result.add(new Overlap<>(reach, range));
            }
            if (reach == null || reach.version != range.version || range.high.compareTo(reach.high) > 0) {
                reach = range;
            }
        }
        return result;
    }

    /** True when {@code inner} lies within {@code outer}. */
    public static boolean contains(IPAddress outer, IPAddress inner) {
        return outer.getIPVersion() == inner.getIPVersion() && outer.contains(inner);
    }
}
