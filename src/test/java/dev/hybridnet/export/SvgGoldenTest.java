package dev.hybridnet.export;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.model.Connection;
import dev.hybridnet.model.Element;
import dev.hybridnet.model.ElementKind;
import dev.hybridnet.render.Decorations;
import dev.hybridnet.render.Drawing;
import dev.hybridnet.render.Excerpt;
import dev.hybridnet.samples.Sample;
import dev.hybridnet.samples.Samples;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * The four samples in both styles against golden files, byte for byte, plus the properties of the SVG that matter
 * whatever the drawing: element ids on groups, title and description, view box and size, nothing external.
 */
class SvgGoldenTest {

    static List<ExportCase> cases() {
        List<ExportCase> cases = new java.util.ArrayList<>(ExportCase.samples());
        cases.add(ExportCase.shapedTunnel());
        return cases;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theExportMatchesItsGoldenFileByteForByte(ExportCase c) throws Exception {
        Golden.check(c.fileName(), c.svg());
    }

    /** The hub and the first spoke of the hub-spoke sample: their contents, and the one peering between them. */
    static final String SELECTION = "hub-spoke.selection.svg";

    static String selectionSvg() {
        Drawing part = Excerpt.of(Samples.load(Sample.HUB_SPOKE), List.of("vnet-hub", "vnet-spoke1"),
                Decorations.none());
        return new SvgWriter().write(part, 1, Background.WHITE);
    }

    @Test
    void theSelectionOfHubAndFirstSpokeMatchesItsGoldenFile() throws Exception {
        Golden.check(SELECTION, selectionSvg());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void exportingTwiceGivesTheSameText(ExportCase c) {
        assertEquals(c.svg(), c.svg());
    }

    @Test
    void thereIsAGoldenFileForEveryCaseAndNoOtherFile() throws Exception {
        Set<String> expected = cases().stream().map(ExportCase::fileName)
                .collect(Collectors.toCollection(TreeSet::new));
        expected.add(SELECTION);
        try (Stream<java.nio.file.Path> files = java.nio.file.Files.list(Golden.FOLDER)) {
            assertEquals(expected, files.map(p -> p.getFileName().toString())
                    .collect(Collectors.toCollection(TreeSet::new)));
        }
    }

    @Test
    void aDifferenceIsReportedWithItsFirstDifferingLine() {
        String message = Golden.firstDifference("<svg>\n<rect x=\"1\"/>\n</svg>\n", "<svg>\n<rect x=\"2\"/>\n</svg>\n");
        assertEquals("differs from its golden file at line 2, column 10:\n  golden: <rect x=\"1\"/>\n"
                + "  actual: <rect x=\"2\"/>", message);
        assertTrue(Golden.firstDifference("a\n", "a\nb\n").contains("line 2"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theDocumentIsSvgWithViewBoxSizeTitleAndDescription(ExportCase c) {
        Document doc = SvgDom.parse(c.svg());
        org.w3c.dom.Element root = doc.getDocumentElement();
        assertEquals(SvgDom.SVG_NS, root.getNamespaceURI());
        assertEquals("svg", root.getLocalName());
        assertEquals("1.1", root.getAttribute("version"));
        double[] viewBox = Arrays.stream(root.getAttribute("viewBox").split(" ")).mapToDouble(Double::parseDouble)
                .toArray();
        assertEquals(4, viewBox.length);
        assertTrue(viewBox[2] > 0 && viewBox[3] > 0, root.getAttribute("viewBox"));
        assertEquals(viewBox[2], Double.parseDouble(root.getAttribute("width")));
        assertEquals(viewBox[3], Double.parseDouble(root.getAttribute("height")));
        if (c.style() == ExportCase.Style.CARD) {
            assertEquals("0 0 320 144", root.getAttribute("viewBox"));
        }
        List<org.w3c.dom.Element> children = SvgDom.elements(doc).stream().filter(e -> e.getParentNode() == root)
                .toList();
        assertEquals("title", children.get(0).getLocalName());
        assertEquals(c.diagram().title(), children.get(0).getTextContent());
        assertEquals("desc", children.get(1).getLocalName());
        assertFalse(children.get(1).getTextContent().isBlank());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyGroupCarriesTheIdOfWhatItDraws(ExportCase c) {
        Document doc = SvgDom.parse(c.svg());
        Set<String> groupIds = new HashSet<>();
        for (org.w3c.dom.Element g : SvgDom.named(doc, "g")) {
            assertFalse(g.getAttribute("data-element-id").isEmpty(), "a <g> without data-element-id");
            groupIds.add(g.getAttribute("data-element-id"));
        }
        Set<String> diagramIds = new HashSet<>();
        c.diagram().elements().stream().map(Element::id).forEach(diagramIds::add);
        c.diagram().connections().stream().map(Connection::id).forEach(diagramIds::add);
        if (c.style() == ExportCase.Style.FULL) {
            assertEquals(diagramIds, groupIds);
        } else {
            Set<String> networks = c.diagram().elements().stream().filter(e -> e.kind()
                    == ElementKind.ON_PREMISES_NETWORK || e.kind() == ElementKind.VIRTUAL_NETWORK)
                    .map(Element::id).collect(Collectors.toSet());
            assertTrue(groupIds.containsAll(networks), "card groups " + groupIds + " lack one of " + networks);
            Set<String> cardOnly = groupIds.stream().filter(id -> !diagramIds.contains(id)).collect(Collectors.toSet());
            assertTrue(cardOnly.stream().allMatch(id -> id.equals("failover") || id.startsWith("peering-")),
                    "card groups that are no element or connection: " + cardOnly);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void nothingOutsideTheDocumentIsReferenced(ExportCase c) {
        Document doc = SvgDom.parse(c.svg());
        Set<String> ids = SvgDom.elements(doc).stream().map(e -> e.getAttribute("id")).filter(id -> !id.isEmpty())
                .collect(Collectors.toSet());
        assertAll(SvgDom.elements(doc).stream().map(element -> () -> {
            assertFalse(Set.of("image", "script", "foreignObject", "style", "a", "iframe")
                    .contains(element.getLocalName()), "<" + element.getLocalName() + ">");
            NamedNodeMap attributes = element.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Attr attribute = (Attr) attributes.item(i);
                if ("http://www.w3.org/2000/xmlns/".equals(attribute.getNamespaceURI())) {
                    continue;
                }
                String value = attribute.getValue();
                if ("href".equals(attribute.getLocalName())) {
                    assertTrue(value.startsWith("#") && ids.contains(value.substring(1)),
                            "href to something outside the document: " + value);
                }
                assertFalse(value.matches("(?is).*(https?:|file:|data:|javascript:|url\\((?!#)).*"),
                        attribute.getName() + "=\"" + value + "\"");
                assertFalse(attribute.getLocalName().toLowerCase(java.util.Locale.ROOT).startsWith("on"),
                        "event handler attribute " + attribute.getName());
            }
        }));
        assertTrue(SvgDom.named(doc, "use").stream().allMatch(u -> u.hasAttributeNS(SvgDom.XLINK_NS, "href")));
        assertEquals(0, countProcessingInstructions(doc));
    }

    private static int countProcessingInstructions(Document doc) {
        int count = 0;
        for (Node n = doc.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.PROCESSING_INSTRUCTION_NODE || n.getNodeType() == Node.DOCUMENT_TYPE_NODE) {
                count++;
            }
        }
        return count;
    }
}
