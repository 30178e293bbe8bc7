package dev.hybridnet.export;

import dev.hybridnet.command.SetProperty;
import dev.hybridnet.geometry.Point;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Keys;
import dev.hybridnet.model.PropValue;
import dev.hybridnet.model.Waypoints;
import dev.hybridnet.render.CardRenderer;
import dev.hybridnet.render.Decorations;
import dev.hybridnet.render.DiagramRenderer;
import dev.hybridnet.render.Drawing;
import dev.hybridnet.samples.Sample;
import dev.hybridnet.samples.Samples;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One picture the tests export: a sample (or another diagram) in the card or the full style, written as the
 * {@code export} command writes it by default (scale 1, white background).
 */
record ExportCase(String name, Diagram diagram, Style style) {

    /** The two picture styles of the {@code export} command. */
    enum Style { CARD, FULL }

    /** The four samples in both styles: the cases with golden files. */
    static List<ExportCase> samples() {
        List<ExportCase> cases = new ArrayList<>();
        for (Sample sample : Sample.values()) {
            for (Style style : Style.values()) {
                cases.add(new ExportCase(sample.id(), Samples.load(sample), style));
            }
        }
        return cases;
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
