package dev.hybridnet.validation;

import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import dev.hybridnet.model.Reference;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs every rule over a diagram and recognises the reference architectures it realises. Stateless and
 * thread-safe; one instance can validate many diagrams.
 */
public final class Validator {

    /**
     * The rules whose warnings say a design is unfinished rather than wrong; {@code --require-complete} makes them
     * errors, as it does the missing pieces of the declared reference.
     */
    static final java.util.Set<String> UNFINISHED = java.util.Set.of(PropertyRules.REQUIRED.id(),
            HubSpokeRules.SPOKE_PEERED_BOTH_WAYS.id(), ExpressRoutePeeringRules.BGP_REDUNDANT.id());

    private final List<Rule> rules;
    private final Map<String, Integer> order = new HashMap<>();

    public Validator() {
        this(RuleBook.all());
    }

    public Validator(List<Rule> rules) {
        this.rules = List.copyOf(rules);
        for (Rule rule : RuleBook.all()) {
            order.putIfAbsent(rule.id(), order.size());
        }
        for (Rule rule : this.rules) {
            order.putIfAbsent(rule.id(), order.size());
        }
    }

    /** Validates against the reference the diagram declares, if any. */
    public ValidationReport validate(Diagram diagram) {
        return validate(diagram, diagram.reference());
    }

    /** Validates as if the diagram declared {@code reference} (the command line's {@code --reference}). */
    public ValidationReport validate(Diagram diagram, Optional<Reference> reference) {
        return validate(diagram, reference, false);
    }

    /**
     * Validates as if the diagram declared {@code reference}; with {@code requireComplete}, the pieces that
     * reference still lacks are errors instead of warnings (the command line's {@code --require-complete}, for CI
     * of finished designs).
     */
    public ValidationReport validate(Diagram whole, Optional<Reference> reference, boolean requireComplete) {
        // Notes and groups annotate the drawing; no rule, count or pattern concerns them.
        Diagram diagram = whole.withoutAnnotations();
        Facts facts = new Facts(diagram);
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : rules) {
            Reporter reporter = new Reporter(rule.info(), findings);
            try {
                rule.check().check(facts, reporter);
            } catch (RuntimeException e) {
                // The exception is a bug in the rule, not a fault of the file; its Java name means nothing to users.
                findings.add(new Finding(RuleBook.RULE_FAILURE.id(), Severity.ERROR, "Rule " + rule.id()
                        + " could not check this diagram; please report this as a bug, with the file.", List.of(),
                        Optional.empty()));
            }
        }
        if (requireComplete) {
            findings.replaceAll(f -> UNFINISHED.contains(f.rule()) && f.severity() == Severity.WARNING
                    ? new Finding(f.rule(), Severity.ERROR, f.message(), f.elements(), f.fix()) : f);
        }
        List<PatternMatch> patterns = ReferencePatterns.match(facts);
        PatternFindings.add(patterns, reference, requireComplete, findings);
        if (findings.size() > 1) {
            sort(diagram, findings);
        }
        return new ValidationReport(findings, reference, patterns);
    }

    /**
     * Sorts findings by severity, rule and the position of their first element in the document. Each finding's
     * key is worked out once, and positions only for the ids findings name, so that a few findings naming many
     * elements on a large diagram cost no map of the whole diagram and no work per comparison.
     */
    private void sort(Diagram diagram, List<Finding> findings) {
        Map<String, Integer> position = new HashMap<>();
        for (Finding f : findings) {
            f.elements().forEach(id -> position.put(id, -1));
        }
        List<Element> elements = diagram.elements();
        for (int i = 0; i < elements.size(); i++) {
            position.replace(elements.get(i).id(), i);
        }
        for (int i = 0; i < diagram.connections().size(); i++) {
            position.replace(diagram.connections().get(i).id(), elements.size() + i);
        }
        record Keyed(Finding finding, int rule, int first) {
        }
        List<Keyed> keyed = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            int first = f.elements().stream().mapToInt(position::get).min().orElse(-1);
            keyed.add(new Keyed(f, order.getOrDefault(f.rule(), Integer.MAX_VALUE), first));
        }
        // Stable sort: findings of one rule about the same element keep the order the rule reported them in.
        keyed.sort(Comparator.comparing((Keyed k) -> k.finding().severity()).thenComparingInt(Keyed::rule)
                .thenComparingInt(Keyed::first));
        findings.clear();
        keyed.forEach(k -> findings.add(k.finding()));
    }
}
