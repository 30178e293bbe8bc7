package dev.hybridnet.io;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hybridnet.samples.Sample;
import dev.hybridnet.samples.Samples;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Files nobody wrote on purpose: random corruptions of the samples, at the byte level and at the JSON level. The
 * reader either loads them or refuses them with a one-line {@link DiagramFormatException} naming the source;
 * it never fails with any other exception. What loads, every rule can check without failing.
 */
class MalformedInputTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final DiagramReader reader = new DiagramReader();

    @Property(tries = 300)
    void corruptedBytesAreLoadedOrRefusedCleanly(@ForAll Sample sample, @ForAll long seed,
            @ForAll @IntRange(min = 1, max = 8) int edits) {
        byte[] bytes = Samples.text(sample).getBytes(StandardCharsets.UTF_8);
        Random random = new Random(seed);
        for (int i = 0; i < edits; i++) {
            bytes = mutate(bytes, random);
        }
        assertLoadsOrRefusesCleanly(bytes);
    }

    @Property(tries = 300)
    void corruptedJsonTreesAreLoadedOrRefusedCleanly(@ForAll Sample sample, @ForAll long seed,
            @ForAll @IntRange(min = 1, max = 4) int edits) throws Exception {
        JsonNode root = JSON.readTree(Samples.text(sample));
        Random random = new Random(seed);
        for (int i = 0; i < edits; i++) {
            List<JsonNode> containers = new ArrayList<>();
            collectContainers(root, containers);
            mutate(containers.get(random.nextInt(containers.size())), random);
        }
        assertLoadsOrRefusesCleanly(JSON.writeValueAsBytes(root));
    }

    private void assertLoadsOrRefusesCleanly(byte[] bytes) {
        try {
            dev.hybridnet.model.Diagram diagram = reader.read(new ByteArrayInputStream(bytes), "fuzz.hybridnet.json");
            new dev.hybridnet.validation.Validator().validate(diagram).findings().stream()
                    .filter(f -> f.rule().equals("rule-failure")).findFirst()
                    .ifPresent(f -> {
                        throw new AssertionError(f.message() + " for input:\n"
                                + new String(bytes, StandardCharsets.UTF_8));
                    });
        } catch (DiagramFormatException e) {
            assertTrue(e.getMessage().startsWith("fuzz.hybridnet.json: "), e.getMessage());
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
            assertFalse(e.problem().isBlank(), e.getMessage());
        } catch (Exception e) {
            throw new AssertionError("unexpected " + e + " for input:\n"
                    + new String(bytes, StandardCharsets.UTF_8), e);
        }
    }

    private static byte[] mutate(byte[] bytes, Random random) {
        if (bytes.length == 0) {
            return new byte[] {(byte) random.nextInt(256)};
        }
        int at = random.nextInt(bytes.length);
        byte[] tokens = "{}[]\":,0-.e\\ \u00e9".getBytes(StandardCharsets.UTF_8);
        switch (random.nextInt(4)) {
            case 0 -> bytes[at] = (byte) random.nextInt(256);
            case 1 -> bytes[at] = tokens[random.nextInt(tokens.length)];
            case 2 -> {
                byte[] shorter = new byte[bytes.length - 1];
                System.arraycopy(bytes, 0, shorter, 0, at);
                System.arraycopy(bytes, at + 1, shorter, at, bytes.length - at - 1);
                return shorter;
            }
            default -> {
                byte[] cut = new byte[at];
                System.arraycopy(bytes, 0, cut, 0, at);
                return cut;
            }
        }
        return bytes;
    }

    private static void collectContainers(JsonNode node, List<JsonNode> into) {
        if (node.isContainerNode()) {
            into.add(node);
            node.forEach(child -> collectContainers(child, into));
        }
    }

    private static void mutate(JsonNode container, Random random) {
        JsonNode replacement = randomValue(random);
        if (container instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            if (names.isEmpty() || random.nextInt(5) == 0) {
                object.set(List.of("id", "kind", "parent", "from", "to", "x", "width", "props", "extra")
                        .get(random.nextInt(9)), replacement);
            } else if (random.nextInt(4) == 0) {
                object.remove(names.get(random.nextInt(names.size())));
            } else {
                object.set(names.get(random.nextInt(names.size())), replacement);
            }
        } else if (container instanceof ArrayNode array) {
            if (array.isEmpty() || random.nextInt(3) == 0) {
                array.add(replacement);
            } else {
                array.set(random.nextInt(array.size()), replacement);
            }
        }
    }

    private static JsonNode randomValue(Random random) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        return switch (random.nextInt(9)) {
            case 0 -> f.nullNode();
            case 1 -> f.booleanNode(random.nextBoolean());
            case 2 -> f.numberNode(random.nextInt(2_000_000) - 1_000_000);
            case 3 -> f.numberNode(random.nextDouble() * 1e300 * (random.nextBoolean() ? 1 : -1));
            case 4 -> f.textNode(List.of("vnet", "subnet", "onprem", "", "x y", "10.0.0.0/8", "virtual-network")
                    .get(random.nextInt(7)));
            case 5 -> f.arrayNode();
            case 6 -> f.objectNode();
            case 7 -> f.numberNode(-0.0);
            default -> f.textNode("a".repeat(random.nextInt(80)));
        };
    }
}
