package dev.hybridnet.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.hybridnet.model.Reference;
import dev.hybridnet.validation.Finding;
import dev.hybridnet.validation.Severity;
import dev.hybridnet.validation.ValidationReport;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The JSON form of validation reports ({@code validate --format json}), as the format specification defines it:
 * one object per file with the declared and detected references, the findings and a summary. One file gives one
 * object; several give an array of them, in the order of the files.
 */
public final class ReportJson {

    /** A report together with the name of the file it is about. */
    public record FileReport(String file, ValidationReport report) {
    }

    private final JsonFactory factory = new JsonFactory();

    public String write(List<FileReport> reports) {
        StringWriter text = new StringWriter();
        try (JsonGenerator out = factory.createGenerator(text)) {
            out.setPrettyPrinter(new CanonicalPrettyPrinter());
            if (reports.size() == 1) {
                write(out, reports.get(0));
            } else {
                out.writeStartArray();
                for (FileReport report : reports) {
                    write(out, report);
                }
                out.writeEndArray();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
        return text.append('\n').toString();
    }

    private static void write(JsonGenerator out, FileReport fileReport) throws IOException {
        ValidationReport report = fileReport.report();
        out.writeStartObject();
        out.writeStringField("file", fileReport.file());
        out.writeObjectFieldStart("reference");
        if (report.declared().isPresent()) {
            out.writeStringField("declared", report.declared().get().id());
        } else {
            out.writeNullField("declared");
        }
        out.writeArrayFieldStart("detected");
        for (Reference r : report.detected()) {
            out.writeString(r.id());
        }
        out.writeEndArray();
        out.writeEndObject();
        out.writeArrayFieldStart("findings");
        for (Finding f : report.findings()) {
            out.writeStartObject();
            out.writeStringField("rule", f.rule());
            out.writeStringField("severity", f.severity().id());
            out.writeStringField("message", f.message());
            out.writeArrayFieldStart("elements");
            for (String id : f.elements()) {
                out.writeString(id);
            }
            out.writeEndArray();
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeObjectFieldStart("summary");
        out.writeNumberField("errors", report.count(Severity.ERROR));
        out.writeNumberField("warnings", report.count(Severity.WARNING));
        out.writeEndObject();
        out.writeEndObject();
    }
}
