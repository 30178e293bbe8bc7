package dev.hybridnet.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hybridnet.model.Diagram;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads {@code *.hybridnet.json} files into a {@link Diagram}. A structurally broken file fails with a
 * {@link DiagramFormatException} that names the file, the place and the problem; semantic problems (bad CIDR
 * text, illegal containment) load fine and are left to the validator. Thread-safe and reusable.
 */
public final class DiagramReader {

    private final ObjectMapper mapper;

    public DiagramReader() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(FormatLimits.MAX_NESTING_DEPTH)
                        .maxStringLength(FormatLimits.MAX_STRING_LENGTH)
                        .maxNumberLength(FormatLimits.MAX_NUMBER_LENGTH)
                        .maxDocumentLength(FormatLimits.MAX_FILE_BYTES)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .build();
        this.mapper = new ObjectMapper(factory)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    }

    /** Reads a file; the message of any failure starts with the path as given. */
    public Diagram read(Path file) throws IOException {
        String source = file.toString();
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new DiagramFormatException(source, "", "no such file");
        }
        if (Files.isDirectory(file)) {
            throw new DiagramFormatException(source, "", "is a folder, not a diagram file");
        }
        if (size > FormatLimits.MAX_FILE_BYTES) {
            throw new DiagramFormatException(source, "", "the file is " + (size >> 20)
                    + " MiB; diagrams are limited to " + (FormatLimits.MAX_FILE_BYTES >> 20) + " MiB");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, source);
        }
    }

    /** Reads JSON text; {@code source} names it in messages. */
    public Diagram read(String json, String source) throws DiagramFormatException {
        try {
            return read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), source);
        } catch (DiagramFormatException e) {
            throw e;
        } catch (IOException e) {
            throw new DiagramFormatException(source, "", "cannot be read: " + e.getMessage());
        }
    }

    /** Reads a stream of UTF-8 JSON, which this method does not close. */
    public Diagram read(InputStream in, String source) throws IOException {
        JsonNode root = parse(in, source);
        if (root == null || root.isMissingNode()) {
            throw new DiagramFormatException(source, "", "the file is empty");
        }
        if (!root.isObject()) {
            throw new DiagramFormatException(source, "", "not a HybridNet diagram: the document is "
                    + NodeFields.describe(root) + ", expected an object");
        }
        ObjectNode migrated = Migrations.toCurrent(new NodeFields(source, "", (ObjectNode) root));
        return new DiagramBuilder(source).build(migrated);
    }

    private JsonNode parse(InputStream in, String source) throws IOException {
        try {
            return mapper.readTree(in);
        } catch (StreamConstraintsException e) {
            throw new DiagramFormatException(source, "", limitProblem(e));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String place = at == null || at.getLineNr() < 1 ? ""
                    : "line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new DiagramFormatException(source, place, "malformed JSON: " + firstLine(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new DiagramFormatException(source, "", "cannot be read: " + firstLine(e.getMessage()));
        }
    }

    /** Jackson names its own configuration in these messages; users need the limit instead. */
    private static String limitProblem(StreamConstraintsException e) {
        String message = String.valueOf(e.getOriginalMessage());
        if (message.contains("nesting depth")) {
            return "the document is nested more than " + FormatLimits.MAX_NESTING_DEPTH + " levels deep";
        }
        if (message.contains("String value length")) {
            return "a text value is longer than " + FormatLimits.MAX_STRING_LENGTH + " characters";
        }
        if (message.contains("Number value length")) {
            return "a number is longer than " + FormatLimits.MAX_NUMBER_LENGTH + " digits";
        }
        if (message.contains("Document length")) {
            return "the document is larger than " + (FormatLimits.MAX_FILE_BYTES >> 20) + " MiB";
        }
        String plain = message.replaceAll(" \\(.*StreamReadConstraints.*\\)", "");
        return "the document exceeds a size limit: " + firstLine(plain);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int end = message.indexOf('\n');
        String line = end < 0 ? message : message.substring(0, end);
        // Jackson's "(for Array starting at [Source: (...); line: 1, column: 60])" names its own stream types.
        return JACKSON_SOURCE.matcher(line).replaceAll(m -> " (for the " + m.group(1).toLowerCase(java.util.Locale.ROOT)
                + " that starts at line " + m.group(2) + ", column " + m.group(3) + ")");
    }

    private static final java.util.regex.Pattern JACKSON_SOURCE = java.util.regex.Pattern.compile(
            "\\s*\\(for (\\w+) starting at \\[Source: [^;]*; line: (\\d+), column: (\\d+)\\]\\)");
}
