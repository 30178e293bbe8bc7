package dev.hybridnet.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.geometry.Rect;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import dev.hybridnet.model.Reference;
import dev.hybridnet.samples.Annotated;
import dev.hybridnet.samples.Sample;
import dev.hybridnet.samples.Samples;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Validation leaves notes and group frames out entirely: no findings, no counts, no part in the patterns. */
class AnnotationsAreIgnoredTest {

    private final Validator validator = new Validator();

    @ParameterizedTest
    @EnumSource(Sample.class)
    void aCompleteSampleWithNotesAndGroupsStaysCompleteWithoutFindings(Sample sample) {
        Diagram plain = Samples.load(sample);
        Diagram annotated = Annotated.sample(plain);
        assertTrue(annotated.elements().size() > plain.elements().size());
        ValidationReport report = validator.validate(annotated, plain.reference(), true);
        assertEquals(List.of(), report.findings());
        assertEquals(validator.validate(plain, plain.reference(), true).patterns(), report.patterns());
        Reference reference = plain.reference().orElseThrow();
        assertEquals(PatternMatch.Status.COMPLETE, report.pattern(reference).status());
    }

    @Test
    void aNoteOverlappingEverythingAndAGroupOverAVnetRaiseNoFinding() {
        Diagram vpn = Samples.load(Sample.VPN);
        List<Element> elements = new ArrayList<>(vpn.elements());
        elements.add(Annotated.note("over-all", Optional.empty(), new Rect(0, 0, 2000, 2000), ""));
        elements.add(Annotated.note("in-vnet", Optional.of("vnet-app"), new Rect(0, 0, 10, 10), "outside its VNet"));
        elements.add(Annotated.group("half", "", new Rect(600, 100, 200, 200)));
        Diagram d = vpn.withContent(elements, vpn.connections());
        assertEquals(List.of(), validator.validate(d, Optional.empty(), true).findings());
    }

    @Test
    void notesAndGroupsCannotBeConnectedAndThePolicySaysWhy() {
        Diagram d = Annotated.vpnWithFrame();
        assertEquals(Optional.of("Note note-1 is an annotation; notes and groups describe the drawing and are never "
                + "connected."), ConnectionPolicy.whyNot(d, "vpngw", "note-1"));
        assertEquals(Optional.of("Group Azure side is an annotation; notes and groups describe the drawing and are "
                + "never connected."), ConnectionPolicy.whyNot(d, "frame", "vnet-app"));
        assertEquals(List.of(), ConnectionPolicy.options(d, "note-1", "appliance"));
    }
}
