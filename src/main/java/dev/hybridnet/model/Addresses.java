package dev.hybridnet.model;

import inet.ipaddr.AddressStringException;
import inet.ipaddr.AddressStringParameters.RangeParameters;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import inet.ipaddr.IPAddressStringParameters;
import inet.ipaddr.ipv4.IPv4Address;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Strict parsing of the address notations a file may hold: dotted IPv4 or standard IPv6 addresses, and CIDR
 * prefixes whose host bits are zero. Lenient forms the IPAddress library also knows (inet_aton, wildcards,
 * masks, single segments) are refused, because Azure refuses them.
 *
 * <p>Plain dotted IPv4 text, which is nearly every address of a real design, takes a fast path: four decimal
 * octets of 0 to 255 without leading zeros, separated by single dots, optionally followed by a slash and a length
 * of 0 to 32 written with one to three digits (leading zeros allowed there, as the library allows them). Such a
 * text is read here and the address is built from its value with the IPAddress library, as {@link #compact}
 * builds it after the library's string parser: the result is equal in value, prefix length and text. This spares
 * a cold start the parser's many classes and tables. Every other text (IPv6, irregular forms, out-of-range values) goes to the library's parser, and the
 * checks that make a result invalid (no length, host bits set, a prefix where an address is expected) are the
 * same for both paths, so results and messages do not depend on the path.
 *
 * <p>For the same reason {@link #text} writes the canonical text of such IPv4 addresses itself instead of calling
 * the library's string writer, which is as large as the construction of the address; the text is the same.
 */
public final class Addresses {

    private static final IPAddressStringParameters STRICT = new IPAddressStringParameters.Builder()
            .allowEmpty(false)
            .allowAll(false)
            .allowSingleSegment(false)
            .allowMask(false)
            .allowWildcardedSeparator(false)
            .allowPrefixOnly(false)
            .getIPv4AddressParametersBuilder()
            .allow_inet_aton(false)
            .allowLeadingZeros(false)
            .allowWildcardedSeparator(false)
            .setRangeOptions(RangeParameters.NO_RANGE)
            .getParentBuilder()
            .getIPv6AddressParametersBuilder()
            .allowWildcardedSeparator(false)
            .setRangeOptions(RangeParameters.NO_RANGE)
            .getParentBuilder()
            .toParams();

    /**
     * Parsing is the most expensive step of validation, and the editor validates the same texts after every edit;
     * results are pure functions of the text, so they are remembered. Bounded: cleared when it grows too large.
     */
    private static final int CACHE_LIMIT = 1 << 16;
    private static final Map<String, Typed<IPAddress>> PREFIXES = new ConcurrentHashMap<>();
    private static final Map<String, Typed<IPAddress>> ADDRESSES = new ConcurrentHashMap<>();

    private Addresses() {
    }

    private static Typed<IPAddress> remembered(Map<String, Typed<IPAddress>> cache, String text,
            Function<String, Typed<IPAddress>> parse) {
        Typed<IPAddress> known = cache.get(text);
        if (known != null) {
            return known;
        }
        if (cache.size() >= CACHE_LIMIT) {
            cache.clear();
        }
        Typed<IPAddress> parsed = parse.apply(text);
        cache.put(text, parsed);
        return parsed;
    }

    /** A CIDR prefix such as {@code 10.20.0.0/16}, as a prefix block. */
    public static Typed<IPAddress> prefix(String text) {
        return remembered(PREFIXES, text, t -> parsePrefix(t, true));
    }

    /** {@link #prefix} without the cache; {@code fast} false sends every text to the library's parser. */
    static Typed<IPAddress> parsePrefix(String text, boolean fast) {
        Typed<IPAddress> parsed = parse(text, "an IP prefix", fast);
        if (!(parsed instanceof Typed.Present<IPAddress> p)) {
            return parsed;
        }
        IPAddress address = p.value();
        if (!address.isPrefixed()) {
            return Typed.invalid("'" + text + "' has no /length (write a prefix such as 10.0.0.0/16)");
        }
        if (!address.isPrefixBlock()) {
            return Typed.invalid("'" + text + "' is not a network prefix because its host bits are set (did you mean "
                    + address.toPrefixBlock().toCanonicalString() + "?)");
        }
        return parsed;
    }

    /** A single address such as {@code 10.20.1.4}, without a prefix length. */
    public static Typed<IPAddress> address(String text) {
        return remembered(ADDRESSES, text, t -> parseAddress(t, true));
    }

    /** {@link #address} without the cache; {@code fast} false sends every text to the library's parser. */
    static Typed<IPAddress> parseAddress(String text, boolean fast) {
        Typed<IPAddress> parsed = parse(text, "an IP address", fast);
        if (parsed instanceof Typed.Present<IPAddress> p && p.value().isPrefixed()) {
            return Typed.invalid("'" + text + "' is a prefix where a single address is expected");
        }
        return parsed;
    }

    /**
     * The same IPv4 address built from its value, so it no longer holds on to the string and parse tables it came
     * from: a third of the size, which matters when a large diagram's addresses are all remembered.
     */
    private static IPAddress compact(IPAddress parsed) {
        if (!parsed.isIPv4() || parsed.isMultiple() && !parsed.isPrefixBlock()) {
            return parsed;
        }
        IPv4Address v4 = parsed.toIPv4();
        return new IPv4Address(v4.getLower().intValue(), parsed.getNetworkPrefixLength());
    }

    /** Longer than any address or prefix can be written (a full IPv6 address with an IPv4 tail and /128). */
    private static final int MAX_TEXT = 64;

    private static Typed<IPAddress> parse(String text, String what, boolean fast) {
        String stripped = text.strip();
        if (stripped.length() > MAX_TEXT || !plainPrefixLength(stripped)) {
            return Typed.invalid("'" + shorten(text) + "' is not " + what);
        }
        IPAddress plain = fast ? plainIPv4(stripped) : null;
        if (plain != null) {
            return Typed.present(plain);
        }
        try {
            return Typed.present(compact(new IPAddressString(stripped, STRICT).toAddress()));
        } catch (AddressStringException | RuntimeException e) {
            // The library reports some malformed texts with unchecked exceptions; they are all "not an address".
            return Typed.invalid("'" + shorten(text) + "' is not " + what);
        }
    }

    /**
     * The address a plain dotted IPv4 text (with or without a /length) denotes, built from its value as
     * {@link #compact} builds it; null when the text is in any other form, for the library's parser to judge.
     */
    static IPAddress plainIPv4(String text) {
        int n = text.length();
        int i = 0;
        int value = 0;
        for (int part = 0; part < 4; part++) {
            if (part > 0) {
                if (i >= n || text.charAt(i) != '.') {
                    return null;
                }
                i++;
            }
            int start = i;
            int octet = 0;
            while (i < n && i - start < 3 && isDigit(text.charAt(i))) {
                octet = octet * 10 + text.charAt(i) - '0';
                i++;
            }
            if (i == start || octet > 255 || i - start > 1 && text.charAt(start) == '0') {
                return null;
            }
            value = value << 8 | octet;
        }
        Integer length = null;
        if (i < n) {
            if (text.charAt(i) != '/') {
                return null;
            }
            int start = ++i;
            int bits = 0;
            while (i < n && i - start < 3 && isDigit(text.charAt(i))) {
                bits = bits * 10 + text.charAt(i) - '0';
                i++;
            }
            if (i == start || i < n || bits > 32) {
                return null;
            }
            length = bits;
        }
        return new IPv4Address(value, length);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * The text {@link IPAddress#toString} gives (the canonical form, such as {@code 10.1.0.0/16}), written here for
     * an IPv4 address of a single value or a prefix block, and left to the library for anything else.
     */
    public static String text(IPAddress address) {
        if (!address.isIPv4() || address.isMultiple() && !address.isPrefixBlock()) {
            return address.toString();
        }
        int value = address.toIPv4().intValue();
        StringBuilder out = new StringBuilder(18).append(value >>> 24).append('.').append(value >>> 16 & 0xff)
                .append('.').append(value >>> 8 & 0xff).append('.').append(value & 0xff);
        Integer length = address.getNetworkPrefixLength();
        if (length != null) {
            out.append('/').append(length.intValue());
        }
        return out.toString();
    }

    /**
     * Whether the text after a '/' (if any) is a plain length of one to three digits. Checked before the IPAddress
     * library sees the text: it reads lengths into an int, so /2147483648 overflows inside it and /4294967304
     * wraps round to /8.
     */
    static boolean plainPrefixLength(String text) {
        int slash = text.indexOf('/');
        if (slash < 0) {
            return true;
        }
        int digits = text.length() - slash - 1;
        if (digits < 1 || digits > 3) {
            return false;
        }
        for (int i = slash + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static String shorten(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT) + "...";
    }
}
