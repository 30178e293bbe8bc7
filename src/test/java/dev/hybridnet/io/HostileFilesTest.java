package dev.hybridnet.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.model.Diagram;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files written to break the reader: each is refused with one line in our words, or read. */
class HostileFilesTest {

    /** What no message may contain: a Java class name, Jackson's source descriptions, a line break. */
    static final Pattern JAVA_TEXT = Pattern.compile(
            "\\b(?:[a-z][a-z0-9_]*\\.){2,}[A-Z][\\w$]*|\\[Source:|Exception\\b|Feature\\b|\\bat [\\w.$]+\\(");

    private static final String VALID_HEAD = "{\"format\": \"hybridnet\", \"version\": 1, ";

    private final DiagramReader reader = new DiagramReader();

    private String refusal(String json) {
        DiagramFormatException e = assertThrows(DiagramFormatException.class, () -> reader.read(json, "x.json"));
        assertClean(e.getMessage());
        return e.getMessage();
    }

    static void assertClean(String message) {
        assertTrue(message.startsWith("x.json: "), message);
        assertFalse(JAVA_TEXT.matcher(message).find(), "names Java: " + message);
        assertFalse(message.contains("\n") || message.contains("\r"), "one line: " + message);
    }

    @Test
    void anOpenBraceAloneSaysWhatIsNotClosed() {
        String message = refusal("{");
        assertTrue(message.contains("the object that starts at line 1, column 1"), message);
    }

    @Test
    void textAfterTheDocumentIsNamedWithItsPlace() {
        String message = refusal(VALID_HEAD + "\"elements\": []} {}");
        assertTrue(message.contains("line 1, column") && message.contains("after the end of the document"),
                message);
    }

    @Test
    void hugeExponentsAreRefusedWhereTheyAre() {
        assertTrue(refusal(VALID_HEAD + "\"x\": 1e99999999999999999999}").contains("out of range"));
        String title = refusal(VALID_HEAD + "\n\"title\": 1e2147483648}");
        assertTrue(title.contains("line 2") && title.contains("out of range"), title);
        assertTrue(refusal(VALID_HEAD + "\"title\": -2.5E-2147483649}").contains("out of range"));
    }

    @Test
    void ordinaryExponentsStillRead() throws IOException {
        assertFalse(GuardedParser.exponentTooLarge("1e308"));
        assertFalse(GuardedParser.exponentTooLarge("2.5E-0000000000001000"));
        assertTrue(GuardedParser.exponentTooLarge("1e1001"));
        Diagram d = reader.read(VALID_HEAD + "\"elements\": [{\"id\": \"a\", \"kind\": \"on-premises-network\", "
                + "\"x\": 1.5e2, \"y\": 0}]}", "x.json");
        assertEquals(150.0, d.elements().get(0).bounds().x());
    }

    @Test
    void millionsOfEmptyObjectsAreRefusedByCount() {
        StringBuilder json = new StringBuilder(VALID_HEAD + "\"elements\": [{\"id\": \"a\", \"kind\": "
                + "\"on-premises-network\", \"x\": 0, \"y\": 0, \"props\": {\"junk\": [");
        for (int i = 0; i <= FormatLimits.MAX_VALUES; i++) {
            json.append(i == 0 ? "{}" : ",{}");
        }
        json.append("]}}]}");
        String message = refusal(json.toString());
        assertTrue(message.contains("more than " + FormatLimits.MAX_VALUES + " values"), message);
    }

    @Test
    void utf16AndUtf32AreNamedAndRefused() {
        String json = VALID_HEAD + "\"elements\": []}";
        for (String name : new String[] {"UTF-16", "UTF-16LE", "UTF-16BE", "UTF-32", "UTF-32LE", "UTF-32BE"}) {
            byte[] bytes = json.getBytes(Charset.forName(name));
            DiagramFormatException e = assertThrows(DiagramFormatException.class,
                    () -> reader.read(new java.io.ByteArrayInputStream(bytes), "x.json"), name);
            assertTrue(e.getMessage().contains(name.substring(0, 6) + " text"), name + ": " + e.getMessage());
        }
    }

    @Test
    void aUtf8ByteOrderMarkIsAllowed() throws IOException {
        byte[] body = (VALID_HEAD + "\"elements\": []}").getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        assertTrue(reader.read(new java.io.ByteArrayInputStream(bytes), "x.json").elements().isEmpty());
    }

    @Test
    void schemaMustBeText() {
        assertTrue(refusal(VALID_HEAD + "\"$schema\": {\"a\": 1}}").contains("'$schema' should be text"));
    }

    @Test
    void aPipeIsRefusedWithoutReading(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("pipe.hybridnet.json");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            return; // no mkfifo on this platform (Windows): nothing to test
        }
        assertEquals(0, mkfifo.waitFor());
        DiagramFormatException e = assertThrows(DiagramFormatException.class, () -> reader.read(fifo));
        assertTrue(e.getMessage().endsWith("not a regular file (a device, pipe or socket); diagrams are read from "
                + "files"), e.getMessage());
    }

    @Test
    void aFileOverTheLimitIsRefusedBySize(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.json");
        try (var channel = java.nio.channels.FileChannel.open(big, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE)) {
            channel.write(java.nio.ByteBuffer.wrap(new byte[] {' '}), FormatLimits.MAX_FILE_BYTES);
        }
        DiagramFormatException e = assertThrows(DiagramFormatException.class, () -> reader.read(big));
        assertTrue(e.getMessage().contains("limited to 64 MiB"), e.getMessage());
        Files.delete(big);
    }

    @Test
    void prefixLengthsBeyondAnIntAreInvalidValuesNotCrashes() throws IOException {
        for (String length : new String[] {"2147483648", "4294967304", "99999999999999999999", "0x10", "+8", ""}) {
            String json = VALID_HEAD + "\"elements\": [{\"id\": \"v\", \"kind\": \"virtual-network\", \"x\": 0, "
                    + "\"y\": 0, \"props\": {\"addressSpaces\": [\"10.0.0.0/" + length + "\"]}}, {\"id\": \"s\", "
                    + "\"kind\": \"subnet\", \"parent\": \"v\", \"x\": 0, \"y\": 0, \"props\": {\"addressPrefix\": "
                    + "\"10.0.0.0/24\"}}, {\"id\": \"m\", \"kind\": \"virtual-machine\", \"parent\": \"s\", \"x\": 0, "
                    + "\"y\": 0, \"props\": {\"privateIp\": \"10.0.0.4/" + length + "\"}}]}";
            Diagram d = reader.read(json, "x.json");
            var report = new dev.hybridnet.validation.Validator().validate(d);
            assertTrue(report.findings().stream().noneMatch(f -> f.rule().equals("rule-failure")), length + ": "
                    + report.findings());
            assertTrue(report.findings().stream().anyMatch(f -> f.message().contains("'10.0.0.0/" + length
                    + "' is not an IP prefix")), length + ": " + report.findings());
            assertTrue(report.hasErrors(), length);
        }
    }
}
