package dev.hybridnet.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.model.ElementKind;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the catalog says about the annotations: their palette group, places, sizes and properties. */
class AnnotationCatalogTest {

    @Test
    void thePaletteListsNoteAndGroupUnderAnnotationsLast() {
        List<ComponentType> types = Catalog.componentTypes();
        assertEquals(List.of("Note", "Group"), types.stream().filter(t -> t.group() == PaletteGroup.ANNOTATIONS)
                .map(ComponentType::displayName).toList());
        assertEquals(PaletteGroup.ANNOTATIONS, types.get(types.size() - 1).group());
        assertEquals("Annotations", PaletteGroup.ANNOTATIONS.label());
    }

    @Test
    void onlyNoteAndGroupAreAnnotations() {
        assertEquals(List.of(ElementKind.NOTE, ElementKind.GROUP), Arrays.stream(ElementKind.values())
                .filter(ElementKind::isAnnotation).toList());
    }

    @Test
    void aNoteStandsAtTheRootOrInAnyContainerAndAGroupOnlyAtTheRoot() {
        ComponentType note = Catalog.of(ElementKind.NOTE);
        for (ElementKind container : Catalog.containerKinds()) {
            assertTrue(note.allowedIn(Optional.of(container)), container.id());
        }
        assertTrue(note.allowedIn(Optional.empty()));
        assertFalse(note.allowedIn(Optional.of(ElementKind.VIRTUAL_MACHINE)));
        ComponentType group = Catalog.of(ElementKind.GROUP);
        assertTrue(group.allowedIn(Optional.empty()));
        assertFalse(group.allowedIn(Optional.of(ElementKind.VIRTUAL_NETWORK)));
        assertFalse(group.container(), "a group is not a parent in the containment tree");
    }

    @Test
    void annotationsAreResizableTakeNoConnectionAndHaveTheirDefaultSizes() {
        for (ElementKind kind : List.of(ElementKind.NOTE, ElementKind.GROUP)) {
            assertTrue(Catalog.of(kind).resizable(), kind.id());
            assertFalse(Catalog.isConnectable(kind), kind.id());
        }
        assertFalse(Catalog.of(ElementKind.VPN_GATEWAY).resizable());
        assertEquals(160, Catalog.of(ElementKind.NOTE).defaultSize().width());
        assertEquals(80, Catalog.of(ElementKind.NOTE).defaultSize().height());
    }

    @Test
    void aNoteHasOneMultiLineTextPropertyAndAGroupNone() {
        List<PropertySpec> note = Properties.of(ElementKind.NOTE);
        assertEquals(List.of("text"), note.stream().map(PropertySpec::name).toList());
        assertTrue(note.get(0).multiLine());
        assertEquals(List.of(), Properties.of(ElementKind.GROUP));
        assertFalse(Properties.of(ElementKind.SUBNET).stream().anyMatch(PropertySpec::multiLine));
    }
}
