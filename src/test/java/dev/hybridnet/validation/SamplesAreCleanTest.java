package dev.hybridnet.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hybridnet.samples.Sample;
import dev.hybridnet.samples.Samples;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SamplesAreCleanTest {

    @ParameterizedTest
    @EnumSource(Sample.class)
    void eachSampleHasNoFindingsAndRealisesItsDeclaredReference(Sample sample) {
        ValidationReport report = new Validator().validate(Samples.load(sample));
        assertEquals(List.of(), report.findings());
        assertEquals(List.of(sample.reference()), report.detected());
    }
}
