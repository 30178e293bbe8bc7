package dev.hybridnet.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hybridnet.command.AddElement;
import dev.hybridnet.command.Blueprint;
import dev.hybridnet.geometry.Point;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.ElementKind;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The exported description counts in words: "1 element", not "1 elements". */
class DescriptionCountsTest {

    @Test
    void oneOfSomethingIsSingular() {
        Diagram empty = Diagram.empty("One");
        Diagram one = new AddElement(Blueprint.of(ElementKind.VIRTUAL_NETWORK).create(empty, Optional.empty(),
                new Point(100, 100))).apply(empty);
        assertEquals("Hybrid network diagram: 1 element (1 network or subnet), 0 connections.",
                DiagramRenderer.description(one));
        assertEquals("Hybrid network diagram: 0 elements (0 networks and subnets), 0 connections.",
                DiagramRenderer.description(empty));
    }
}
