package dev.hybridnet.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hybridnet.geometry.Rect;
import dev.hybridnet.model.Connection;
import dev.hybridnet.model.ConnectionKind;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import dev.hybridnet.model.ElementKind;
import dev.hybridnet.model.PropValue;
import dev.hybridnet.model.Props;
import dev.hybridnet.model.Reference;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any diagram the model can hold survives a save and a load unchanged, and saving is deterministic. */
class DiagramRoundTripTest {

    private final DiagramWriter writer = new DiagramWriter();
    private final DiagramReader reader = new DiagramReader();

    @Property(tries = 200)
    void writeThenReadGivesTheSameDiagram(@ForAll("diagrams") Diagram diagram) throws Exception {
        assertEquals(diagram, reader.read(writer.write(diagram), "generated"));
    }

    @Property(tries = 200)
    void readThenWriteOfWrittenTextIsByteIdentical(@ForAll("diagrams") Diagram diagram) throws Exception {
        String text = writer.write(diagram);
        assertEquals(text, writer.write(reader.read(text, "generated")));
    }

    @Provide
    Arbitrary<Diagram> diagrams() {
        Arbitrary<String> titles = Arbitraries.strings().ofMaxLength(30);
        Arbitrary<Optional<Reference>> references = Arbitraries.of(Reference.class).optional();
        Arbitrary<List<ElementSeed>> seeds = elementSeeds().list().ofMaxSize(12);
        return Combinators.combine(titles, references, seeds, Arbitraries.integers().between(0, 6).list()
                .ofMaxSize(6)).as(DiagramRoundTripTest::build);
    }

    private record ElementSeed(ElementKind kind, String name, int parentPick, Rect bounds, Props props) {
    }

    private static Diagram build(String title, Optional<Reference> reference, List<ElementSeed> seeds,
            List<Integer> connectionPicks) {
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < seeds.size(); i++) {
            ElementSeed seed = seeds.get(i);
            Optional<String> parent = i > 0 && seed.parentPick() % 3 != 0
                    ? Optional.of("e" + (seed.parentPick() % i)) : Optional.empty();
            parent = parent.filter(p -> holds(elements.get(Integer.parseInt(p.substring(1))).kind(), seed.kind()));
            elements.add(new Element("e" + i, seed.kind(), seed.name(), parent, seed.bounds(), seed.props()));
        }
        List<Connection> connections = new ArrayList<>();
        if (!elements.isEmpty()) {
            for (int i = 0; i < connectionPicks.size(); i++) {
                int pick = connectionPicks.get(i);
                ConnectionKind kind = ConnectionKind.values()[pick % ConnectionKind.values().length];
                if (elements.get(pick % elements.size()).kind().isAnnotation()
                        || elements.get((pick * 7 + 1) % elements.size()).kind().isAnnotation()) {
                    continue;
                }
                connections.add(new Connection("c" + i, kind, "e" + (pick % elements.size()),
                        "e" + ((pick * 7 + 1) % elements.size()), Props.empty()));
            }
        }
        return new Diagram(title, reference, elements, connections);
    }

    /**
     * Whether the model lets an element of {@code child} sit in one of {@code parent}: anything but annotations, which
     * hold nothing; a group only at the top level; a note only in a network or subnet.
     */
    private static boolean holds(ElementKind parent, ElementKind child) {
        if (parent.isAnnotation() || child == ElementKind.GROUP) {
            return false;
        }
        return child != ElementKind.NOTE || parent == ElementKind.ON_PREMISES_NETWORK
                || parent == ElementKind.VIRTUAL_NETWORK || parent == ElementKind.SUBNET;
    }

    private static Arbitrary<ElementSeed> elementSeeds() {
        Arbitrary<Double> coordinates = Arbitraries.doubles().between(-100_000, 100_000).ofScale(2);
        Arbitrary<Double> sizes = Arbitraries.doubles().between(1, 5_000).ofScale(1);
        Arbitrary<Rect> bounds = Combinators.combine(coordinates, coordinates, sizes, sizes).as(Rect::new);
        return Combinators.combine(Arbitraries.of(ElementKind.class), Arbitraries.strings().ofMaxLength(20),
                Arbitraries.integers().between(0, 100), bounds, props()).as(ElementSeed::new);
    }

    private static Arbitrary<Props> props() {
        Arbitrary<String> keys = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8);
        return Arbitraries.maps(keys, values(2)).ofMaxSize(4).map(Props::of);
    }

    private static Arbitrary<PropValue> values(int depth) {
        Arbitrary<PropValue> leaves = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(12).map(PropValue.Text::new),
                Arbitraries.of(true, false).map(PropValue.Bool::new),
                Arbitraries.bigDecimals().between(new BigDecimal("-1e12"), new BigDecimal("1e12")).ofScale(3)
                        .map(d -> new PropValue.Number(d.stripTrailingZeros())),
                Arbitraries.just(new PropValue.Null()));
        if (depth == 0) {
            return leaves;
        }
        Arbitrary<String> keys = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(6);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, leaves),
                net.jqwik.api.Tuple.of(1, values(depth - 1).list().ofMaxSize(3).map(PropValue.ListValue::new)),
                net.jqwik.api.Tuple.of(1, Arbitraries.maps(keys, values(depth - 1)).ofMaxSize(3)
                        .map(PropValue.ObjectValue::of)));
    }
}
