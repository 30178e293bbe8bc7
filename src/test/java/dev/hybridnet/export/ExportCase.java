package dev.hybridnet.export;

import dev.hybridnet.command.SetProperty;
import dev.hybridnet.geometry.Point;
import dev.hybridnet.geometry.Rect;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import dev.hybridnet.model.ElementKind;
import dev.hybridnet.model.Keys;
import dev.hybridnet.model.PropValue;
import dev.hybridnet.model.Props;
import dev.hybridnet.model.Waypoints;
import dev.hybridnet.render.CardRenderer;
import dev.hybridnet.render.Decorations;
import dev.hybridnet.render.DiagramRenderer;
import dev.hybridnet.render.Drawing;
import dev.hybridnet.samples.Annotated;
import dev.hybridnet.samples.Sample;
import dev.hybridnet.samples.Samples;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One picture the tests export: a sample (or another diagram) in the card or the full style, written as the
 * {@code export} command writes it by default (scale 1, white background).
 */
record ExportCase(String name, Diagram diagram, Style style) {

    /** The two picture styles of the {@code export} command. */
    enum Style { CARD, FULL }

    /** The four samples and a small annotated design, in both styles: the cases with golden files. */
    static List<ExportCase> samples() {
        List<ExportCase> cases = new ArrayList<>();
        for (Sample sample : Sample.values()) {
            for (Style style : Style.values()) {
                cases.add(new ExportCase(sample.id(), Samples.load(sample), style));
            }
        }
        cases.add(new ExportCase("annotations", annotations(), Style.FULL));
        cases.add(new ExportCase("annotations", annotations(), Style.CARD));
        return cases;
    }

    /** A small design with a note (two lines, one wrapped) and a group frame around its virtual network. */
    static Diagram annotations() {
        Rect vnet = new Rect(60, 60, 300, 200);
        List<Element> elements = List.of(
                Annotated.group("frame", "Production", new Rect(40, 20, 340, 260)),
                new Element("vnet", ElementKind.VIRTUAL_NETWORK, "vnet-prod", Optional.empty(), vnet,
                        Props.builder().texts(Keys.ADDRESS_SPACES, List.of("10.1.0.0/16")).build()),
                new Element("snet", ElementKind.SUBNET, "snet-app", Optional.of("vnet"), new Rect(80, 110, 200, 120),
                        Props.builder().text(Keys.ADDRESS_PREFIX, "10.1.1.0/24").build()),
                new Element("vm", ElementKind.VIRTUAL_MACHINE, "vm-app", Optional.of("snet"),
                        new Rect(120, 150, 48, 48), Props.empty()),
                Annotated.note("note", Optional.empty(), new Rect(420, 60, 160, 80),
                        "Owner: platform team\nReview the address plan before the spokes are added"));
        return new Diagram("Annotated design", Optional.empty(), elements, List.of());
    }

    /**
     * The VPN sample with its tunnel named and bent over the gateway subnet by two waypoints (format 1.2), in the
     * full style: the route through the points at right angles, the label along it.
     */
    static ExportCase shapedTunnel() {
        Diagram vpn = Samples.load(Sample.VPN);
        Diagram shaped = new SetProperty("s2s-onprem", Keys.LABEL, PropValue.text("Tunnel to Paris")).apply(
                new SetProperty("s2s-onprem", Keys.WAYPOINTS, Waypoints.toValue(List.of(new Point(800, 220),
                        new Point(650, 220)))).apply(vpn));
        return new ExportCase("vpn-shaped-tunnel", shaped, Style.FULL);
    }

    Drawing drawing() {
        return style == Style.CARD ? new CardRenderer().render(diagram)
                : new DiagramRenderer().render(diagram, Decorations.none());
    }

    String svg() {
        return new SvgWriter().write(drawing(), 1, Background.WHITE);
    }

    /** The golden file's name, e.g. {@code vpn.card.svg}. */
    String fileName() {
        return name + "." + style.name().toLowerCase(Locale.ROOT) + ".svg";
    }

    @Override
    public String toString() {
        return fileName();
    }
}
