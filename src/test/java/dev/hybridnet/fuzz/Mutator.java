package dev.hybridnet.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Makes hostile variants of a design file, deterministically from a seed: changes to the JSON tree aimed at what
 * the reader and the rules interpret (ids, parents, kinds, numbers, addresses, versions), values from a dictionary
 * of known troublemakers, and changes to the bytes (truncation, stray bytes, byte order marks, other encodings).
 */
final class Mutator {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    /** Texts that have broken parsers, address libraries and terminals. */
    static final List<String> NASTY_TEXT = List.of("", " ", "10.0.0.0/2147483648", "10.0.0.0/4294967304",
            "10.0.0.0/-1", "10.0.0.0/33", "::/129", "10.0.0.0/8/8", "1.2.3.4.5/8", "10.0.0.0/ 8", "0x0a.0.0.0/8",
            "10.0.0.0/08", "256.0.0.0/8", "fe80::1%eth0/64", "10.0.0.0-10.0.0.255", "*.*.*.*", "10.0.0.0/0",
            "0.0.0.0/0", "::/0", "::ffff:10.0.0.0/104", "169.254.21.1", "hybri\net", "\u001b[2J\u001b[H",
            "line\r\nbreak", "\u0000", "\u202eevil", "\ud83d\ude80", "\ud800", "null", "NaN", "Infinity", "-0",
            "1e99999", "VpnGw1AZ ", "vpngw5az", "Standard", "Basic", "RouteBased", "\"quoted\"", "${jndi:x}",
            "<script>", "]]>&amp;", "../../etc/passwd", "C:\\con\\aux", "%s%n%x", "a".repeat(5_000),
            "\u0130stanbul", "GATEWAYSUBNET", "GatewaySubnet", "AzureFirewallSubnet", "AzureBastionSubnet",
            "RouteServerSubnet", "65515", "4294967295", "-1");

    /** Numbers at the edges of every conversion the reader and the rules make. */
    static final List<String> NASTY_NUMBERS = List.of("0", "-0", "-1", "1e308", "-1e308", "1.7976931348623157e309",
            "4.9e-324", "1e-400", "1e400", "2147483647", "2147483648", "-2147483649", "4294967295", "4294967296",
            "9223372036854775807", "9223372036854775808", "123456789012345678901234567890", "0.1", "1.5", "1.1",
            "2", "65515", "65535", "65536", "1000000", "1000001", "-1000001", "1e6", "1E+2", "5e-1", "3.0");

    private static final List<String> KINDS = List.of("on-premises-network", "vpn-appliance", "virtual-network",
            "subnet", "vpn-gateway", "expressroute-gateway", "expressroute-circuit", "azure-firewall",
            "virtual-machine", "network-virtual-appliance", "load-balancer", "bastion", "route-server",
            "local-network-gateway", "unknown-kind", "");

    private static final List<String> CONNECTION_KINDS = List.of("site-to-site-vpn", "expressroute-connection",
            "vnet-peering", "vnet-to-vnet", "expressroute-circuit-link", "nope");

    private final Random random;

    Mutator(long seed) {
        this.random = new Random(seed);
    }

    /** A hostile variant of {@code original}: one to five edits of the tree, and now and then of the bytes. */
    byte[] mutate(byte[] original) {
        byte[] bytes = original;
        if (random.nextInt(10) < 8) {
            try {
                JsonNode root = JSON.readTree(bytes);
                int edits = 1 + random.nextInt(5);
                for (int i = 0; i < edits; i++) {
                    root = editTree(root);
                }
                bytes = JSON.writeValueAsBytes(root);
                bytes = randomNumbersAsText(bytes);
            } catch (java.io.IOException e) {
                // Not JSON (already a byte-level mutant): keep it for the byte edits below.
            }
        }
        if (random.nextInt(10) < 3) {
            int edits = 1 + random.nextInt(3);
            for (int i = 0; i < edits; i++) {
                bytes = editBytes(bytes);
            }
        }
        return bytes;
    }

    /** Numbers Jackson would write in its own form: some are swapped for raw texts from {@link #NASTY_NUMBERS}. */
    private byte[] randomNumbersAsText(byte[] bytes) {
        if (random.nextInt(3) != 0) {
            return bytes;
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        String marker = "\"@@NUM@@\"";
        if (!text.contains(marker)) {
            return bytes;
        }
        StringBuilder out = new StringBuilder();
        int from = 0;
        int at;
        while ((at = text.indexOf(marker, from)) >= 0) {
            out.append(text, from, at).append(pick(NASTY_NUMBERS));
            from = at + marker.length();
        }
        return out.append(text.substring(from)).toString().getBytes(StandardCharsets.UTF_8);
    }

    private JsonNode editTree(JsonNode root) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        if (containers.isEmpty()) {
            return root;
        }
        JsonNode target = containers.get(random.nextInt(containers.size()));
        switch (random.nextInt(12)) {
            case 0, 1, 2 -> replaceValue(target);
            case 3 -> removeSomething(target);
            case 4 -> duplicateSomething(target);
            case 5 -> retargetReference(root, target);
            case 6 -> changeKind(target);
            case 7 -> setTop(root);
            case 8 -> nest(target);
            case 9 -> growArray(target);
            case 10 -> swapWithOther(containers, target);
            default -> addField(target);
        }
        return root;
    }

    private JsonNode nasty() {
        return switch (random.nextInt(10)) {
            case 0, 1, 2, 3 -> F.textNode(pick(NASTY_TEXT));
            case 4 -> F.textNode("@@NUM@@");
            case 5 -> F.numberNode(new BigDecimal(pick(List.of("0", "-1", "1.5", "65515", "2147483648"))));
            case 6 -> random.nextBoolean() ? F.booleanNode(random.nextBoolean()) : F.nullNode();
            case 7 -> F.objectNode();
            case 8 -> F.arrayNode().add(F.textNode(pick(NASTY_TEXT)));
            default -> F.textNode(pick(KINDS));
        };
    }

    private void replaceValue(JsonNode target) {
        if (target instanceof ObjectNode object && object.size() > 0) {
            object.set(randomKey(object), nasty());
        } else if (target instanceof ArrayNode array && array.size() > 0) {
            array.set(random.nextInt(array.size()), nasty());
        }
    }

    private void removeSomething(JsonNode target) {
        if (target instanceof ObjectNode object && object.size() > 0) {
            object.remove(randomKey(object));
        } else if (target instanceof ArrayNode array && array.size() > 0) {
            array.remove(random.nextInt(array.size()));
        }
    }

    private void duplicateSomething(JsonNode target) {
        if (target instanceof ArrayNode array && array.size() > 0) {
            array.add(array.get(random.nextInt(array.size())).deepCopy());
        } else if (target instanceof ObjectNode object && object.size() > 0) {
            String key = randomKey(object);
            object.set(key + (random.nextBoolean() ? "" : "2"), object.get(key).deepCopy());
        }
    }

    /** Points an id reference (parent, from, to, nextHop) at another id, itself, or nothing. */
    private void retargetReference(JsonNode root, JsonNode target) {
        if (!(target instanceof ObjectNode object)) {
            return;
        }
        List<String> ids = new ArrayList<>();
        root.findValues("id").forEach(v -> ids.add(v.asText()));
        String field = pick(List.of("parent", "from", "to", "nextHop", "id"));
        String value = ids.isEmpty() || random.nextInt(5) == 0 ? pick(NASTY_TEXT)
                : random.nextInt(4) == 0 && object.has("id") ? object.get("id").asText() : pick(ids);
        object.put(field, value);
    }

    private void changeKind(JsonNode target) {
        if (target instanceof ObjectNode object && object.has("kind")) {
            object.put("kind", object.has("from") ? pick(CONNECTION_KINDS) : pick(KINDS));
        }
    }

    private void setTop(JsonNode root) {
        if (root instanceof ObjectNode top) {
            switch (random.nextInt(4)) {
                case 0 -> top.set("version", random.nextBoolean() ? F.textNode("@@NUM@@") : nasty());
                case 1 -> top.set("format", nasty());
                case 2 -> top.set("$schema", nasty());
                default -> top.set("reference", random.nextBoolean() ? F.textNode(pick(List.of("vpn", "hub-spoke",
                        "expressroute", "expressroute-vpn-failover", "mesh"))) : nasty());
            }
        }
    }

    private void nest(JsonNode target) {
        JsonNode deep = F.textNode("bottom");
        int depth = 1 + random.nextInt(70);
        for (int i = 0; i < depth; i++) {
            deep = random.nextBoolean() ? F.arrayNode().add(deep) : F.objectNode().set("n", deep);
        }
        if (target instanceof ObjectNode object) {
            object.set(object.size() > 0 && random.nextBoolean() ? randomKey(object) : "deep", deep);
        } else if (target instanceof ArrayNode array) {
            array.add(deep);
        }
    }

    private void growArray(JsonNode target) {
        if (target instanceof ArrayNode array && array.size() > 0) {
            JsonNode model = array.get(random.nextInt(array.size()));
            int copies = 1 + random.nextInt(random.nextInt(10) == 0 ? 2_000 : 20);
            for (int i = 0; i < copies; i++) {
                JsonNode copy = model.deepCopy();
                if (copy instanceof ObjectNode o && o.has("id") && random.nextBoolean()) {
                    o.put("id", o.get("id").asText() + "-" + i);
                }
                array.add(copy);
            }
        }
    }

    private void swapWithOther(List<JsonNode> containers, JsonNode target) {
        JsonNode other = containers.get(random.nextInt(containers.size()));
        if (target instanceof ObjectNode a && other instanceof ObjectNode b && a.size() > 0 && b.size() > 0
                && a != b) {
            String key = randomKey(a);
            a.set(key, b.get(randomKey(b)).deepCopy());
        }
    }

    private void addField(JsonNode target) {
        if (target instanceof ObjectNode object) {
            String key = pick(List.of("addressSpaces", "addressPrefix", "privateIp", "publicIp", "sku", "asn",
                    "routes", "bgpPeeringAddresses", "gatewayIp", "activeActive", "enableBgp", "role", "x", "width",
                    "props", "from", "nextHopType", "peeringType", "unknownField", "\u001b", ""));
            object.set(key, nasty());
        }
    }

    private byte[] editBytes(byte[] bytes) {
        if (bytes.length == 0) {
            return new byte[] {'{'};
        }
        int at = random.nextInt(bytes.length);
        return switch (random.nextInt(8)) {
            case 0 -> java.util.Arrays.copyOf(bytes, at);
            case 1 -> {
                byte[] out = bytes.clone();
                out[at] = (byte) random.nextInt(256);
                yield out;
            }
            case 2 -> insert(bytes, at, pick(List.of("{", "}", "[", "]", ",", ":", "\"", "\\", "\u0000", "\u001b",
                    "\n", "1e2147483648", "/*", "//", "\uFEFF")).getBytes(StandardCharsets.UTF_8));
            case 3 -> insert(bytes, 0, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            case 4 -> new String(bytes, StandardCharsets.UTF_8).getBytes(pick(List.of(StandardCharsets.UTF_16,
                    StandardCharsets.UTF_16LE, java.nio.charset.Charset.forName("UTF-32"))));
            case 5 -> insert(bytes, bytes.length, pick(List.of(" {}", "x", " ", "\n\n", "]}")).getBytes(
                    StandardCharsets.UTF_8));
            case 6 -> insert(bytes, at, new byte[] {(byte) 0xC3}); // a broken UTF-8 sequence
            default -> {
                int from = random.nextInt(bytes.length);
                int length = Math.min(bytes.length - from, 1 + random.nextInt(64));
                yield insert(bytes, at, java.util.Arrays.copyOfRange(bytes, from, from + length));
            }
        };
    }

    private static byte[] insert(byte[] bytes, int at, byte[] what) {
        byte[] out = new byte[bytes.length + what.length];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(what, 0, out, at, what.length);
        System.arraycopy(bytes, at, out, at + what.length, bytes.length - at);
        return out;
    }

    private String randomKey(ObjectNode object) {
        int index = random.nextInt(object.size());
        Iterator<Map.Entry<String, JsonNode>> fields = object.properties().iterator();
        Map.Entry<String, JsonNode> entry = fields.next();
        for (int i = 0; i < index; i++) {
            entry = fields.next();
        }
        return entry.getKey();
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private static void collect(JsonNode node, List<JsonNode> into) {
        if (node.isContainerNode()) {
            into.add(node);
            node.forEach(child -> collect(child, into));
        }
    }
}
