package dev.hybridnet.imports.terraform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.hybridnet.imports.arm.Unknown;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the values of one resource instance, or of one of its nested blocks, for the ARM body it becomes. A value
 * the plan knows only after apply is passed on as {@link Unknown} (the mapping leaves it out) and noted for the
 * report; an id it does not know yet is found through the configuration's references when they name one resource.
 * {@code null} means absent.
 */
final class Reader {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Translation translation;
    private final Instance instance;
    private final JsonNode node;
    private final List<Object> path;

    Reader(Translation translation, Instance instance) {
        this(translation, instance, instance.values(), List.of());
    }

    private Reader(Translation translation, Instance instance, JsonNode node, List<Object> path) {
        this.translation = translation;
        this.instance = instance;
        this.node = node;
        this.path = path;
    }

    /** The value of {@code attr}, unknown or known, or {@code null} when absent. */
    JsonNode value(String attr) {
        JsonNode v = node.get(attr);
        if (v == null || v.isNull()) {
            return null;
        }
        if (Unknown.is(v)) {
            translation.unknown(where(attr));
        }
        return v;
    }

    /** Whether {@code attr} is present and not null, known or not. */
    boolean has(String attr) {
        JsonNode v = node.get(attr);
        return v != null && !v.isNull();
    }

    /** The value of the first of two spellings present (azurerm renamed attributes between major versions). */
    JsonNode either(String attr, String other) {
        return has(attr) ? value(attr) : value(other);
    }

    /** A boolean attribute, inverted ({@code bgp_route_propagation_enabled} is the opposite of ARM's flag). */
    JsonNode not(String attr) {
        JsonNode v = value(attr);
        return v != null && v.isBoolean() ? JSON.booleanNode(!v.booleanValue()) : v;
    }

    /** The first item of a list attribute ({@code address_prefixes}), or {@code null}. */
    JsonNode first(String attr) {
        JsonNode v = value(attr);
        return v == null || !v.isArray() ? v : v.isEmpty() ? null : v.get(0);
    }

    /** The value of one attribute of the first block of {@code block} ({@code bgp_settings.asn}). */
    JsonNode inFirst(String block, String attr) {
        List<Reader> blocks = blocks(block);
        return blocks.isEmpty() ? null : blocks.get(0).value(attr);
    }

    /** An id: as given, or that of the one resource the configuration's expression names. */
    JsonNode ref(String attr) {
        JsonNode v = node.get(attr);
        if (v == null || v.isNull() || !Unknown.is(v)) {
            return v == null || v.isNull() ? null : v;
        }
        List<String> ids = targetIds(attr);
        return ids.isEmpty() ? value(attr) : JSON.textNode(ids.get(0));
    }

    /** A list of ids ({@code network_interface_ids}): each as given, or found through the configuration. */
    JsonNode refs(String attr) {
        JsonNode v = node.get(attr);
        if (v == null || v.isNull() || !Unknown.is(v) && !v.isArray()) {
            return null;
        }
        ArrayNode result = JSON.arrayNode();
        List<String> ids = null;
        List<JsonNode> items = new ArrayList<>();
        if (v.isArray()) {
            v.forEach(items::add);
        }
        if (Unknown.is(v) || items.stream().anyMatch(Unknown::is)) {
            ids = targetIds(attr);
            if (Unknown.is(v)) {
                ids.forEach(result::add);
                return ids.isEmpty() ? value(attr) : result;
            }
        }
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            if (!Unknown.is(item)) {
                result.add(item);
            } else if (ids != null && i < ids.size()) {
                result.add(ids.get(i));
            } else {
                translation.unknown(where(attr) + "[" + i + "]");
            }
        }
        return result;
    }

    /** The nested blocks {@code attr} ({@code ip_configuration}); none when absent or not known yet. */
    List<Reader> blocks(String attr) {
        JsonNode v = node.get(attr);
        List<Reader> blocks = new ArrayList<>();
        if (v != null && v.isArray()) {
            for (int i = 0; i < v.size(); i++) {
                if (v.get(i).isObject()) {
                    List<Object> at = new ArrayList<>(path);
                    at.add(attr);
                    at.add(i);
                    blocks.add(new Reader(translation, instance, v.get(i), List.copyOf(at)));
                }
            }
        }
        return blocks;
    }

    private List<String> targetIds(String attr) {
        List<Object> at = new ArrayList<>(path);
        at.add(attr);
        List<String> ids = new ArrayList<>();
        for (Instance target : translation.targets(instance, at)) {
            translation.idOf(target).ifPresent(ids::add);
        }
        return ids;
    }

    private String where(String attr) {
        StringBuilder b = new StringBuilder(instance.address());
        for (Object step : path) {
            b.append(step instanceof Integer i ? "[" + i + "]" : "." + step);
        }
        return b.append('.').append(attr).toString();
    }
}
