package dev.hybridnet.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hybridnet.command.Move;
import dev.hybridnet.command.Reparent;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.samples.Sample;
import dev.hybridnet.samples.Samples;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MisplacedTest {

    @ParameterizedTest
    @EnumSource(Sample.class)
    void everyElementOfTheSamplesHasItsPlace(Sample sample) {
        assertEquals(Set.of(), Misplaced.of(Samples.load(sample)));
    }

    @Test
    void anElementOnTopOfAnEarlierSiblingHasNoPlaceButTheEarlierOneKeepsItsPlace() {
        Diagram hub = Samples.load(Sample.HUB_SPOKE);
        double dx = hub.element("vm-spoke1-1").orElseThrow().bounds().x()
                - hub.element("vm-spoke1-3").orElseThrow().bounds().x();
        Diagram stacked = new Move(Set.of("vm-spoke1-3"), dx, 0).apply(hub);
        assertEquals(Set.of("vm-spoke1-3"), Misplaced.of(stacked));
    }

    @Test
    void anElementOutsideItsContainerHasNoPlace() {
        Diagram hub = Samples.load(Sample.HUB_SPOKE);
        Diagram outside = new Reparent(Set.of("jumpbox"), Optional.of("spoke1-workload"), 0, 0).apply(hub);
        assertEquals(Set.of("jumpbox"), Misplaced.of(outside));
    }
}
