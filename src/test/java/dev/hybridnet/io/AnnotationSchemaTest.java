package dev.hybridnet.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.hybridnet.samples.Annotated;
import dev.hybridnet.samples.Sample;
import dev.hybridnet.samples.Samples;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled JSON Schema describes notes and groups as the program writes them, and refuses what it refuses. */
class AnnotationSchemaTest {

    private static final String HEAD = "{\"format\":\"hybridnet\",\"version\":1,\"elements\":[";
    private static Schema schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        try (InputStream in = AnnotationSchemaTest.class.getResourceAsStream(SchemaTest.RESOURCE)) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static List<Error> errors(String json) {
        return schema.validate(json, InputFormat.JSON);
    }

    @Test
    void aSampleWithNotesAndGroupsAsWrittenIsValid() {
        assertEquals(List.of(), errors(new DiagramWriter().write(Annotated.sample(Samples.load(Sample.HUB_SPOKE)))));
    }

    @Test
    void aGroupWithAParentAndANoteWhoseTextIsNotTextAreRefused() {
        assertFalse(errors(HEAD + "{\"id\":\"v\",\"kind\":\"virtual-network\",\"x\":0,\"y\":0},"
                + "{\"id\":\"g\",\"kind\":\"group\",\"parent\":\"v\",\"x\":0,\"y\":0}]}").isEmpty());
        assertFalse(errors(HEAD + "{\"id\":\"n\",\"kind\":\"note\",\"x\":0,\"y\":0,\"props\":{\"text\":1}}]}")
                .isEmpty());
        assertEquals(List.of(), errors(HEAD + "{\"id\":\"g\",\"kind\":\"group\",\"x\":0,\"y\":0}]}"));
    }
}
