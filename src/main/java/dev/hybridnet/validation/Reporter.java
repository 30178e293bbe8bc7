package dev.hybridnet.validation;

import dev.hybridnet.model.Connection;
import dev.hybridnet.model.Element;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Collects the findings of one rule. Findings carry the rule's id and, unless the rule says otherwise for a
 * particular case, its default severity.
 */
public final class Reporter {

    private final RuleInfo rule;
    private final List<Finding> findings;

    Reporter(RuleInfo rule, List<Finding> findings) {
        this.rule = rule;
        this.findings = findings;
    }

    /** Reports at the rule's severity; {@code ids} are the element or connection ids involved. */
    public void report(String message, List<String> ids) {
        add(rule.severity(), message, ids, Optional.empty());
    }

    public void report(String message, List<String> ids, String fix) {
        add(rule.severity(), message, ids, Optional.of(fix));
    }

    public void report(String message, Element... elements) {
        report(message, ids(elements));
    }

    /** Reports at a severity other than the rule's default, for rules whose cases differ in weight. */
    public void report(Severity severity, String message, List<String> ids, Optional<String> fix) {
        add(severity, message, ids, fix);
    }

    private void add(Severity severity, String message, List<String> ids, Optional<String> fix) {
        findings.add(new Finding(rule.id(), severity, message, List.copyOf(ids), fix));
    }

    public static List<String> ids(Element... elements) {
        List<String> ids = new ArrayList<>(elements.length);
        for (Element e : elements) {
            ids.add(e.id());
        }
        return ids;
    }

    public static List<String> ids(Connection connection, Element... elements) {
        List<String> ids = new ArrayList<>();
        ids.add(connection.id());
        ids.addAll(ids(elements));
        return ids;
    }
}
