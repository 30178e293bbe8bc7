package dev.hybridnet.model;

import inet.ipaddr.AddressStringException;
import inet.ipaddr.AddressStringParameters.RangeParameters;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import inet.ipaddr.IPAddressStringParameters;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Strict parsing of the address notations a file may hold: dotted IPv4 or standard IPv6 addresses, and CIDR
 * prefixes whose host bits are zero. Lenient forms the IPAddress library also knows (inet_aton, wildcards,
 * masks, single segments) are refused, because Azure refuses them.
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
        return remembered(PREFIXES, text, Addresses::parsePrefix);
    }

    private static Typed<IPAddress> parsePrefix(String text) {
        Typed<IPAddress> parsed = parse(text, "an IP prefix");
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
        return remembered(ADDRESSES, text, Addresses::parseAddress);
    }

    private static Typed<IPAddress> parseAddress(String text) {
        Typed<IPAddress> parsed = parse(text, "an IP address");
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
        inet.ipaddr.ipv4.IPv4Address v4 = parsed.toIPv4();
        return new inet.ipaddr.ipv4.IPv4Address(v4.getLower().intValue(), parsed.getNetworkPrefixLength());
    }

    /** Longer than any address or prefix can be written (a full IPv6 address with an IPv4 tail and /128). */
    private static final int MAX_TEXT = 64;

    private static Typed<IPAddress> parse(String text, String what) {
        String stripped = text.strip();
        if (stripped.length() > MAX_TEXT || !plainPrefixLength(stripped)) {
            return Typed.invalid("'" + shorten(text) + "' is not " + what);
        }
        try {
            return Typed.present(compact(new IPAddressString(stripped, STRICT).toAddress()));
        } catch (AddressStringException | RuntimeException e) {
            // The library reports some malformed texts with unchecked exceptions; they are all "not an address".
            return Typed.invalid("'" + shorten(text) + "' is not " + what);
        }
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
