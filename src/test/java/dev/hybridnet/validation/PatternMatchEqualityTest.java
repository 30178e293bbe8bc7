package dev.hybridnet.validation;

import dev.hybridnet.RecordEquality;
import dev.hybridnet.model.Reference;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Pattern matches and their steps, with written-out equals and hashCode, behave as records' own would. */
class PatternMatchEqualityTest {

    @Test
    void matchesAndSteps() {
        PatternMatch.Step add = new PatternMatch.Step("Add a gateway.", List.of("vnet"));
        RecordEquality.assertValueSemantics(List.of(add, new PatternMatch.Step("Add a gateway.", List.of("vnet")),
                new PatternMatch.Step("Add a gateway.", List.of()), new PatternMatch.Step("Add a circuit.", List.of("vnet"))));
        RecordEquality.assertValueSemantics(List.of(PatternMatch.absent(Reference.VPN), PatternMatch.absent(Reference.VPN),
                PatternMatch.absent(Reference.HUB_SPOKE),
                new PatternMatch(Reference.VPN, PatternMatch.Status.PARTIAL, List.of("a"), List.of(add), Optional.empty()),
                new PatternMatch(Reference.VPN, PatternMatch.Status.PARTIAL, List.of("a"), List.of(add), Optional.empty()),
                new PatternMatch(Reference.VPN, PatternMatch.Status.PARTIAL, List.of("a"), List.of(), Optional.empty()),
                new PatternMatch(Reference.VPN, PatternMatch.Status.COMPLETE, List.of("a"), List.of(), Optional.empty()),
                new PatternMatch(Reference.VPN, PatternMatch.Status.COMPLETE, List.of("a"), List.of(),
                        Optional.of(Reference.EXPRESSROUTE_VPN_FAILOVER))));
    }
}
