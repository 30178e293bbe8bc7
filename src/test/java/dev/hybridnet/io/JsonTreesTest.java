package dev.hybridnet.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link JsonTrees} against what it replaces: {@code ObjectMapper.readTree} with {@code USE_BIG_DECIMAL_FOR_FLOATS}
 * over the same parser settings. {@code JsonNode.equals} compares decimals by value (1.5 equals 1.50) and objects
 * regardless of field order, so the comparison here also checks node classes, decimal scales and field order.
 */
class JsonTreesTest {

    /** A copy: an ObjectMapper sets itself as the codec of the factory it is given. */
    private static final ObjectMapper MAPPER = new ObjectMapper(DiagramReader.jsonFactory().copy())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    static Stream<Path> jsonFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String root : List.of("src/test/resources", "src/main/resources")) {
            try (Stream<Path> walk = Files.walk(Path.of(root))) {
                walk.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().forEach(files::add);
            }
        }
        return files.stream();
    }

    @Test
    void theFileListHoldsTheSamplesAndTheHostileFiles() throws IOException {
        List<String> names = jsonFiles().map(p -> p.toString().replace('\\', '/')).collect(Collectors.toList());
        assertTrue(names.size() > 90, "found only " + names.size() + " files");
        assertTrue(names.stream().anyMatch(n -> n.contains("/samples/") && n.endsWith(".hybridnet.json")));
        assertTrue(names.stream().anyMatch(n -> n.contains("/hostile/")));
    }

    @ParameterizedTest
    @MethodSource("jsonFiles")
    void everyJsonFileGivesTheTreeObjectMapperGave(Path file) throws IOException {
        assertSameOutcome(Files.readAllBytes(file));
    }

    @Property(tries = 500)
    void randomDocumentsGiveTheTreeObjectMapperGave(@ForAll("documents") String json) throws IOException {
        assertSameOutcome(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void wholeNumbersTakeTheSmallestTypeThatHoldsThem() throws IOException {
        assertInstanceOf(IntNode.class, tree("2147483647"));
        assertInstanceOf(LongNode.class, tree("2147483648"));
        assertInstanceOf(LongNode.class, tree("-9223372036854775808"));
        assertInstanceOf(BigIntegerNode.class, tree("9223372036854775808"));
        assertEquals(new BigInteger("-123456789012345678901234567890"),
                tree("-123456789012345678901234567890").bigIntegerValue());
    }

    @Test
    void decimalsLoseTheirTrailingZerosAndNegativeZeroIsZero() throws IOException {
        assertEquals(new BigDecimal("1.5"), tree("1.50").decimalValue());
        assertEquals(new BigDecimal("2"), tree("2.000").decimalValue());
        assertEquals(new BigDecimal("1E+2"), tree("1.0e2").decimalValue());
        assertEquals(BigDecimal.ZERO, tree("-0.0").decimalValue());
        assertInstanceOf(DecimalNode.class, tree("0.1"));
    }

    @Test
    void emptyInputHasNoTree() throws IOException {
        assertNull(tree("  \n"));
    }

    @Test
    void aDeepDocumentIsBuiltWithoutOverflowingTheStack() throws IOException {
        int depth = 200_000;
        JsonFactory deep = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(depth + 1).build()).build();
        String json = "[{\"a\":".repeat(depth / 2) + "1" + "}]".repeat(depth / 2);
        JsonNode node;
        try (JsonParser parser = deep.createParser(json)) {
            node = JsonTrees.read(parser);
        }
        int levels = 0;
        while (node.isContainerNode()) {
            node = node.isArray() ? node.get(0) : node.get("a");
            levels++;
        }
        assertEquals(depth, levels);
        assertEquals(1, node.intValue());
    }

    @Test
    void theParserStillBoundsTheDepth() {
        String json = "[".repeat(FormatLimits.MAX_NESTING_DEPTH + 1) + "]".repeat(FormatLimits.MAX_NESTING_DEPTH + 1);
        assertThrows(StreamConstraintsException.class, () -> tree(json));
    }

    private static JsonNode tree(String json) throws IOException {
        try (JsonParser parser = DiagramReader.jsonFactory().createParser(json)) {
            return JsonTrees.read(parser);
        }
    }

    private static void assertSameOutcome(byte[] bytes) throws IOException {
        JsonNode expected;
        try (JsonParser parser = MAPPER.getFactory().createParser(bytes)) {
            expected = MAPPER.readTree(parser);
        } catch (IOException | RuntimeException e) {
            Exception actual = assertThrows(Exception.class, () -> {
                try (JsonParser parser = DiagramReader.jsonFactory().createParser(bytes)) {
                    JsonTrees.read(parser);
                }
            }, "ObjectMapper failed with " + e + " but JsonTrees read the document");
            assertEquals(e.getClass(), actual.getClass());
            assertEquals(e.getMessage(), actual.getMessage());
            return;
        }
        JsonNode actual;
        try (JsonParser parser = DiagramReader.jsonFactory().createParser(bytes)) {
            actual = JsonTrees.read(parser);
        }
        assertEquals(expected, actual);
        assertIdentical(expected, actual, "$");
    }

    /** Equal in every way the format could see: classes, decimal scales, field order. */
    private static void assertIdentical(JsonNode expected, JsonNode actual, String at) {
        if (expected == null || actual == null) {
            assertEquals(expected, actual, at);
            return;
        }
        assertEquals(expected.getClass(), actual.getClass(), at);
        if (expected.isBigDecimal()) {
            assertEquals(expected.decimalValue().scale(), actual.decimalValue().scale(), at + " (scale)");
            assertEquals(expected.decimalValue(), actual.decimalValue(), at);
        } else if (expected.isObject()) {
            List<String> names = new ArrayList<>();
            expected.fieldNames().forEachRemaining(names::add);
            List<String> actualNames = new ArrayList<>();
            actual.fieldNames().forEachRemaining(actualNames::add);
            assertEquals(names, actualNames, at + " (field order)");
            for (String name : names) {
                assertIdentical(expected.get(name), actual.get(name), at + "." + name);
            }
        } else if (expected.isArray()) {
            assertEquals(expected.size(), actual.size(), at + " (size)");
            Iterator<JsonNode> others = actual.elements();
            int i = 0;
            for (JsonNode element : expected) {
                assertIdentical(element, others.next(), at + "[" + i++ + "]");
            }
        } else {
            assertEquals(expected, actual, at);
        }
    }

    @Provide
    Arbitrary<String> documents() {
        return value(4);
    }

    private static Arbitrary<String> value(int depth) {
        if (depth == 0) {
            return scalar();
        }
        Arbitrary<String> inner = Arbitraries.lazy(() -> value(depth - 1));
        Arbitrary<String> array = inner.list().ofMaxSize(5).map(items -> "[" + String.join(", ", items) + "]");
        Arbitrary<String> object = Arbitraries.maps(text(), inner).ofMaxSize(5).map(JsonTreesTest::object);
        return Arbitraries.frequencyOf(Tuple.of(3, scalar()), Tuple.of(1, array), Tuple.of(2, object));
    }

    private static String object(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue())
                .collect(Collectors.joining(",\n ", "{", "}"));
    }

    private static Arbitrary<String> scalar() {
        return Arbitraries.oneOf(text(), Arbitraries.of("true", "false", "null", "-0", "0", "-0.0", "0.000",
                        "-0e0", "1E+2", "1.0e-2", "2147483648", "-2147483649", "9223372036854775807",
                        "9223372036854775808", "-9223372036854775809"),
                Arbitraries.integers().map(String::valueOf),
                Arbitraries.longs().map(String::valueOf),
                Arbitraries.bigIntegers().between(BigInteger.TEN.pow(40).negate(), BigInteger.TEN.pow(40))
                        .map(String::valueOf),
                decimal());
    }

    /** Decimal text as JSON allows it: sign, digits, a fraction (often with trailing zeros), an exponent. */
    private static Arbitrary<String> decimal() {
        Arbitrary<String> sign = Arbitraries.of("", "-");
        Arbitrary<String> whole = Arbitraries.oneOf(Arbitraries.just("0"),
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(30).filter(s -> s.charAt(0) != '0'));
        Arbitrary<String> fraction = Arbitraries.oneOf(Arbitraries.just(""),
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(40).map(s -> "." + s));
        Arbitrary<String> exponent = Arbitraries.oneOf(Arbitraries.just(""),
                Combinators.combine(Arbitraries.of("e", "E"), Arbitraries.of("", "+", "-"),
                        Arbitraries.integers().between(0, 400)).as((e, s, n) -> e + s + n));
        return Combinators.combine(sign, whole, fraction, exponent).as((s, w, f, e) -> s + w + f + e)
                .filter(n -> n.contains(".") || n.contains("e") || n.contains("E"));
    }

    /** A JSON string of any characters, unpaired surrogates included, escaped as JSON allows. */
    private static Arbitrary<String> text() {
        return Arbitraries.strings().all().ofMaxLength(12).map(JsonTreesTest::quote);
    }

    private static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || Character.isSurrogate(c) || c % 3 == 0) {
                out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
