package dev.hybridnet.validation;

import dev.hybridnet.model.Reference;
import java.util.ArrayList;
import java.util.List;

/** Recognition of the four reference architectures; placeholder until written. */
final class ReferencePatterns {

    private ReferencePatterns() {
    }

    static List<PatternMatch> match(Facts facts) {
        List<PatternMatch> result = new ArrayList<>();
        for (Reference r : Reference.values()) {
            result.add(PatternMatch.absent(r));
        }
        return result;
    }
}
