package dev.hybridnet.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.hybridnet.catalog.Catalog;
import dev.hybridnet.catalog.ComponentType;
import dev.hybridnet.geometry.Rect;
import dev.hybridnet.model.Connection;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import dev.hybridnet.model.Props;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Writes diagrams in the canonical form of format version 1: fixed key order, props sorted by key, two-space
 * indent, {@code "\n"} line ends and a final newline, plain numbers. The same diagram always gives the same
 * bytes, so files diff well; reading then writing a canonical file gives it back unchanged.
 */
public final class DiagramWriter {

    private final JsonFactory factory = new JsonFactory();

    /** The canonical text of a diagram. */
    public String write(Diagram diagram) {
        StringWriter text = new StringWriter();
        try (JsonGenerator out = factory.createGenerator(text)) {
            out.setPrettyPrinter(new CanonicalPrettyPrinter());
            writeDiagram(out, diagram);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
        return text.append('\n').toString();
    }

    /**
     * Saves atomically: either the whole new file is in place, or the old one is left untouched. A diagram whose
     * file would be larger than the reader accepts is refused, so that the program never writes a file it cannot
     * read back.
     */
    public void save(Diagram diagram, Path file) throws IOException {
        byte[] bytes = write(diagram).getBytes(StandardCharsets.UTF_8);
        if (bytes.length > FormatLimits.MAX_FILE_BYTES) {
            throw new java.nio.file.FileSystemException(file.toString(), null, "not saved: the file would be "
                    + (bytes.length >> 20) + " MiB, and files are read up to " + (FormatLimits.MAX_FILE_BYTES >> 20)
                    + " MiB; split the design");
        }
        AtomicFiles.write(file, bytes);
    }

    private static void writeDiagram(JsonGenerator out, Diagram diagram) throws IOException {
        out.writeStartObject();
        out.writeStringField("format", "hybridnet");
        out.writeNumberField("version", FormatLimits.CURRENT_VERSION);
        out.writeStringField("title", diagram.title());
        if (diagram.reference().isPresent()) {
            out.writeStringField("reference", diagram.reference().get().id());
        }
        out.writeArrayFieldStart("elements");
        for (Element element : diagram.elements()) {
            writeElement(out, element);
        }
        out.writeEndArray();
        out.writeArrayFieldStart("connections");
        for (Connection connection : diagram.connections()) {
            writeConnection(out, connection);
        }
        out.writeEndArray();
        out.writeEndObject();
    }

    private static void writeElement(JsonGenerator out, Element element) throws IOException {
        out.writeStartObject();
        out.writeStringField("id", element.id());
        out.writeStringField("kind", element.kind().id());
        out.writeStringField("name", element.name());
        if (element.parent().isPresent()) {
            out.writeStringField("parent", element.parent().get());
        }
        Rect bounds = element.bounds();
        writeNumber(out, "x", bounds.x());
        writeNumber(out, "y", bounds.y());
        ComponentType type = Catalog.of(element.kind());
        boolean defaultSize = bounds.width() == type.defaultSize().width()
                && bounds.height() == type.defaultSize().height();
        if (type.resizable() || !defaultSize) {
            writeNumber(out, "width", bounds.width());
            writeNumber(out, "height", bounds.height());
        }
        writeProps(out, element.props());
        out.writeEndObject();
    }

    private static void writeConnection(JsonGenerator out, Connection connection) throws IOException {
        out.writeStartObject();
        out.writeStringField("id", connection.id());
        out.writeStringField("kind", connection.kind().id());
        out.writeStringField("from", connection.from());
        out.writeStringField("to", connection.to());
        writeProps(out, connection.props());
        out.writeEndObject();
    }

    private static void writeProps(JsonGenerator out, Props props) throws IOException {
        if (!props.isEmpty()) {
            out.writeFieldName("props");
            PropsJson.writeFields(out, props.values());
        }
    }

    private static void writeNumber(JsonGenerator out, String name, double value) throws IOException {
        out.writeFieldName(name);
        out.writeNumber(Numbers.canonical(value));
    }
}
