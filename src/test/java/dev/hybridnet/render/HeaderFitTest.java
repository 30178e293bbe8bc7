package dev.hybridnet.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.catalog.Catalog;
import dev.hybridnet.geometry.Rect;
import dev.hybridnet.model.Element;
import dev.hybridnet.model.ElementKind;
import dev.hybridnet.model.Keys;
import dev.hybridnet.model.PropValue;
import dev.hybridnet.model.Props;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

/**
 * Issue 20: address labels ran past their boxes ("192.168.0.0/16" on a new on-premises network, GatewaySubnet /27,
 * AzureBastionSubnet /26). Every text a container's header draws stays inside the box, whatever its size.
 */
class HeaderFitTest {

    private static Element subnet(String name, String prefix, double width, double height) {
        return new Element("s", ElementKind.SUBNET, name, Optional.empty(), new Rect(100, 100, width, height),
                Props.builder().text(Keys.ADDRESS_PREFIX, prefix).build());
    }

    private static Element network(String name, String space, double width, double height) {
        return new Element("n", ElementKind.ON_PREMISES_NETWORK, name, Optional.empty(),
                new Rect(100, 100, width, height), Props.empty().with(Keys.ADDRESS_SPACES,
                        new PropValue.ListValue(List.of(new PropValue.Text(space)))));
    }

    /** The header's texts, as the renderer draws them, with the extent each takes. */
    private static List<Rect> texts(Element e) {
        List<Rect> out = new ArrayList<>();
        for (Shape s : ElementPainter.paint(e).children()) {
            if (s instanceof Shape.Text t) {
                double w = t.font().estimateWidth(t.text());
                out.add(new Rect(t.at().x(), t.at().y() - 0.8 * t.font().size(), w, t.font().size()));
            }
        }
        return out;
    }

    private static void fits(Element e) {
        Rect box = e.bounds();
        for (Rect t : texts(e)) {
            assertTrue(t.maxX() <= box.maxX() + 1e-9, e.name() + ": text ends at " + t.maxX() + ", box at " + box.maxX());
        }
    }

    @Test
    void theDefaultBoxesOfTheIssueHoldTheirAddresses() {
        double subnetWidth = Catalog.of(ElementKind.SUBNET).defaultSize().width();
        double subnetHeight = Catalog.of(ElementKind.SUBNET).defaultSize().height();
        fits(subnet("GatewaySubnet", "10.100.255.224/27", subnetWidth, subnetHeight));
        fits(subnet("AzureBastionSubnet", "10.100.255.192/26", subnetWidth, subnetHeight));
        var onPrem = Catalog.of(ElementKind.ON_PREMISES_NETWORK).defaultSize();
        fits(network("On-premises network", "192.168.0.0/16", onPrem.width(), onPrem.height()));
        fits(network("On-premises network 12", "192.168.0.0/16, 172.16.0.0/12", onPrem.width(), onPrem.height()));
    }

    @Test
    void aNarrowBoxPutsTheAddressOnASecondLineWhole() {
        Element e = subnet("AzureBastionSubnet", "10.100.255.192/26", 180, 120);
        Labels.Header h = Labels.header(e);
        assertEquals("10.100.255.192/26", h.prefix().orElseThrow(), "there is room for it whole on its own line");
        assertTrue(h.prefixAt().y() > h.nameAt().y(), "below the name");
        fits(e);
    }

    @Test
    void aBoxTooSmallForEvenOneTextCutsItWithAnEllipsis() {
        Element e = subnet("AzureFirewallManagementSubnet", "10.100.255.192/26", 90, 26);
        Labels.Header h = Labels.header(e);
        assertTrue(h.name().endsWith("…"), h.name());
        fits(e);
    }

    @Property(tries = 300)
    void noHeaderTextEverLeavesItsBox(@ForAll @DoubleRange(min = 20, max = 400) double width,
            @ForAll @DoubleRange(min = 20, max = 200) double height) {
        fits(subnet("AzureBastionSubnet", "10.100.255.192/26", width, height));
        fits(network("On-premises network", "192.168.0.0/16", width, height));
    }
}
