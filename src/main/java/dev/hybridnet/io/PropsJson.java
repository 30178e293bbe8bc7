package dev.hybridnet.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hybridnet.model.PropValue;
import dev.hybridnet.model.Props;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Converts property trees between Jackson nodes and the model's {@link PropValue}, keeping every value. */
final class PropsJson {

    private PropsJson() {
    }

    static Props read(ObjectNode node) {
        return new Props(readFields(node));
    }

    private static TreeMap<String, PropValue> readFields(JsonNode node) {
        TreeMap<String, PropValue> fields = new TreeMap<>();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            fields.put(field.getKey(), read(field.getValue()));
        }
        return fields;
    }

    static PropValue read(JsonNode node) {
        if (node.isTextual()) {
            return new PropValue.Text(node.textValue());
        }
        if (node.isBoolean()) {
            return new PropValue.Bool(node.booleanValue());
        }
        if (node.isIntegralNumber()) {
            return new PropValue.Number(new BigDecimal(node.bigIntegerValue()));
        }
        if (node.isNumber()) {
            return new PropValue.Number(node.decimalValue());
        }
        if (node.isArray()) {
            List<PropValue> items = new ArrayList<>(node.size());
            node.forEach(item -> items.add(read(item)));
            return new PropValue.ListValue(items);
        }
        if (node.isObject()) {
            return new PropValue.ObjectValue(readFields(node));
        }
        return new PropValue.Null();
    }

    static void write(JsonGenerator out, PropValue value) throws IOException {
        if (value instanceof PropValue.Text t) {
            out.writeString(t.value());
        } else if (value instanceof PropValue.Bool b) {
            out.writeBoolean(b.value());
        } else if (value instanceof PropValue.Number n) {
            out.writeNumber(Numbers.canonical(n.value()));
        } else if (value instanceof PropValue.ListValue list) {
            out.writeStartArray();
            for (PropValue item : list.items()) {
                write(out, item);
            }
            out.writeEndArray();
        } else if (value instanceof PropValue.ObjectValue object) {
            writeFields(out, object.fields());
        } else if (value instanceof PropValue.Null) {
            out.writeNull();
        } else {
            throw new IllegalStateException("unhandled property value " + value.getClass());
        }
    }

    static void writeFields(JsonGenerator out, Map<String, PropValue> fields) throws IOException {
        out.writeStartObject();
        for (Map.Entry<String, PropValue> field : fields.entrySet()) {
            out.writeFieldName(field.getKey());
            write(out, field.getValue());
        }
        out.writeEndObject();
    }
}
