package dev.hybridnet.validation;

import dev.hybridnet.model.Reference;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns what a reference architecture is missing into findings. A design that lacks pieces of the reference it
 * declares (or that the command line names) is unfinished, not wrong: each missing piece is a warning, and an
 * error only when the caller asks for complete designs ({@code validate --require-complete}). Without a declared
 * reference, the pieces missing from partly built references are notes: the design never claimed them, and a hub
 * that could become three references should not bury its real problems under their checklists. Contradictions of
 * a reference (a Basic gateway beside ExpressRoute, say) are the other rules' errors, whatever this says.
 */
final class PatternFindings {

    private static final String PREFIX = "reference-";

    private PatternFindings() {
    }

    static String ruleId(Reference reference) {
        return PREFIX + reference.id();
    }

    static List<RuleInfo> infos() {
        List<RuleInfo> infos = new ArrayList<>();
        for (Reference r : Reference.values()) {
            infos.add(new RuleInfo(ruleId(r), Severity.WARNING, "The design is a complete " + r.title() + " reference",
                    "Checks the pieces and connections of the Azure Architecture Center's " + r.title()
                            + " reference architecture. A warning for each piece the declared reference still "
                            + "lacks (an error with validate --require-complete); a note for each piece of a "
                            + "partly built reference when none is declared.",
                    source(r), r == Reference.EXPRESSROUTE_VPN_FAILOVER ? "ERVPN-BOTH-PATHS" : ""));
        }
        return infos;
    }

    private static String source(Reference r) {
        return switch (r) {
            case VPN -> Sources.VPN;
            case EXPRESSROUTE -> Sources.EXPRESSROUTE;
            case EXPRESSROUTE_VPN_FAILOVER -> Sources.FAILOVER;
            case HUB_SPOKE -> Sources.HUB_SPOKE;
        };
    }

    static void add(List<PatternMatch> patterns, Optional<Reference> declared, boolean requireComplete,
            List<Finding> findings) {
        for (PatternMatch match : patterns) {
            boolean required = declared.isPresent() && declared.get() == match.reference();
            boolean partial = declared.isEmpty() && match.status() == PatternMatch.Status.PARTIAL;
            if (match.status() == PatternMatch.Status.COMPLETE || (!required && !partial)) {
                continue;
            }
            Severity severity = !required ? Severity.INFO : requireComplete ? Severity.ERROR : Severity.WARNING;
            for (PatternMatch.Step step : match.missing()) {
                String message = match.reference().title() + " reference: " + lowerFirst(step.instruction());
                findings.add(new Finding(ruleId(match.reference()), severity, message, step.elements(),
                        Optional.of(step.instruction())));
            }
        }
    }

    private static String lowerFirst(String text) {
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
