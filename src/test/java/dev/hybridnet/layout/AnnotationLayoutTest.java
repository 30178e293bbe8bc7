package dev.hybridnet.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import dev.hybridnet.samples.Annotated;
import dev.hybridnet.samples.Sample;
import dev.hybridnet.samples.Samples;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The layouts leave notes and groups out of the design and never let them cover it. */
class AnnotationLayoutTest {

    @ParameterizedTest
    @EnumSource(Sample.class)
    void tidyUpLaysOutTheDesignAsWithoutAnnotationsAndPutsThemBesideIt(Sample sample) {
        Diagram plain = Samples.load(sample);
        Diagram annotated = Annotated.sample(plain);
        Diagram tidied = Layout.tidy(annotated);
        assertEquals(Layout.tidy(plain), tidied.withoutAnnotations());
        List<Element> design = tidied.withoutAnnotations().elements();
        for (Element a : tidied.elements()) {
            if (!a.kind().isAnnotation()) {
                continue;
            }
            Element before = annotated.element(a.id()).orElseThrow();
            assertEquals(before.bounds().width(), a.bounds().width(), a.id());
            assertEquals(before.bounds().height(), a.bounds().height(), a.id());
            assertEquals(before.parent(), a.parent(), a.id());
            for (Element e : design) {
                assertFalse(e.bounds().intersects(a.bounds()), a.id() + " covers " + e.id());
            }
        }
        assertTrue(Misplaced.of(tidied).isEmpty(), Misplaced.of(tidied).toString());
        assertEquals(tidied, Layout.tidy(tidied), "laying out again changes nothing");
    }

    @ParameterizedTest
    @EnumSource(Sample.class)
    void aPartialTidyAndPlacingNewElementsLeaveAnnotationsWhereTheyAre(Sample sample) {
        Diagram annotated = Annotated.sample(Samples.load(sample));
        Set<String> containers = Set.of(annotated.withoutAnnotations().roots().get(0).id());
        for (Diagram after : List.of(Layout.tidy(annotated, containers),
                Layout.placeNew(annotated, Set.of("note-root", "frame")))) {
            for (Element a : annotated.elements()) {
                if (a.kind().isAnnotation()) {
                    assertEquals(a, after.element(a.id()).orElseThrow());
                }
            }
        }
    }
}
