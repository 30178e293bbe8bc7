package dev.hybridnet.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.hybridnet.samples.HubSpokeGenerator;
import dev.hybridnet.samples.Sample;
import dev.hybridnet.samples.Samples;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The bundled JSON Schema accepts what the program writes, refuses broken shapes, and is the one documented. */
class SchemaTest {

    static final String RESOURCE = "/dev/hybridnet/io/hybridnet-v1.schema.json";

    private static String schemaText;
    private static Schema schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        try (InputStream in = SchemaTest.class.getResourceAsStream(RESOURCE)) {
            schemaText = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schemaText);
    }

    private static List<Error> errors(String json) {
        return schema.validate(json, InputFormat.JSON);
    }

    @ParameterizedTest
    @EnumSource(Sample.class)
    void everySampleIsValidAgainstTheSchema(Sample sample) {
        assertEquals(List.of(), errors(Samples.text(sample)));
    }

    /** The real designs of the corpus use format 1.1 where their sources need it; the schema describes it all. */
    @Test
    void everyRealDesignIsValidAgainstTheSchema() throws IOException {
        JsonNode manifest;
        try (InputStream in = SchemaTest.class.getResourceAsStream("/real/manifest.json")) {
            manifest = new ObjectMapper().readTree(in);
        }
        assertFalse(manifest.isEmpty());
        for (JsonNode entry : manifest) {
            String file = entry.get("file").asText();
            try (InputStream in = SchemaTest.class.getResourceAsStream("/real/" + file)) {
                assertEquals(List.of(), errors(new String(in.readAllBytes(), StandardCharsets.UTF_8)), file);
            }
        }
    }

    @Test
    void aGeneratedTopologyIsValidAgainstTheSchema() {
        assertEquals(List.of(), errors(new DiagramWriter().write(HubSpokeGenerator.generate(3))));
    }

    @Test
    void brokenShapesAreRefused() {
        assertFalse(errors("{\"format\":\"drawio\",\"version\":1}").isEmpty());
        assertFalse(errors("{\"format\":\"hybridnet\",\"version\":2}").isEmpty());
        assertFalse(errors("{\"format\":\"hybridnet\",\"version\":1,\"elements\":[{\"id\":\"a b\","
                + "\"kind\":\"subnet\",\"x\":0,\"y\":0}]}").isEmpty());
        assertFalse(errors("{\"format\":\"hybridnet\",\"version\":1,\"elements\":[{\"id\":\"a\","
                + "\"kind\":\"vnet\",\"x\":0,\"y\":0}]}").isEmpty());
        assertFalse(errors("{\"format\":\"hybridnet\",\"version\":1,\"elements\":[{\"id\":\"a\","
                + "\"kind\":\"vpn-gateway\",\"x\":0,\"y\":0,\"props\":{\"sku\":\"Gold\"}}]}").isEmpty());
        assertTrue(errors("{\"format\":\"hybridnet\",\"version\":1,\"elements\":[{\"id\":\"a\","
                + "\"kind\":\"vpn-gateway\",\"x\":0,\"y\":0,\"props\":{\"sku\":\"VpnGw1AZ\",\"custom\":1}}]}")
                .isEmpty(), "unknown props are allowed");
    }

    @Test
    void theDocumentationShowsTheBundledSchemaVerbatim() throws IOException {
        String doc = Files.readString(Path.of("docs/format.md"), StandardCharsets.UTF_8);
        int section = doc.indexOf("\n## JSON Schema");
        assertTrue(section > 0, "docs/format.md has a JSON Schema section");
        int start = doc.indexOf("```json\n", section) + "```json\n".length();
        int end = doc.indexOf("```", start);
        assertEquals(schemaText, doc.substring(start, end));
    }
}
