package dev.hybridnet.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.hybridnet.export.SvgWriter;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import dev.hybridnet.render.CardRenderer;
import dev.hybridnet.samples.Sample;
import dev.hybridnet.samples.Samples;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Tidy Up moves boxes only: the samples' cards, which follow the model and not the boxes, stay the same. */
class TidySamplesTest {

    @ParameterizedTest
    @EnumSource(Sample.class)
    void theCardOfASampleIsTheSameAfterTidyUp(Sample sample) {
        Diagram original = Samples.load(sample);
        Diagram tidy = Layout.tidy(original);
        SvgWriter svg = new SvgWriter();
        CardRenderer cards = new CardRenderer();
        assertEquals(svg.write(cards.render(original)), svg.write(cards.render(tidy)));
    }

    @ParameterizedTest
    @EnumSource(Sample.class)
    void tidyUpChangesTheBoxesAndNothingElse(Sample sample) {
        Diagram original = Samples.load(sample);
        Diagram tidy = Layout.tidy(original);
        assertEquals(strip(original), strip(tidy), "ids, names, parents, properties and connections are kept");
        assertEquals(original.title(), tidy.title());
        assertEquals(original.reference(), tidy.reference());
        assertEquals(original.connections(), tidy.connections());
        assertNotEquals(0, tidy.elements().size());
    }

    /** The elements with their boxes left out. */
    private static List<String> strip(Diagram d) {
        return d.elements().stream().map((Element e) -> e.id() + "|" + e.kind() + "|" + e.name() + "|" + e.parent()
                + "|" + e.props().values()).toList();
    }
}
