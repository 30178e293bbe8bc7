package dev.hybridnet.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.model.ConnectionKind;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.ElementKind;
import dev.hybridnet.model.Reference;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test per way a file can be unreadable; each asserts that the message names the file and the place. */
class DiagramReaderTest {

    private static final String VNET =
            "{\"id\":\"vnet\",\"kind\":\"virtual-network\",\"name\":\"vnet-app\",\"x\":0,\"y\":0,"
                    + "\"width\":300,\"height\":200,\"props\":{\"addressSpaces\":[\"10.20.0.0/16\"]}}";

    private final DiagramReader reader = new DiagramReader();

    private static String doc(String elements, String connections) {
        return "{\"format\":\"hybridnet\",\"version\":1,\"title\":\"t\",\"elements\":[" + elements
                + "],\"connections\":[" + connections + "]}";
    }

    private DiagramFormatException refused(String json) {
        return assertThrows(DiagramFormatException.class, () -> reader.read(json, "test.hybridnet.json"));
    }

    private static void assertMessage(DiagramFormatException e, String place, String problemPart) {
        assertTrue(e.getMessage().startsWith("test.hybridnet.json: "), e.getMessage());
        assertEquals(place, e.place(), e.getMessage());
        assertTrue(e.problem().contains(problemPart), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
    }

    @Test
    void aWellFormedFileLoads() throws Exception {
        Diagram d = reader.read(doc(VNET + ",{\"id\":\"sn\",\"kind\":\"subnet\",\"parent\":\"vnet\",\"x\":10,"
                + "\"y\":40,\"width\":100,\"height\":80}", ""), "test.hybridnet.json");
        assertEquals("t", d.title());
        assertEquals(ElementKind.SUBNET, d.element("sn").orElseThrow().kind());
        assertEquals("vnet", d.parentOf("sn").orElseThrow().id());
        assertEquals(Optional.empty(), d.reference());
    }

    @Test
    void malformedJsonNamesLineAndColumn() {
        DiagramFormatException e = refused("{\"format\": \"hybridnet\",\n  \"version\": 1,\n  \"title\": }");
        assertMessage(e, "line 3, column 12", "malformed JSON");
    }

    @Test
    void anEmptyFileIsRefused() {
        assertMessage(refused(""), "", "empty");
        assertMessage(refused("  \n "), "", "empty");
    }

    @Test
    void aDocumentThatIsNotAnObjectIsRefused() {
        assertMessage(refused("[1, 2]"), "", "expected an object");
    }

    @Test
    void trailingContentAfterTheDocumentIsRefused() {
        DiagramFormatException e = refused(doc("", "") + " {}");
        assertTrue(e.place().startsWith("line 1, column"), e.getMessage());
    }

    @Test
    void duplicateKeysAreRefusedWithTheirLocation() {
        DiagramFormatException e = refused("{\"format\":\"hybridnet\",\"version\":1,\n\"version\":1}");
        assertEquals("line 2, column 10", e.place(), e.getMessage());
        assertTrue(e.problem().contains("version"), e.getMessage());
    }

    @Test
    void theWrongFormatIsRefused() {
        assertMessage(refused("{\"format\":\"drawio\",\"version\":1}"), "", "format is \"drawio\"");
        assertMessage(refused("{\"version\":1}"), "", "'format' is missing");
    }

    @Test
    void versionOnePointOneReadsAsVersionOne() throws Exception {
        Diagram d = new DiagramReader().read("{\"format\":\"hybridnet\",\"version\":1.1,\"title\":\"t\"}", "x");
        assertEquals("t", d.title());
        assertMessage(refused("{\"format\":\"hybridnet\",\"version\":1.5}"), "", "whole number");
    }

    @Test
    void aNewerVersionIsRefusedNamingBothVersions() {
        DiagramFormatException e = refused("{\"format\":\"hybridnet\",\"version\":7}");
        assertMessage(e, "", "format version 7");
        assertTrue(e.problem().contains("version 1"), e.getMessage());
    }

    @Test
    void aMissingOrIllTypedVersionIsRefused() {
        assertMessage(refused("{\"format\":\"hybridnet\"}"), "", "missing field 'version'");
        assertMessage(refused("{\"format\":\"hybridnet\",\"version\":\"1\"}"), "", "whole number");
        assertMessage(refused("{\"format\":\"hybridnet\",\"version\":1.5}"), "", "whole number");
        assertMessage(refused("{\"format\":\"hybridnet\",\"version\":0}"), "", "does not exist");
    }

    @Test
    void aMissingFieldIsNamedWithItsElement() {
        assertMessage(refused(doc("{\"id\":\"vm1\",\"kind\":\"virtual-machine\",\"x\":1}", "")),
                "element 'vm1'", "missing field 'y'");
        assertMessage(refused(doc("{\"kind\":\"virtual-machine\",\"x\":1,\"y\":2}", "")),
                "elements[0]", "missing field 'id'");
        assertMessage(refused(doc(VNET, "{\"id\":\"p\",\"kind\":\"vnet-peering\",\"from\":\"vnet\"}")),
                "connection 'p'", "missing field 'to'");
    }

    @Test
    void anIllTypedFieldIsNamedWithItsElement() {
        assertMessage(refused(doc("{\"id\":\"vm1\",\"kind\":\"virtual-machine\",\"x\":\"10\",\"y\":2}", "")),
                "element 'vm1'", "field 'x' should be a number, not the text \"10\"");
        assertMessage(refused(doc("{\"id\":\"vm1\",\"kind\":\"virtual-machine\",\"x\":1,\"y\":2,\"props\":[]}",
                "")), "element 'vm1'", "field 'props' should be an object");
        assertMessage(refused("{\"format\":\"hybridnet\",\"version\":1,\"elements\":{}}"), "",
                "field 'elements' should be a list");
        assertMessage(refused(doc("42", "")), "elements[0]", "should be an object");
        assertMessage(refused("{\"format\":\"hybridnet\",\"version\":1,\"title\":5}"), "",
                "field 'title' should be text");
    }

    @Test
    void anUnknownKindIsRefusedWithASuggestion() {
        DiagramFormatException e = refused(doc("{\"id\":\"gw\",\"kind\":\"vpn-gatway\",\"x\":1,\"y\":2}", ""));
        assertMessage(e, "element 'gw'", "unknown kind 'vpn-gatway'");
        assertTrue(e.problem().contains("did you mean 'vpn-gateway'"), e.getMessage());
        assertMessage(refused(doc(VNET, "{\"id\":\"c\",\"kind\":\"tunnel\",\"from\":\"vnet\",\"to\":\"vnet\"}")),
                "connection 'c'", "unknown connection kind 'tunnel'");
        assertMessage(refused("{\"format\":\"hybridnet\",\"version\":1,\"reference\":\"mesh\"}"), "",
                "unknown reference 'mesh'");
    }

    @Test
    void anUnknownFieldIsRefusedWithASuggestion() {
        DiagramFormatException e = refused(doc("{\"id\":\"vm1\",\"kind\":\"virtual-machine\",\"x\":1,\"y\":2,"
                + "\"parnet\":\"a\"}", ""));
        assertMessage(e, "element 'vm1'", "unknown field 'parnet' (did you mean 'parent'?)");
        assertMessage(refused("{\"format\":\"hybridnet\",\"version\":1,\"extra\":true}"), "",
                "unknown field 'extra'");
    }

    @Test
    void duplicateIdsAreRefused() {
        assertMessage(refused(doc(VNET + "," + VNET, "")), "element 'vnet'", "duplicate id");
        assertMessage(refused(doc(VNET, "{\"id\":\"vnet\",\"kind\":\"vnet-peering\",\"from\":\"vnet\","
                + "\"to\":\"vnet\"}")), "connection 'vnet'", "duplicate id");
    }

    @Test
    void badIdSyntaxIsRefused() {
        assertMessage(refused(doc("{\"id\":\"my vm\",\"kind\":\"virtual-machine\",\"x\":1,\"y\":2}", "")),
                "elements[0]", "bad id the text \"my vm\"");
        assertMessage(refused(doc("{\"id\":\"vm\",\"kind\":\"virtual-machine\",\"parent\":\"a b\",\"x\":1,"
                + "\"y\":2}", "")), "element 'vm'", "parent 'a b' is not a valid id");
        assertMessage(refused(doc("{\"id\":7,\"kind\":\"virtual-machine\",\"x\":1,\"y\":2}", "")),
                "elements[0]", "bad id the number 7");
    }

    @Test
    void danglingReferencesAreRefused() {
        assertMessage(refused(doc("{\"id\":\"sn\",\"kind\":\"subnet\",\"parent\":\"gone\",\"x\":1,\"y\":2}", "")),
                "element 'sn'", "parent 'gone' does not exist");
        assertMessage(refused(doc(VNET, "{\"id\":\"p\",\"kind\":\"vnet-peering\",\"from\":\"vnet\","
                + "\"to\":\"vnet-2\"}")), "connection 'p'", "to 'vnet-2' is not an element");
        assertMessage(refused(doc(VNET, "{\"id\":\"p\",\"kind\":\"vnet-peering\",\"from\":\"x\","
                + "\"to\":\"vnet\"}")), "connection 'p'", "from 'x' is not an element");
    }

    @Test
    void aContainmentCycleIsRefusedNamingItsMembers() {
        DiagramFormatException e = refused(doc(
                "{\"id\":\"a\",\"kind\":\"subnet\",\"parent\":\"b\",\"x\":1,\"y\":2},"
                        + "{\"id\":\"b\",\"kind\":\"virtual-network\",\"parent\":\"a\",\"x\":1,\"y\":2}", ""));
        assertMessage(e, "element 'a'", "containment cycle: a is inside b is inside a");
        assertMessage(refused(doc("{\"id\":\"a\",\"kind\":\"subnet\",\"parent\":\"a\",\"x\":1,\"y\":2}", "")),
                "element 'a'", "containment cycle: a is inside a");
    }

    @Test
    void nonFiniteAndAbsurdCoordinatesAreRefused() {
        assertMessage(refused(doc("{\"id\":\"vm\",\"kind\":\"virtual-machine\",\"x\":1e999,\"y\":2}", "")),
                "element 'vm'", "'x' is not a finite number");
        assertMessage(refused(doc("{\"id\":\"vm\",\"kind\":\"virtual-machine\",\"x\":1,\"y\":-2000000}", "")),
                "element 'vm'", "y = -2000000 is out of range");
        assertMessage(refused(doc("{\"id\":\"vm\",\"kind\":\"virtual-machine\",\"x\":1,\"y\":2,\"width\":0}",
                "")), "element 'vm'", "width = 0 is out of range");
        assertMessage(refused(doc("{\"id\":\"vm\",\"kind\":\"virtual-machine\",\"x\":1,\"y\":2,\"height\":1e7}",
                "")), "element 'vm'", "height = 10000000 is out of range");
    }

    @Test
    void aDocumentNestedTooDeeplyIsRefused() {
        String deep = "[".repeat(100) + "]".repeat(100);
        DiagramFormatException e = refused(doc("{\"id\":\"vm\",\"kind\":\"virtual-machine\",\"x\":1,\"y\":2,"
                + "\"props\":{\"deep\":" + deep + "}}", ""));
        assertTrue(e.problem().contains("nested more than 64 levels deep"), e.getMessage());
        assertFalse(e.getMessage().contains("StreamReadConstraints"), e.getMessage());
    }

    @Test
    void anOverlongStringIsRefused() {
        String name = "x".repeat(FormatLimits.MAX_STRING_LENGTH + 1);
        DiagramFormatException e = refused(doc("{\"id\":\"vm\",\"kind\":\"virtual-machine\",\"name\":\"" + name
                + "\",\"x\":1,\"y\":2}", ""));
        assertTrue(e.problem().contains("longer than 1000000 characters"), e.getMessage());
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedBeforeItIsRead(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.hybridnet.json");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(FormatLimits.MAX_FILE_BYTES + 1);
        }
        DiagramFormatException e = assertThrows(DiagramFormatException.class, () -> reader.read(big));
        assertTrue(e.getMessage().startsWith(big + ": "), e.getMessage());
        assertTrue(e.problem().contains("limited to 64 MiB"), e.getMessage());
    }

    @Test
    void aMissingFileOrAFolderIsReportedWithItsPath(@TempDir Path dir) {
        DiagramFormatException missing = assertThrows(DiagramFormatException.class,
                () -> reader.read(dir.resolve("nope.json")));
        assertTrue(missing.getMessage().endsWith("nope.json: no such file"), missing.getMessage());
        DiagramFormatException folder = assertThrows(DiagramFormatException.class, () -> reader.read(dir));
        assertTrue(folder.problem().contains("folder"), folder.getMessage());
    }

    @Test
    void semanticProblemsAreNotLoadErrors() throws Exception {
        Diagram d = reader.read(doc(
                "{\"id\":\"gw\",\"kind\":\"vpn-gateway\",\"x\":1,\"y\":2,\"props\":{\"publicIp\":\"banana\"}},"
                        + "{\"id\":\"vm\",\"kind\":\"virtual-machine\",\"parent\":\"gw\",\"x\":1,\"y\":2},"
                        + "{\"id\":\"vm2\",\"kind\":\"virtual-machine\",\"x\":1,\"y\":2,"
                        + "\"props\":{\"privateIp\":\"10.0.0.0/33\",\"future\":{\"a\":[1,null]}}}",
                "{\"id\":\"c\",\"kind\":\"vnet-peering\",\"from\":\"vm\",\"to\":\"vm2\"}"), "test.hybridnet.json");
        assertEquals(3, d.elements().size());
        assertEquals(ConnectionKind.VNET_PEERING, d.connections().get(0).kind());
        assertTrue(d.element("gw").orElseThrow().props().address("publicIp").isInvalid());
        assertTrue(d.element("vm2").orElseThrow().props().has("future"));
    }

    @Test
    void optionalFieldsTakeTheirDefaults() throws Exception {
        Diagram d = reader.read("{\"format\":\"hybridnet\",\"version\":1,\"reference\":\"hub-spoke\","
                + "\"elements\":[{\"id\":\"vm\",\"kind\":\"virtual-machine\",\"x\":1,\"y\":2}]}", "t");
        assertEquals("", d.title());
        assertEquals(Optional.of(Reference.HUB_SPOKE), d.reference());
        assertEquals("", d.element("vm").orElseThrow().name());
        assertEquals(48, d.element("vm").orElseThrow().bounds().width());
        assertTrue(d.connections().isEmpty());
    }

    @Test
    void theSchemaKeyThatEditorsUseIsAccepted() throws Exception {
        Diagram d = reader.read("{\"$schema\":\"https://hybridnet.dev/schema/hybridnet-v1.schema.json\","
                + "\"format\":\"hybridnet\",\"version\":1}", "t");
        assertTrue(d.elements().isEmpty());
    }

    @Test
    void tooManyItemsAreRefused() {
        StringBuilder elements = new StringBuilder();
        for (int i = 0; i <= FormatLimits.MAX_ITEMS; i++) {
            elements.append(i == 0 ? "" : ",").append("{}");
        }
        assertMessage(refused(doc(elements.toString(), "")), "", "too many items");
    }
}
