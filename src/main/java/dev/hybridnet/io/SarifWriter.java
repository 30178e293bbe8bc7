package dev.hybridnet.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.hybridnet.validation.Finding;
import dev.hybridnet.validation.RuleInfo;
import dev.hybridnet.validation.Severity;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Validation reports as SARIF 2.1.0, for GitHub code scanning and other SARIF viewers: one run of the
 * "HybridNet Designer" tool with the metadata of every rule, each file as an artifact, and each finding as a result
 * located in its file (at the line of the first element it names, when known) with the element ids as logical
 * locations.
 */
public final class SarifWriter {

    /** One validated file: its URI as it should appear in the log, its findings, and where its ids are defined. */
    public record Input(String uri, List<Finding> findings, Map<String, Integer> lineOfId) {
    }

    private final JsonFactory factory = new JsonFactory();
    private final String version;
    private final List<RuleInfo> rules;

    public SarifWriter(String version, List<RuleInfo> rules) {
        this.version = version;
        this.rules = List.copyOf(rules);
    }

    public String write(List<Input> inputs) {
        StringWriter text = new StringWriter();
        try (JsonGenerator out = factory.createGenerator(text)) {
            out.setPrettyPrinter(new CanonicalPrettyPrinter());
            out.writeStartObject();
            out.writeStringField("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            out.writeStringField("version", "2.1.0");
            out.writeArrayFieldStart("runs");
            out.writeStartObject();
            writeTool(out);
            writeArtifacts(out, inputs);
            writeResults(out, inputs);
            out.writeEndObject();
            out.writeEndArray();
            out.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
        return text.append('\n').toString();
    }

    private void writeTool(JsonGenerator out) throws IOException {
        out.writeObjectFieldStart("tool");
        out.writeObjectFieldStart("driver");
        out.writeStringField("name", "HybridNet Designer");
        out.writeStringField("semanticVersion", version.replaceAll("[^0-9A-Za-z.+-]", ""));
        out.writeStringField("informationUri", "https://learn.microsoft.com/azure/architecture/reference-architectures/"
                + "hybrid-networking/");
        out.writeArrayFieldStart("rules");
        for (RuleInfo rule : rules) {
            out.writeStartObject();
            out.writeStringField("id", rule.id());
            out.writeStringField("name", pascalCase(rule.id()));
            writeText(out, "shortDescription", rule.title());
            writeText(out, "fullDescription", rule.rationale());
            if (rule.source().startsWith("https://")) {
                out.writeStringField("helpUri", rule.source());
            }
            writeText(out, "help", rule.rationale() + " Source: " + rule.source());
            out.writeObjectFieldStart("defaultConfiguration");
            out.writeStringField("level", level(rule.severity()));
            out.writeEndObject();
            out.writeObjectFieldStart("properties");
            out.writeArrayFieldStart("tags");
            out.writeString("azure");
            out.writeString("network");
            out.writeEndArray();
            if (!rule.specId().isEmpty()) {
                out.writeStringField("referenceRule", rule.specId());
            }
            out.writeEndObject();
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeEndObject();
        out.writeEndObject();
    }

    private static void writeArtifacts(JsonGenerator out, List<Input> inputs) throws IOException {
        out.writeArrayFieldStart("artifacts");
        for (Input input : inputs) {
            out.writeStartObject();
            out.writeObjectFieldStart("location");
            out.writeStringField("uri", input.uri());
            out.writeEndObject();
            out.writeStringField("mimeType", "application/json");
            out.writeEndObject();
        }
        out.writeEndArray();
    }

    private void writeResults(JsonGenerator out, List<Input> inputs) throws IOException {
        Map<String, Integer> ruleIndex = new HashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            ruleIndex.put(rules.get(i).id(), i);
        }
        out.writeArrayFieldStart("results");
        for (int artifact = 0; artifact < inputs.size(); artifact++) {
            Input input = inputs.get(artifact);
            for (Finding f : input.findings()) {
                out.writeStartObject();
                out.writeStringField("ruleId", f.rule());
                Integer index = ruleIndex.get(f.rule());
                if (index != null) {
                    out.writeNumberField("ruleIndex", index);
                }
                out.writeStringField("level", level(f.severity()));
                writeText(out, "message", f.message() + f.fix().map(fix -> " Fix: " + fix).orElse(""));
                writeLocation(out, input, artifact, f);
                out.writeEndObject();
            }
        }
        out.writeEndArray();
    }

    private static void writeLocation(JsonGenerator out, Input input, int artifact, Finding f) throws IOException {
        out.writeArrayFieldStart("locations");
        out.writeStartObject();
        out.writeObjectFieldStart("physicalLocation");
        out.writeObjectFieldStart("artifactLocation");
        out.writeStringField("uri", input.uri());
        out.writeNumberField("index", artifact);
        out.writeEndObject();
        Optional<Integer> line = f.elements().stream().map(input.lineOfId()::get).filter(l -> l != null).findFirst();
        out.writeObjectFieldStart("region");
        out.writeNumberField("startLine", line.orElse(1));
        out.writeEndObject();
        out.writeEndObject();
        if (!f.elements().isEmpty()) {
            out.writeArrayFieldStart("logicalLocations");
            for (String id : f.elements()) {
                out.writeStartObject();
                out.writeStringField("name", id);
                out.writeStringField("kind", "element");
                out.writeEndObject();
            }
            out.writeEndArray();
        }
        out.writeEndObject();
        out.writeEndArray();
    }

    private static void writeText(JsonGenerator out, String field, String text) throws IOException {
        out.writeObjectFieldStart(field);
        out.writeStringField("text", text);
        out.writeEndObject();
    }

    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    private static String pascalCase(String id) {
        StringBuilder name = new StringBuilder();
        for (String part : id.split("-")) {
            name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return name.toString();
    }
}
