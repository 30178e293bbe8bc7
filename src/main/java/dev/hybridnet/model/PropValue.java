package dev.hybridnet.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A property value as a file holds it: a JSON-like tree kept verbatim, so that values the program does not
 * understand (unknown keys, future fields, malformed text) survive a load and a save unchanged.
 */
public sealed interface PropValue
        permits PropValue.Text, PropValue.Number, PropValue.Bool, PropValue.ListValue, PropValue.ObjectValue,
        PropValue.Null {

    /** A short name of the value's type for messages ("text", "number", ...). */
    String typeName();

    record Text(String value) implements PropValue {
        public Text {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String typeName() {
            return "text";
        }
    }

    /**
     * A number kept exactly as decimal, so that 65515 and 4294967295 stay integers. It is normalised (no trailing
     * zeros, no negative scale) so that equal numbers are equal values: 2.50 is 2.5 and 1E+1 is 10.
     */
    record Number(BigDecimal value) implements PropValue {
        public Number {
            Objects.requireNonNull(value, "value");
            value = value.stripTrailingZeros();
            if (value.scale() < 0) {
                value = value.setScale(0);
            }
        }

        public static Number of(long value) {
            return new Number(BigDecimal.valueOf(value));
        }

        @Override
        public String typeName() {
            return "number";
        }
    }

    record Bool(boolean value) implements PropValue {
        @Override
        public String typeName() {
            return "boolean";
        }
    }

    record ListValue(List<PropValue> items) implements PropValue {
        public ListValue {
            items = List.copyOf(items);
        }

        @Override
        public String typeName() {
            return "list";
        }
    }

    /** An object; its keys are kept sorted so that output is deterministic. */
    record ObjectValue(SortedMap<String, PropValue> fields) implements PropValue {
        public ObjectValue {
            fields = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(fields));
        }

        public static ObjectValue of(Map<String, PropValue> fields) {
            return new ObjectValue(new TreeMap<>(fields));
        }

        @Override
        public String typeName() {
            return "object";
        }
    }

    /** JSON {@code null}. */
    record Null() implements PropValue {
        @Override
        public String typeName() {
            return "null";
        }
    }

    static PropValue text(String value) {
        return new Text(value);
    }

    static PropValue bool(boolean value) {
        return new Bool(value);
    }

    static PropValue number(long value) {
        return Number.of(value);
    }

    static PropValue texts(List<String> values) {
        return new ListValue(values.stream().map(PropValue::text).toList());
    }
}
