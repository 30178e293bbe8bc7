package dev.hybridnet.validation;

import dev.hybridnet.model.Reference;
import java.util.List;
import java.util.Optional;

/** Turns missing pieces of reference architectures into findings; placeholder until written. */
final class PatternFindings {

    private PatternFindings() {
    }

    static void add(List<PatternMatch> patterns, Optional<Reference> declared, List<Finding> findings) {
    }

    static List<RuleInfo> infos() {
        return List.of();
    }
}
