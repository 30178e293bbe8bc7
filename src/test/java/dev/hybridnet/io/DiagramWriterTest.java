package dev.hybridnet.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.geometry.Rect;
import dev.hybridnet.model.Connection;
import dev.hybridnet.model.ConnectionKind;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import dev.hybridnet.model.ElementKind;
import dev.hybridnet.model.PropValue;
import dev.hybridnet.model.Props;
import dev.hybridnet.model.Reference;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiagramWriterTest {

    private final DiagramWriter writer = new DiagramWriter();
    private final DiagramReader reader = new DiagramReader();

    private static final Diagram SMALL = new Diagram("Small <&> \"test\"", Optional.of(Reference.VPN),
            List.of(new Element("vnet", ElementKind.VIRTUAL_NETWORK, "vnet-app", Optional.empty(),
                            new Rect(40, 40.5, 300, 200), Props.builder().texts("addressSpaces",
                                    List.of("10.20.0.0/16")).text("region", "westeurope").build()),
                    new Element("sn", ElementKind.SUBNET, "GatewaySubnet", Optional.of("vnet"),
                            new Rect(60, 80, 120, 100), Props.builder().text("addressPrefix", "10.20.255.224/27")
                            .build()),
                    new Element("gw", ElementKind.VPN_GATEWAY, "vpngw", Optional.of("sn"), new Rect(90, 110, 48, 48),
                            Props.builder().text("sku", "VpnGw2AZ").number("bgpAsn", 65515).build()),
                    new Element("vm", ElementKind.VIRTUAL_MACHINE, "vm 1 – Ω", Optional.empty(),
                            new Rect(-10, 0, 64, 48), Props.empty())),
            List.of(new Connection("p", ConnectionKind.VNET_PEERING, "vnet", "vnet",
                    Props.builder().put("from", PropValue.ObjectValue.of(java.util.Map.of(
                            "useRemoteGateways", PropValue.bool(true)))).build())));

    @Test
    void theCanonicalTextHasTheDocumentedLayout() {
        String text = writer.write(SMALL);
        assertTrue(text.startsWith("{\n  \"format\": \"hybridnet\",\n  \"version\": 1,\n  \"title\": "), text);
        assertTrue(text.endsWith("}\n"));
        assertFalse(text.endsWith("\n\n"));
        assertFalse(text.contains("\r"));
        assertFalse(text.contains(" : "));
        assertTrue(text.contains("\"y\": 40.5"), "fractions stay as they are");
        assertTrue(text.contains("\"x\": 40,"), "whole numbers have no .0");
        assertTrue(text.contains("\"bgpAsn\": 65515"));
        assertTrue(text.indexOf("\"id\": \"gw\"") < text.indexOf("\"id\": \"vm\""), "document order is kept");
    }

    @Test
    void iconsOfTheDefaultSizeOmitTheirSizeButContainersAndResizedIconsKeepIt() {
        String text = writer.write(SMALL);
        String gw = text.substring(text.indexOf("\"id\": \"gw\""), text.indexOf("\"id\": \"vm\""));
        assertFalse(gw.contains("\"width\""), gw);
        String vm = text.substring(text.indexOf("\"id\": \"vm\""));
        assertTrue(vm.contains("\"width\": 64"), vm);
        String vnet = text.substring(text.indexOf("\"id\": \"vnet\""), text.indexOf("\"id\": \"sn\""));
        assertTrue(vnet.contains("\"width\": 300"), vnet);
    }

    @Test
    void writingThenReadingGivesTheSameDiagram() throws Exception {
        assertEquals(SMALL, reader.read(writer.write(SMALL), "t"));
    }

    @Test
    void readingThenWritingACanonicalFileGivesItBackByteForByte() throws Exception {
        String canonical = writer.write(SMALL);
        assertEquals(canonical, writer.write(reader.read(canonical, "t")));
    }

    @Test
    void unknownPropertiesAndOddValuesSurviveARoundTrip() throws Exception {
        String json = "{\"format\":\"hybridnet\",\"version\":1,\"elements\":[{\"id\":\"vm\","
                + "\"kind\":\"virtual-machine\",\"x\":1,\"y\":2,\"props\":{\"zeta\":{\"b\":[1,2.50,null,true],"
                + "\"a\":\"x\"},\"privateIp\":\"not an ip\",\"big\":123456789012345678901234567890}}]}";
        String once = writer.write(reader.read(json, "t"));
        assertTrue(once.contains("\"privateIp\": \"not an ip\""), once);
        assertTrue(once.contains("123456789012345678901234567890"), once);
        assertTrue(once.indexOf("\"a\": \"x\"") < once.indexOf("\"b\": ["), "nested keys are sorted");
        assertTrue(once.contains("2.5,"), once);
        assertEquals(once, writer.write(reader.read(once, "t")));
    }

    @Test
    void userTextIsEscapedAsJson() throws Exception {
        Diagram tricky = SMALL.withTitle("quote \" backslash \\ newline \n tab \t control \u0001 emoji \uD83D\uDE00");
        String text = writer.write(tricky);
        assertFalse(text.contains("\u0001"));
        assertEquals(tricky.title(), reader.read(text, "t").title());
    }

    @Test
    void savingWritesTheCanonicalTextAndLeavesNoTemporaryFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("d.hybridnet.json");
        writer.save(SMALL, file);
        assertEquals(writer.write(SMALL), Files.readString(file, StandardCharsets.UTF_8));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @Test
    void savingKeepsTheFilePermissions(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("d.hybridnet.json");
        writer.save(SMALL, file);
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw----"));
        writer.save(SMALL.withTitle("again"), file);
        assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void aFailedSaveLeavesTheOldContentAndNoTemporaryFile(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("d.hybridnet.json");
        Files.createDirectories(target.resolve("occupied"));
        assertThrows(IOException.class, () -> writer.save(SMALL, target));
        assertTrue(Files.isDirectory(target.resolve("occupied")), "what stood there is untouched");
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(target), files.toList(), "the temporary file is removed");
        }
    }

    @Test
    void savingIntoAMissingFolderFailsWithoutCreatingAnything(@TempDir Path dir) {
        assertThrows(IOException.class, () -> writer.save(SMALL, dir.resolve("missing/d.hybridnet.json")));
        assertFalse(Files.exists(dir.resolve("missing")));
    }
}
