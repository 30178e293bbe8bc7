package dev.hybridnet.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Brings a parsed document of any version this program has ever written up to {@link FormatLimits#CURRENT_VERSION},
 * one step per version, and refuses newer ones. Version 1 is the first, so there are no steps yet: step {@code i}
 * turns version {@code i + 1} into version {@code i + 2}.
 */
final class Migrations {

    private static final List<UnaryOperator<ObjectNode>> STEPS = List.of();
    /** The revisions of version 1 that only added to it (docs/format.md); a file may name one as its version. */
    private static final List<java.math.BigDecimal> REVISIONS = List.of(new java.math.BigDecimal("1.1"),
            new java.math.BigDecimal("1.2"));

    private Migrations() {
    }

    static ObjectNode toCurrent(NodeFields top) throws DiagramFormatException {
        ObjectNode root = top.node();
        String format = top.optionalText("format").orElseThrow(() -> top.error(
                "not a HybridNet diagram: the field 'format' is missing (expected \"format\": \"hybridnet\")"));
        if (!"hybridnet".equals(format)) {
            throw top.error("not a HybridNet diagram: format is \"" + NodeFields.abbreviate(format)
                    + "\", expected \"hybridnet\"");
        }
        JsonNode version = root.get("version");
        if (version == null || version.isNull()) {
            throw top.error("missing field 'version'");
        }
        if (version.isNumber() && REVISIONS.stream().anyMatch(r -> version.decimalValue().compareTo(r) == 0)) {
            // "1.1" and "1.2" name revisions of version 1 that added to it without changing anything (docs/format.md):
            // read as version 1, and written back as 1.
            return root;
        }
        if (!version.isNumber() || !version.canConvertToExactIntegral()) {
            throw top.error("field 'version' should be a whole number, not " + NodeFields.describe(version));
        }
        if (!version.canConvertToInt() || version.intValue() > FormatLimits.CURRENT_VERSION) {
            throw top.error("the file has format version " + version.asText() + ", newer than this program reads "
                    + "(version " + FormatLimits.CURRENT_VERSION + "); update HybridNet Designer to open it");
        }
        int v = version.intValue();
        if (v < 1) {
            throw top.error("format version " + v + " does not exist (versions start at 1)");
        }
        ObjectNode current = root;
        for (int step = v - 1; step < STEPS.size(); step++) {
            current = STEPS.get(step).apply(current);
        }
        return current;
    }
}
