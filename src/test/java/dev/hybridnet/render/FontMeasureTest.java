package dev.hybridnet.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.font.FontRenderContext;
import org.junit.jupiter.api.Test;

/** The measurement of text is that of the real fonts, erring wide, and the table is what the fonts give. */
class FontMeasureTest {

    @Test
    void aTextIsAsWideAsTheSumOfItsAdvancesAtTheFontSize() {
        Font regular = Font.sans(10);
        assertEquals(regular.estimateWidth("A") + regular.estimateWidth("b"), regular.estimateWidth("Ab"), 1e-9);
        assertEquals(2 * regular.estimateWidth("x"), Font.sans(20).estimateWidth("x"), 1e-9);
        assertTrue(Font.sansBold(10).estimateWidth("vnet-hub") > regular.estimateWidth("vnet-hub"));
    }

    @Test
    void digitsAreHalfAnEmAndAQuarterWideAsInArialAndDejaVu() {
        // Arial's and Liberation's digits are 1139/2048 em, DejaVu's 1303/2048: the wider one is taken.
        assertEquals(1303.0 / 2048 * 11, Font.sans(11).estimateWidth("0"), 1e-9);
    }

    @Test
    void characterNeitherFontHasCountsAsOneEm() {
        assertEquals(12, Font.sans(12).estimateWidth("\u4e2d"), 1e-9);
    }

    @Test
    void tabsAndLineBreaksMeasureAsSpacesAndOtherControlCharactersAsTheReplacementCharacter() {
        Font f = Font.sans(10);
        assertEquals(f.estimateWidth(" "), f.estimateWidth("\t"), 1e-9);
        assertEquals(f.estimateWidth("\uFFFD"), f.estimateWidth("\u0001"), 1e-9);
    }

    /** Guards the committed table against the fonts, where they are installed. */
    @Test
    void theTableHoldsTheLargerAdvanceOfLiberationSansAndDejaVuSans() {
        java.awt.Font[] regular = fonts(java.awt.Font.PLAIN);
        java.awt.Font[] bold = fonts(java.awt.Font.BOLD);
        String text = "On-premises network 192.168.0.0/16 AzureFirewallSubnet vnet-hub-0 Zürich ÆØÅ €";
        for (int cp : text.codePoints().toArray()) {
            int[] expected = FontAdvancesTool.advances(cp, regular, bold);
            assertEquals(expected[0], Advances.em(cp, false) * Advances.UNITS_PER_EM, 1e-9, "regular " + cp);
            assertEquals(expected[1], Advances.em(cp, true) * Advances.UNITS_PER_EM, 1e-9, "bold " + cp);
        }
        java.awt.Font arial = regular[0].deriveFont(11f);
        double awt = arial.getStringBounds("On-premises network", new FontRenderContext(null, true, true))
                .getWidth();
        assertTrue(Font.sans(11).estimateWidth("On-premises network") >= awt - 1e-6);
    }

    private static java.awt.Font[] fonts(int style) {
        var liberation = FontAdvancesTool.find(FontAdvancesTool.LIBERATION, style);
        var dejavu = FontAdvancesTool.find(FontAdvancesTool.DEJAVU, style);
        assumeTrue(liberation.isPresent() && dejavu.isPresent(), "Liberation Sans and DejaVu Sans are not installed");
        return new java.awt.Font[] {liberation.get(), dejavu.get()};
    }
}
