package dev.hybridnet.command;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.catalog.PeeringFlag;
import dev.hybridnet.geometry.Rect;
import dev.hybridnet.io.DiagramWriter;
import dev.hybridnet.model.Connection;
import dev.hybridnet.model.ConnectionKind;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import dev.hybridnet.model.ElementKind;
import dev.hybridnet.model.PropValue;
import dev.hybridnet.model.Props;
import dev.hybridnet.model.Reference;
import dev.hybridnet.samples.HubSpokeGenerator;
import dev.hybridnet.samples.Sample;
import dev.hybridnet.samples.Samples;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * Random sequences of every kind of command on random diagrams: undoing all of them gives back the original
 * diagram byte for byte (its canonical file), and redoing all gives the final one. Commands that do not fit the
 * diagram are refused without changing anything, and leave no history.
 */
class UndoRedoPropertyTest {

    /** The kinds of command, as the generator names them (Composite wraps others). */
    enum Kind { ADD_ELEMENT, ADD_CONNECTION, MOVE, RESIZE, REPARENT, DELETE, SET_PROPERTY, REMOVE_PROPERTY,
        SET_PEERING_FLAG, RENAME, SET_TITLE, SET_REFERENCE, PASTE, COMPOSITE }

    private static final DiagramWriter WRITER = new DiagramWriter();

    @Property(tries = 200)
    void undoAllGivesTheOriginalAndRedoAllTheFinal(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 40) int steps) {
        run(seed, steps, EnumSet.noneOf(Kind.class));
    }

    /** Every kind of command is applied (not only refused) in a fixed run of sequences: the generator reaches all. */
    @Test
    void theGeneratorAppliesEveryKindOfCommand() {
        Set<Kind> applied = EnumSet.noneOf(Kind.class);
        for (long seed = 0; seed < 150; seed++) {
            run(seed, 30, applied);
        }
        assertEquals(EnumSet.allOf(Kind.class), applied);
    }

    private static void run(long seed, int steps, Set<Kind> applied) {
        Random random = new Random(seed);
        Diagram original = diagram(random);
        byte[] originalBytes = bytes(original);
        History history = new History(original, 1_000);
        int executed = 0;
        for (int i = 0; i < steps; i++) {
            Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
            Command command;
            try {
                command = command(kind, history.current(), random);
            } catch (IllegalArgumentException e) {
                // Arguments no editor action builds (e.g. pasting an empty fragment): not a command at all.
                continue;
            }
            Diagram before = history.current();
            byte[] beforeBytes = bytes(before);
            try {
                if (history.execute(command)) {
                    executed++;
                    applied.add(kind);
                }
            } catch (CommandRefusedException e) {
                assertFalse(e.getMessage().isBlank(), "a refusal says why");
                assertArrayEquals(beforeBytes, bytes(history.current()), "a refused command changes nothing");
            }
            assertArrayEquals(beforeBytes, bytes(before), "a command never changes the diagram it applied to");
        }
        byte[] finalBytes = bytes(history.current());
        for (int i = 0; i < executed; i++) {
            assertTrue(history.undo());
        }
        assertFalse(history.canUndo());
        assertArrayEquals(originalBytes, bytes(history.current()), "undo of all gives back the original");
        for (int i = 0; i < executed; i++) {
            assertTrue(history.redo());
        }
        assertFalse(history.canRedo());
        assertArrayEquals(finalBytes, bytes(history.current()), "redo of all gives the final state");
    }

    private static byte[] bytes(Diagram d) {
        return WRITER.write(d).getBytes(StandardCharsets.UTF_8);
    }

    private static Diagram diagram(Random random) {
        int which = random.nextInt(Sample.values().length + 2);
        if (which < Sample.values().length) {
            return Samples.load(Sample.values()[which]);
        }
        return which == Sample.values().length ? HubSpokeGenerator.generate(1 + random.nextInt(4))
                : Diagram.empty("Empty");
    }

    private static Command command(Kind kind, Diagram d, Random random) {
        List<Element> elements = d.elements();
        List<Connection> connections = d.connections();
        return switch (kind) {
            case ADD_ELEMENT -> new AddElement(newElement(d, random));
            case ADD_CONNECTION -> elements.size() < 2 ? new SetTitle("t" + random.nextInt(3))
                    : AddConnection.of(d, pick(List.of(ConnectionKind.values()), random),
                            pick(elements, random).id(), pick(elements, random).id());
            case MOVE -> new Move(someIds(elements, random), random.nextInt(201) - 100, random.nextInt(201) - 100);
            case RESIZE -> elements.isEmpty() ? new SetTitle("r") : resize(pick(elements, random), random);
            case REPARENT -> new Reparent(someIds(elements, random), random.nextInt(4) == 0 || elements.isEmpty()
                    ? Optional.empty() : Optional.of(pick(elements, random).id()), random.nextInt(41) - 20,
                    random.nextInt(41) - 20);
            case DELETE -> new Delete(someIdsOf(d, random));
            case SET_PROPERTY -> new SetProperty(someIdsOf(d, random), pick(KEYS, random), value(random));
            case REMOVE_PROPERTY -> new RemoveProperty(someIdsOf(d, random), pick(KEYS, random));
            case SET_PEERING_FLAG -> peeringFlag(d, random);
            case RENAME -> elements.isEmpty() ? new SetTitle("n") : new Rename(pick(elements, random).id(),
                    pick(List.of("", "hub", "spoke 1", "ünïcødé", "a".repeat(80)), random));
            case SET_TITLE -> new SetTitle(pick(List.of("", "Title", "Другой", "x\ty"), random));
            case SET_REFERENCE -> new SetReference(random.nextInt(5) == 0 ? Optional.empty()
                    : Optional.of(pick(List.of(Reference.values()), random)));
            case PASTE -> new Paste(Fragment.of(d, someIdsOf(d, random)), random.nextBoolean() || elements.isEmpty()
                    ? Optional.empty() : Optional.of(pick(elements, random).id()), 24, 24);
            case COMPOSITE -> new Composite("Several changes", List.of(
                    command(Kind.values()[random.nextInt(Kind.COMPOSITE.ordinal())], d, random),
                    new SetTitle("composite " + random.nextInt(5))));
        };
    }

    private static final List<String> KEYS = List.of("addressSpaces", "addressPrefix", "sku", "privateIp",
            "routes", "enableBgp", "role", "bgpAsn", "activeActive", "unknownKey");

    private static PropValue value(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> new PropValue.Text(pick(List.of("10.0.0.0/16", "VpnGw2AZ", "hub", "x", ""), random));
            case 1 -> new PropValue.Number(BigDecimal.valueOf(random.nextInt(70_000)));
            case 2 -> new PropValue.Bool(random.nextBoolean());
            case 3 -> new PropValue.ListValue(List.of(new PropValue.Text("10." + random.nextInt(256) + ".0.0/16")));
            case 4 -> PropValue.ObjectValue.of(new TreeMap<>(java.util.Map.of("k", new PropValue.Text("v"))));
            default -> new PropValue.Null();
        };
    }

    private static Element newElement(Diagram d, Random random) {
        ElementKind kind = pick(List.of(ElementKind.values()), random);
        Optional<String> parent = d.elements().isEmpty() || random.nextBoolean() ? Optional.empty()
                : Optional.of(pick(d.elements(), random).id());
        String id;
        do {
            id = "n" + random.nextInt(1_000_000);
        } while (d.element(id).isPresent());
        return new Element(id, kind, "new " + kind.id(), parent, new Rect(random.nextInt(2000),
                random.nextInt(2000), 48 + random.nextInt(300), 48 + random.nextInt(300)), Props.empty());
    }

    private static Command resize(Element e, Random random) {
        Rect b = e.bounds();
        return new Resize(e.id(), new Rect(b.x() - random.nextInt(20), b.y() - random.nextInt(20),
                Math.max(1, b.width() + random.nextInt(101) - 50), Math.max(1, b.height() + random.nextInt(101) - 50)));
    }

    private static Command peeringFlag(Diagram d, Random random) {
        List<Connection> peerings = d.connections().stream().filter(c -> c.kind() == ConnectionKind.VNET_PEERING)
                .toList();
        if (peerings.isEmpty()) {
            return new SetTitle("no peerings");
        }
        Connection c = pick(peerings, random);
        return new SetPeeringFlag(c.id(), random.nextBoolean() ? "from" : "to",
                pick(List.of(PeeringFlag.values()), random), random.nextBoolean());
    }

    private static Set<String> someIds(List<Element> elements, Random random) {
        Set<String> ids = new HashSet<>();
        int n = elements.isEmpty() ? 0 : 1 + random.nextInt(Math.min(5, elements.size()));
        for (int i = 0; i < n; i++) {
            ids.add(pick(elements, random).id());
        }
        return ids.isEmpty() ? Set.of("missing") : ids;
    }

    private static Set<String> someIdsOf(Diagram d, Random random) {
        List<String> all = new ArrayList<>();
        d.elements().forEach(e -> all.add(e.id()));
        d.connections().forEach(c -> all.add(c.id()));
        Set<String> ids = new HashSet<>();
        int n = all.isEmpty() ? 0 : 1 + random.nextInt(Math.min(4, all.size()));
        for (int i = 0; i < n; i++) {
            ids.add(pick(all, random));
        }
        return ids.isEmpty() ? Set.of("missing") : ids;
    }

    private static <T> T pick(List<T> list, Random random) {
        return list.get(random.nextInt(list.size()));
    }
}
