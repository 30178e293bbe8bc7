package dev.hybridnet.samples;

import dev.hybridnet.geometry.Rect;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import dev.hybridnet.model.ElementKind;
import dev.hybridnet.model.Keys;
import dev.hybridnet.model.Props;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Diagrams with annotations for the tests: a sample with notes and group frames added around and inside it. */
public final class Annotated {

    private Annotated() {
    }

    public static Element note(String id, Optional<String> parent, Rect bounds, String text) {
        return new Element(id, ElementKind.NOTE, "", parent, bounds, Props.builder().text(Keys.TEXT, text).build());
    }

    public static Element group(String id, String title, Rect bounds) {
        return new Element(id, ElementKind.GROUP, title, Optional.empty(), bounds, Props.empty());
    }

    /**
     * {@code d} with a group frame around the whole drawing, a note at the top level below it and, when the
     * diagram has a subnet, a small note in its first subnet.
     */
    public static Diagram sample(Diagram d) {
        Rect extent = d.elements().stream().map(Element::bounds).reduce(Rect::union).orElseThrow();
        List<Element> elements = new ArrayList<>(d.elements());
        elements.add(0, group("frame", "Phase 1", new Rect(extent.x() - 20, extent.y() - 40, extent.width() + 40,
                extent.height() + 80)));
        elements.add(note("note-root", Optional.empty(), new Rect(extent.x(), extent.maxY() + 80, 160, 80),
                "To do:\nreplace the tunnel by ExpressRoute"));
        d.elementsOfKind(ElementKind.SUBNET).stream().findFirst().ifPresent(s -> elements.add(note("note-in-subnet",
                Optional.of(s.id()), new Rect(s.bounds().x() + 2, s.bounds().y() + 2, 30, 20), "in here")));
        return d.withContent(elements, d.connections());
    }

    /** The VPN sample with a frame around its VNet and a note inside the frame, below the VNet. */
    public static Diagram vpnWithFrame() {
        Diagram vpn = Samples.load(Sample.VPN);
        List<Element> elements = new ArrayList<>(vpn.elements());
        elements.add(0, group("frame", "Azure side", new Rect(700, 30, 880, 680)));
        elements.add(note("note-1", Optional.empty(), new Rect(740, 580, 160, 80), "Framed note"));
        return vpn.withContent(elements, vpn.connections());
    }
}
