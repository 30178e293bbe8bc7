package dev.hybridnet.imports;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Tells this program's own diagram files from foreign JSON before anything is imported: a file whose top-level
 * object says {@code "format": "hybridnet"} is a diagram, never a template or a resource listing. The check reads
 * the file with the streaming parser only as far as that field (the first one in every file this program writes),
 * so that reading a diagram on the command line neither parses it twice nor sets up the importer's object mapper.
 */
final class OwnDiagrams {

    private static final JsonFactory JSON = new JsonFactory();

    private OwnDiagrams() {
    }

    /** True when the file is a JSON object whose field {@code format} is "hybridnet"; false if unsure. */
    static boolean declaresItself(Path file) {
        try (JsonParser parser = JSON.createParser(file.toFile())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("format".equals(name)) {
                    return value == JsonToken.VALUE_STRING && "hybridnet".equals(parser.getText());
                }
                parser.skipChildren();
            }
            return false;
        } catch (IOException | RuntimeException e) {
            // Malformed or unreadable: the usual sniffing decides, and the reader that takes the file explains.
            return false;
        }
    }
}
