package dev.hybridnet.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import inet.ipaddr.ipv4.IPv4Address;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The fast path for plain dotted IPv4 text gives exactly what the IPAddress library's parser gives, and the
 * boundaries of that path.
 */
class AddressesTest {

    @Property(tries = 3000)
    void theFastPathAgreesWithTheLibrary(@ForAll("texts") String text) {
        same(text, Addresses.parsePrefix(text, false), Addresses.parsePrefix(text, true));
        same(text, Addresses.parseAddress(text, false), Addresses.parseAddress(text, true));
    }

    private static void same(String text, Typed<IPAddress> library, Typed<IPAddress> fast) {
        assertEquals(library.getClass(), fast.getClass(), text);
        assertEquals(library.error(), fast.error(), text);
        if (library instanceof Typed.Present<IPAddress> l && fast instanceof Typed.Present<IPAddress> f) {
            IPAddress a = l.value();
            IPAddress b = f.value();
            assertEquals(a, b, text);
            assertEquals(a.isPrefixed(), b.isPrefixed(), text);
            assertEquals(a.getNetworkPrefixLength(), b.getNetworkPrefixLength(), text);
            assertEquals(a.isPrefixBlock(), b.isPrefixBlock(), text);
            assertEquals(a.toCanonicalString(), b.toCanonicalString(), text);
            assertEquals(a.toString(), b.toString(), text);
        }
    }

    @Property(tries = 3000)
    void theTextOfAnIPv4AddressIsTheLibrarys(@ForAll int value, @ForAll("lengths") Integer length) {
        IPAddress address = new IPv4Address(value, length);
        assertEquals(address.toString(), Addresses.text(address));
    }

    @Property(tries = 1000)
    void theTextOfEveryParsedAddressIsTheLibrarys(@ForAll("texts") String text) {
        for (Typed<IPAddress> parsed : List.of(Addresses.parsePrefix(text, true), Addresses.parseAddress(text, true),
                Addresses.parsePrefix(text, false), Addresses.parseAddress(text, false))) {
            parsed.toOptional().ifPresent(a -> assertEquals(a.toString(), Addresses.text(a), text));
        }
    }

    @Provide
    Arbitrary<Integer> lengths() {
        return Arbitraries.integers().between(0, 32).injectNull(0.2);
    }

    @Test
    void textLeavesIPv6AndRangesToTheLibrary() {
        IPAddress v6 = Addresses.prefix("fd00:1::/32").toOptional().orElseThrow();
        assertEquals("fd00:1::/32", Addresses.text(v6));
        IPAddress range = new IPAddressString("10.0.0.1-3").getAddress();
        assertEquals("10.0.0.1-3", Addresses.text(range));
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.frequencyOf(
                weighted(6, nearIPv4()),
                weighted(2, Arbitraries.strings().withChars("0123456789./:abcdef ").ofMaxLength(20)));
    }

    private static Tuple2<Integer, Arbitrary<? extends String>> weighted(int weight, Arbitrary<String> texts) {
        return Tuple.of(weight, texts);
    }

    /** Texts shaped like dotted IPv4, mostly valid, with the irregularities the library refuses or reads. */
    private static Arbitrary<String> nearIPv4() {
        Arbitrary<String> octet = Arbitraries.frequencyOf(
                weighted(8, Arbitraries.integers().between(0, 255).map(String::valueOf)),
                weighted(2, Arbitraries.integers().between(0, 300).map(String::valueOf)),
                weighted(1, Arbitraries.integers().between(0, 300).map(n -> "0" + n)),
                weighted(1, Arbitraries.integers().between(0, 99).map(n -> "00" + n)),
                weighted(1, Arbitraries.just("")),
                weighted(1, Arbitraries.integers().between(1000, 99999).map(String::valueOf)));
        Arbitrary<String> parts = Arbitraries.frequencyOf(
                weighted(8, octet.list().ofSize(4).map(l -> String.join(".", l))),
                weighted(1, octet.list().ofSize(3).map(l -> String.join(".", l))),
                weighted(1, octet.list().ofSize(5).map(l -> String.join(".", l))),
                weighted(1, octet.list().ofSize(4).map(l -> String.join("..", l))));
        Arbitrary<String> suffix = Arbitraries.frequencyOf(
                weighted(4, Arbitraries.just("")),
                weighted(6, Arbitraries.integers().between(0, 40).map(n -> "/" + n)),
                weighted(1, Arbitraries.integers().between(0, 40).map(n -> "/0" + n)),
                weighted(1, Arbitraries.integers().between(0, 9).map(n -> "/00" + n)),
                weighted(1, Arbitraries.just("/")),
                weighted(1, Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(3).map(s -> "/" + s)),
                weighted(1, Arbitraries.integers().between(0, 40).map(n -> "/ " + n)),
                weighted(1, Arbitraries.integers().between(0, 40).map(n -> "//" + n)));
        Arbitrary<String> space = Arbitraries.of("", "", "", " ", "  ", "\t");
        return Combinators.combine(space, parts, suffix, space).as((a, p, s, b) -> a + p + s + b);
    }

    @ParameterizedTest
    @CsvSource({
        "0.0.0.0/0, 0, 255.255.255.255",
        "255.255.255.255/32, 32, 255.255.255.255",
        "10.0.0.0/8, 8, 10.255.255.255"})
    void plainPrefixesAtTheBoundsAreBlocksOfTheirLength(String text, int length, String last) {
        assertNotNull(Addresses.plainIPv4(text), "taken by the fast path");
        IPAddress block = Addresses.parsePrefix(text, true).toOptional().orElseThrow();
        assertEquals(length, block.getNetworkPrefixLength());
        assertTrue(block.isPrefixBlock());
        assertEquals(length < 32, block.isMultiple());
        assertEquals(text, block.toCanonicalString());
        assertEquals(text, block.toString());
        assertEquals(last, block.getUpper().withoutPrefixLength().toCanonicalString());
    }

    @Test
    void hostBitsSetGetTheDidYouMeanMessage() {
        assertNotNull(Addresses.plainIPv4("10.0.0.1/8"));
        assertEquals("'10.0.0.1/8' is not a network prefix because its host bits are set (did you mean 10.0.0.0/8?)",
                Addresses.parsePrefix("10.0.0.1/8", true).error().orElseThrow());
        assertEquals("'10.0.0.1/8' is a prefix where a single address is expected",
                Addresses.parseAddress("10.0.0.1/8", true).error().orElseThrow());
    }

    @Test
    void anAddressIsNotAPrefix() {
        assertEquals("'10.1.0.4' has no /length (write a prefix such as 10.0.0.0/16)",
                Addresses.parsePrefix("10.1.0.4", true).error().orElseThrow());
        IPAddress host = Addresses.parseAddress("10.1.0.4", true).toOptional().orElseThrow();
        assertEquals("10.1.0.4", host.toString());
        assertTrue(!host.isPrefixed());
    }

    /** Irregular forms the fast path leaves to the library, which refuses them with the usual message. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "01.2.3.4   | false | '01.2.3.4' is not an IP address",
        "1.2.3.4/33 | true  | '1.2.3.4/33' is not an IP prefix",
        "1.2.3      | false | '1.2.3' is not an IP address"})
    void irregularFormsAreRefused(String text, boolean asPrefix, String message) {
        assertNull(Addresses.plainIPv4(text), "left to the library");
        assertEquals(message, (asPrefix ? Addresses.parsePrefix(text, true) : Addresses.parseAddress(text, true))
                .error().orElseThrow());
    }

    @Test
    void spacesAroundAreStripped() {
        IPAddress p = Addresses.parsePrefix(" 10.0.0.0/16 ", true).toOptional().orElseThrow();
        assertEquals("10.0.0.0/16", p.toString());
        assertEquals(16, p.getNetworkPrefixLength());
        assertTrue(p.isPrefixBlock());
    }

    @Test
    void aLengthWithALeadingZeroIsReadAsTheLibraryReadsIt() {
        assertNotNull(Addresses.plainIPv4("10.0.0.0/016"));
        assertEquals("10.0.0.0/16", Addresses.parsePrefix("10.0.0.0/016", true).toOptional().orElseThrow().toString());
        assertEquals(Addresses.parsePrefix("10.0.0.0/016", false), Addresses.parsePrefix("10.0.0.0/016", true));
    }

    @Test
    void ipv6GoesToTheLibrary() {
        assertNull(Addresses.plainIPv4("fd00::/8"));
        assertEquals("fd00::/8", Addresses.parsePrefix("fd00::/8", true).toOptional().orElseThrow().toString());
    }
}
