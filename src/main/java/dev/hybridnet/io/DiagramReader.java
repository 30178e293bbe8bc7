package dev.hybridnet.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hybridnet.model.Diagram;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * Reads {@code *.hybridnet.json} files into a {@link Diagram}. A structurally broken file fails with a
 * {@link DiagramFormatException} that names the file, the place and the problem; semantic problems (bad CIDR
 * text, illegal containment) load fine and are left to the validator. Thread-safe and reusable.
 */
public final class DiagramReader {

    /** Thread-safe once built; the tree is built by {@link JsonTrees}, without an ObjectMapper (start-up time). */
    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(FormatLimits.MAX_NESTING_DEPTH)
                    .maxStringLength(FormatLimits.MAX_STRING_LENGTH)
                    .maxNumberLength(FormatLimits.MAX_NUMBER_LENGTH)
                    .maxNameLength(FormatLimits.MAX_NAME_LENGTH)
                    .maxDocumentLength(FormatLimits.MAX_FILE_BYTES)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            // No excerpt of the file in parser messages: the place is given as line and column.
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    public DiagramReader() {
    }

    /** The parser settings of diagram files: limits, duplicate names refused, no source excerpts in messages. */
    static JsonFactory jsonFactory() {
        return JSON;
    }

    /**
     * Reads a file; the message of any failure starts with the path as given. A design {@link ReadAhead} read
     * of the same path and unchanged since is taken instead of reading it again.
     */
    public Diagram read(Path file) throws IOException {
        Optional<Diagram> ahead = ReadAhead.take(file);
        return ahead.isPresent() ? ahead.get() : readFile(file);
    }

    Diagram readFile(Path file) throws IOException {
        String source = file.toString();
        if (source.isEmpty()) {
            // An empty argument would otherwise read as the current folder.
            throw new DiagramFormatException("(empty path)", "", "no file named");
        }
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new DiagramFormatException(source, "", "no such file");
        }
        if (attributes.isDirectory()) {
            throw new DiagramFormatException(source, "", "is a folder, not a diagram file");
        }
        if (!attributes.isRegularFile()) {
            // A pipe or a device would block or never end: refuse it before opening it.
            throw new DiagramFormatException(source, "", "not a regular file (a device, pipe or socket); diagrams "
                    + "are read from files");
        }
        if (attributes.size() > FormatLimits.MAX_FILE_BYTES) {
            throw tooLarge(source, attributes.size());
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) FormatLimits.MAX_FILE_BYTES + 1);
        }
        return read(bytes, source);
    }

    /** Reads JSON text; {@code source} names it in messages. */
    public Diagram read(String json, String source) throws DiagramFormatException {
        return read(json.getBytes(StandardCharsets.UTF_8), source);
    }

    /** Reads a stream of UTF-8 JSON, which this method does not close. */
    public Diagram read(InputStream in, String source) throws IOException {
        return read(in.readNBytes((int) FormatLimits.MAX_FILE_BYTES + 1), source);
    }

    private Diagram read(byte[] bytes, String source) throws DiagramFormatException {
        if (bytes.length > FormatLimits.MAX_FILE_BYTES) {
            throw tooLarge(source, bytes.length);
        }
        String encoding = Encodings.notUtf8(bytes);
        if (encoding != null) {
            throw new DiagramFormatException(source, "", "the file is " + encoding + " text; diagrams are UTF-8 "
                    + "(save it as UTF-8 and try again)");
        }
        JsonNode root = parse(bytes, source);
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

    private static DiagramFormatException tooLarge(String source, long size) {
        return new DiagramFormatException(source, "", "the file is " + Math.max(1, size >> 20) + " MiB or more; "
                + "diagrams are limited to " + (FormatLimits.MAX_FILE_BYTES >> 20) + " MiB");
    }

    private JsonNode parse(byte[] bytes, String source) throws DiagramFormatException {
        try (GuardedParser parser = new GuardedParser(JSON.createParser(bytes))) {
            JsonNode root = JsonTrees.read(parser);
            if (root != null && parser.nextToken() != null) {
                throw new DiagramFormatException(source, place(parser.currentTokenLocation()),
                        "unexpected text after the end of the document");
            }
            return root;
        } catch (DiagramFormatException e) {
            throw e;
        } catch (GuardedParser.LimitException e) {
            throw new DiagramFormatException(source, place(e.getLocation()), e.getOriginalMessage());
        } catch (StreamConstraintsException e) {
            throw new DiagramFormatException(source, place(e.getLocation()), limitProblem(e));
        } catch (JsonProcessingException e) {
            throw new DiagramFormatException(source, place(e.getLocation()), "malformed JSON: "
                    + JsonMessages.plain(e));
        } catch (IOException | RuntimeException e) {
            // Jackson reports a few malformed inputs (numbers above all) with unchecked exceptions.
            throw new DiagramFormatException(source, "", "malformed JSON: the document cannot be read as JSON");
        }
    }

    private static String place(JsonLocation at) {
        return at == null || at.getLineNr() < 1 ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
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
        if (message.contains("Name length")) {
            return "a field name is longer than " + FormatLimits.MAX_NAME_LENGTH + " characters";
        }
        if (message.contains("Document length")) {
            return "the document is larger than " + (FormatLimits.MAX_FILE_BYTES >> 20) + " MiB";
        }
        return "the document exceeds a size limit";
    }
}
