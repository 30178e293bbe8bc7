package dev.hybridnet.validation;

import inet.ipaddr.IPAddress;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A prefix owned by something (a subnet, a network), with its numeric bounds, for overlap sweeps. Sorting ranges
 * by start and sweeping once finds overlaps in O(n log n) instead of comparing all pairs. IPv4 bounds are held as
 * {@code long}s, so the common case compares numbers without allocating; IPv6 bounds as {@link BigInteger}s.
 */
public final class AddressRange<T> {

    /** By version, then start, then end with the widest first: a range comes before the ranges inside it. */
    public static final Comparator<AddressRange<?>> ORDER = (a, b) -> {
        if (a.version != b.version) {
            return Integer.compare(a.version, b.version);
        }
        int low = a.compareLow(b);
        return low != 0 ? low : b.compareHigh(a);
    };

    private final IPAddress prefix;
    private final T owner;
    private final int version;
    /** IPv4 bounds; unused for IPv6. */
    private final long low4;
    private final long high4;
    /** IPv6 bounds; null for IPv4. */
    private final BigInteger low6;
    private final BigInteger high6;

    private AddressRange(IPAddress prefix, T owner, int version, long low4, long high4, BigInteger low6,
            BigInteger high6) {
        this.prefix = prefix;
        this.owner = owner;
        this.version = version;
        this.low4 = low4;
        this.high4 = high4;
        this.low6 = low6;
        this.high6 = high6;
    }

    public static <T> AddressRange<T> of(IPAddress prefix, T owner) {
        if (prefix.isIPv4()) {
            long low;
            long high;
            if (prefix.isPrefixBlock()) {
                long size = 1L << (32 - prefix.getNetworkPrefixLength());
                low = prefix.toIPv4().longValue() & ~(size - 1) & 0xFFFF_FFFFL;
                high = low + size - 1;
            } else {
                low = prefix.getLower().toIPv4().longValue();
                high = prefix.getUpper().toIPv4().longValue();
            }
            return new AddressRange<>(prefix, owner, 4, low, high, null, null);
        }
        return new AddressRange<>(prefix, owner, 6, 0, 0, prefix.getLower().getValue(),
                prefix.getUpper().getValue());
    }

    public IPAddress prefix() {
        return prefix;
    }

    public T owner() {
        return owner;
    }

    /** 4 or 6. */
    public int version() {
        return version;
    }

    /** The first address as a number. */
    public BigInteger low() {
        return version == 4 ? BigInteger.valueOf(low4) : low6;
    }

    /** The last address as a number. */
    public BigInteger high() {
        return version == 4 ? BigInteger.valueOf(high4) : high6;
    }

    /** Compares the first addresses of two ranges of the same version. */
    int compareLow(AddressRange<?> other) {
        return version == 4 ? Long.compare(low4, other.low4) : low6.compareTo(other.low6);
    }

    /** Compares the last addresses of two ranges of the same version. */
    int compareHigh(AddressRange<?> other) {
        return version == 4 ? Long.compare(high4, other.high4) : high6.compareTo(other.high6);
    }

    /** Whether this range starts after {@code other} ends (same version). */
    boolean startsAfter(AddressRange<?> other) {
        return version == 4 ? low4 > other.high4 : low6.compareTo(other.high6) > 0;
    }

    public boolean overlaps(AddressRange<?> other) {
        return version == other.version && !startsAfter(other) && !other.startsAfter(this);
    }

    /** A key for the exact block this range covers: equal for ranges of the same version, start and length. */
    Object blockKey() {
        int length = prefix.getNetworkPrefixLength() == null ? prefix.getBitCount() : prefix.getNetworkPrefixLength();
        return version == 4 ? new Block4(low4, length) : new Block6(low6, length);
    }

    /** The key of the block of {@code length} bits that contains the first address of {@code prefix}. */
    static Object blockKey(IPAddress prefix, int length) {
        int bits = prefix.getBitCount();
        if (prefix.isIPv4()) {
            long low = prefix.getLower().toIPv4().longValue();
            long masked = length == 0 ? 0 : low & ~((1L << (bits - length)) - 1) & 0xFFFF_FFFFL;
            return new Block4(masked, length);
        }
        BigInteger low = prefix.getLower().getValue();
        return new Block6(low.shiftRight(bits - length).shiftLeft(bits - length), length);
    }

    // equals and hashCode of the two blocks written out, as a record's own would be (see geometry.Point): the
    // record's own are linked through a method handle bootstrap at first use, which costs more than every
    // comparison of a window's start.
    private record Block4(long low, int length) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Block4 b && low == b.low && length == b.length;
        }

        @Override
        public int hashCode() {
            return 31 * Long.hashCode(low) + length;
        }
    }

    private record Block6(BigInteger low, int length) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Block6 b && low.equals(b.low) && length == b.length;
        }

        @Override
        public int hashCode() {
            return 31 * low.hashCode() + length;
        }
    }

    /** A pair of overlapping ranges; {@code first} starts no later than {@code second}. */
    public record Overlap<T>(AddressRange<T> first, AddressRange<T> second) {
    }

    /**
     * Overlapping pairs among {@code ranges}: each range that overlaps an earlier one is reported once, paired
     * with the earlier range that reaches furthest. At most n - 1 pairs, in address order.
     */
    public static <T> List<Overlap<T>> overlaps(List<AddressRange<T>> ranges) {
        if (ranges.size() < 2) {
            return List.of();
        }
        List<AddressRange<T>> sorted = new ArrayList<>(ranges);
        sorted.sort(ORDER);
        List<Overlap<T>> result = null;
        AddressRange<T> reach = null;
        for (int i = 0; i < sorted.size(); i++) {
            AddressRange<T> range = sorted.get(i);
            if (reach != null && reach.overlaps(range)) {
                if (result == null) {
                    result = new ArrayList<>();
                }
                result.add(new Overlap<>(reach, range));
            }
            if (reach == null || reach.version != range.version || range.compareHigh(reach) > 0) {
                reach = range;
            }
        }
        return result == null ? List.of() : result;
    }

    /** True when {@code inner} lies within {@code outer}. */
    public static boolean contains(IPAddress outer, IPAddress inner) {
        return outer.getIPVersion() == inner.getIPVersion() && outer.contains(inner);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AddressRange<?> r && r.prefix.equals(prefix) && Objects.equals(r.owner, owner);
    }

    @Override
    public int hashCode() {
        return Objects.hash(prefix, owner);
    }

    @Override
    public String toString() {
        return prefix + " (" + owner + ")";
    }
}
