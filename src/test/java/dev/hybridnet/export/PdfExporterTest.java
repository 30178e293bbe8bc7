package dev.hybridnet.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.geometry.Rect;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import dev.hybridnet.render.Excerpt;
import dev.hybridnet.samples.Sample;
import dev.hybridnet.samples.Samples;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** PDFs read back with PDFBox: one page of the right size, vector content, and the labels as searchable text. */
class PdfExporterTest {

    static Stream<ExportCase> cases() {
        return ExportCase.samples().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachSampleInEachStyleIsOnePageAsLargeAsThePictureWithItsLabelsAsText(ExportCase c) throws Exception {
        Rect box = c.drawing().viewBox();
        try (PDDocument pdf = read(new PdfExporter().export(c.drawing(), PageSize.PICTURE, Background.WHITE))) {
            assertEquals(1, pdf.getNumberOfPages());
            PDRectangle media = pdf.getPage(0).getMediaBox();
            assertEquals(box.width() + 2 * PageSize.MARGIN, media.getWidth(), 0.5);
            assertEquals(box.height() + 2 * PageSize.MARGIN, media.getHeight(), 0.5);
            String text = new PDFTextStripper().getText(pdf);
            for (String label : texts(c.drawing().shapes())) {
                assertTrue(text.contains(label), "no \"" + label + "\" in the PDF's text:\n" + text);
            }
            assertEquals(c.diagram().title(), pdf.getDocumentInformation().getTitle());
            assertTrue(pdf.getPage(0).getResources().getXObjectNames().iterator().hasNext()
                    || contentLength(pdf.getPage(0)) > 1000, "the page holds no drawing");
        }
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("papers")
    void onPaperTheWideHubSpokeSampleIsLandscapeAndTheCardToo(PageSize paper, double longSide, double shortSide)
            throws Exception {
        for (ExportCase c : List.of(new ExportCase("hub", Samples.load(Sample.HUB_SPOKE), ExportCase.Style.CARD),
                new ExportCase("hub", Samples.load(Sample.HUB_SPOKE), ExportCase.Style.FULL))) {
            Rect box = c.drawing().viewBox();
            assertTrue(box.width() > box.height(), "this test needs a wide picture: " + box);
            try (PDDocument pdf = read(new PdfExporter().export(c.drawing(), paper, Background.WHITE))) {
                PDRectangle media = pdf.getPage(0).getMediaBox();
                assertEquals(longSide, media.getWidth(), 0.5);
                assertEquals(shortSide, media.getHeight(), 0.5);
            }
        }
    }

    static Stream<Arguments> papers() {
        return Stream.of(Arguments.of(PageSize.A4, 841.89, 595.28), Arguments.of(PageSize.LETTER, 792, 612));
    }

    @Test
    void aSelectionIsExportedAsAPdfOfItsOwnSize() throws Exception {
        Diagram hub = Samples.load(Sample.HUB_SPOKE);
        Element spoke = hub.roots().stream().filter(e -> e.name().toLowerCase(java.util.Locale.ROOT)
                .contains("spoke")).findFirst().orElseThrow();
        var drawing = Excerpt.of(hub, List.of(spoke.id()), dev.hybridnet.render.Decorations.none());
        try (PDDocument pdf = read(new PdfExporter().export(drawing, PageSize.PICTURE, Background.TRANSPARENT))) {
            PDRectangle media = pdf.getPage(0).getMediaBox();
            assertEquals(drawing.viewBox().width() + 2 * PageSize.MARGIN, media.getWidth(), 0.5);
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains(spoke.name()), text);
            Element gateway = hub.elements().stream().filter(e -> e.kind()
                    == dev.hybridnet.model.ElementKind.VPN_GATEWAY).findFirst().orElseThrow();
            assertFalse(text.contains(gateway.name()), "the hub's gateway is not selected:\n" + text);
        }
    }

    @Test
    void theFileIsAPdfDocument() throws Exception {
        byte[] bytes = new PdfExporter().export(ExportCase.samples().get(0).drawing(), PageSize.A4, Background.WHITE);
        assertEquals("%PDF-", new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII));
        assertTrue(new String(bytes, bytes.length - 8, 8, java.nio.charset.StandardCharsets.US_ASCII)
                .contains("%%EOF"));
    }

    private static PDDocument read(byte[] bytes) throws IOException {
        return Loader.loadPDF(bytes);
    }

    private static long contentLength(PDPage page) throws IOException {
        try (var in = page.getContents()) {
            return in.readAllBytes().length;
        }
    }

    /** Every line of text the drawing writes. */
    private static List<String> texts(List<dev.hybridnet.render.Shape> shapes) {
        List<String> texts = new java.util.ArrayList<>();
        for (dev.hybridnet.render.Shape shape : shapes) {
            if (shape instanceof dev.hybridnet.render.Shape.Group g) {
                texts.addAll(texts(g.children()));
            } else if (shape instanceof dev.hybridnet.render.Shape.Text t) {
                texts.add(t.text());
            }
        }
        return texts;
    }
}
