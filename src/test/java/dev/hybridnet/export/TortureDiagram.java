package dev.hybridnet.export;

import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import dev.hybridnet.samples.Sample;
import dev.hybridnet.samples.Samples;
import java.util.ArrayList;
import java.util.List;

/**
 * The VPN sample with every element renamed to text that tries to break an SVG writer: markup, entities, quotes,
 * CDATA ends, right-to-left and CJK scripts, characters outside the BMP, control characters and lone surrogates.
 */
final class TortureDiagram {

    /** A name as given, and as it must read back from the exported SVG. */
    record Name(String given, String readBack) {
        static Name same(String text) {
            return new Name(text, text);
        }
    }

    static final List<Name> NAMES = List.of(
            Name.same("<script>alert(1)</script>"),
            Name.same("Tom & Jerry's \"quoted\" net"),
            Name.same("]]> ends CDATA, <![CDATA[ starts it"),
            Name.same("東京 ネットワーク"),
            Name.same("Zürich Rechenzentrum"),
            Name.same("עברית רשת"),
            Name.same("satellite \uD83D\uDEF0 outside the BMP"),
            Name.same("&amp; already escaped &#60; <!-- comment -->"),
            Name.same("tab\there, newline\nthere, return\rthere"),
            new Name("nul\u0000 bell\u0007 esc\u001B del\u007F c1\u0085 end",
                    "nul\uFFFD bell\uFFFD esc\uFFFD del\uFFFD c1\uFFFD end"),
            new Name("lone \uD800 high, lone \uDC00 low, not a character \uFFFE",
                    "lone \uFFFD high, lone \uFFFD low, not a character \uFFFD"));

    static final Name TITLE = new Name("<title>Ünïcode & \"quotes\" \u0001</title> 東京",
            "<title>Ünïcode & \"quotes\" \uFFFD</title> 東京");

    private TortureDiagram() {
    }

    /** The VPN sample, its title and every element's name replaced, cycling through {@link #NAMES}. */
    static Diagram diagram() {
        Diagram vpn = Samples.load(Sample.VPN);
        List<Element> renamed = new ArrayList<>();
        for (int i = 0; i < vpn.elements().size(); i++) {
            renamed.add(vpn.elements().get(i).withName(NAMES.get(i % NAMES.size()).given()));
        }
        return vpn.withContent(renamed, vpn.connections()).withTitle(TITLE.given());
    }
}
