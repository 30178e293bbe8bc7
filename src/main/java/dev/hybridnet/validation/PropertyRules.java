package dev.hybridnet.validation;

import static dev.hybridnet.validation.Facts.label;

import dev.hybridnet.catalog.Properties;
import dev.hybridnet.catalog.PropertySpec;
import dev.hybridnet.model.Connection;
import dev.hybridnet.model.Element;
import dev.hybridnet.model.ElementKind;
import dev.hybridnet.model.Keys;
import dev.hybridnet.model.Props;
import java.util.List;
import java.util.Optional;

/** Property values that can be read, keys that are known, and the properties a kind cannot do without. */
final class PropertyRules {

    static final Rule VALUE = new Rule(new RuleInfo("property-value", Severity.ERROR,
            "Property values are well-formed",
            "Addresses, prefixes, SKUs and flags must be values Azure accepts; a value that cannot be read cannot "
                    + "be checked by the other rules either.",
            Sources.FORMAT, ""), PropertyRules::value);

    static final Rule UNKNOWN = new Rule(new RuleInfo("unknown-property", Severity.WARNING,
            "Properties are ones the kind understands",
            "Unknown keys are kept in the file but ignored by every check; usually they are misspelt.",
            Sources.FORMAT, ""), PropertyRules::unknown);

    static final Rule REQUIRED = new Rule(new RuleInfo("required-property", Severity.WARNING,
            "Networks and subnets have their address ranges",
            "A virtual network needs an address space and a subnet an address prefix; Azure cannot create them "
                    + "without, and the address checks need them. Until they are given the design is unfinished: a "
                    + "warning, and an error with validate --require-complete.",
            Sources.VNET_FAQ, "").whenAbsent("This rule is about absent data: it names the networks and subnets "
                    + "without address ranges, whose address checks are passed over."), PropertyRules::required);

    private PropertyRules() {
    }

    static List<Rule> rules() {
        return List.of(VALUE, UNKNOWN, REQUIRED);
    }

    private static void value(Facts f, Reporter out) {
        for (Element e : f.diagram().elements()) {
            if (!e.props().isEmpty()) {
                check(Properties.of(e.kind()), e.props(), e, out);
            }
        }
        for (Connection c : f.diagram().connections()) {
            if (!c.props().isEmpty()) {
                check(Properties.of(c.kind()), c.props(), "connection " + c.id(), c.id(), out);
            }
        }
    }

    /** As below, naming the element only when there is something to report (labels are built lazily). */
    private static void check(List<PropertySpec> specs, Props props, Element e, Reporter out) {
        for (int i = 0; i < specs.size(); i++) {
            PropertySpec spec = specs.get(i);
            Optional<String> problem = spec.problemIn(props);
            if (problem.isPresent()) {
                out.report(label(e) + ": " + spec.name() + ": " + problem.get(), List.of(e.id()));
            }
        }
    }

    private static void check(List<PropertySpec> specs, Props props, String owner, String id, Reporter out) {
        for (int i = 0; i < specs.size(); i++) {
            PropertySpec spec = specs.get(i);
            Optional<String> problem = spec.problemIn(props);
            if (problem.isPresent()) {
                out.report(owner + ": " + spec.name() + ": " + problem.get(), List.of(id));
            }
        }
    }

    private static void unknown(Facts f, Reporter out) {
        for (Element e : f.diagram().elements()) {
            List<String> keys = e.props().keys();
            for (int i = 0; i < keys.size(); i++) {
                String key = keys.get(i);
                if (!Properties.knows(e.kind(), key)) {
                    unknownKey(Properties.of(e.kind()), key, label(e), e.id(), out);
                }
            }
        }
        for (Connection c : f.diagram().connections()) {
            for (String key : c.props().values().keySet()) {
                if (!Properties.knows(c.kind(), key)) {
                    unknownKey(Properties.of(c.kind()), key, "connection " + c.id(), c.id(), out);
                }
            }
        }
    }

    private static void unknownKey(List<PropertySpec> specs, String key, String owner, String id, Reporter out) {
        List<String> known = specs.stream().map(PropertySpec::name).toList();
        String hint = known.isEmpty() ? "it has no properties" : "known: " + String.join(", ", known);
        out.report(owner + " has an unknown property '" + key + "' (" + hint + ")", List.of(id));
    }

    private static void required(Facts f, Reporter out) {
        for (Element vnet : f.elements(ElementKind.VIRTUAL_NETWORK)) {
            if (!vnet.props().read(Keys.ADDRESS_SPACES).isInvalid() && f.spaces(vnet).isEmpty()) {
                out.report("Virtual network " + label(vnet) + " has no address space", List.of(vnet.id()),
                        "Give it an address space such as 10.0.0.0/16.");
            }
        }
        for (Element subnet : f.elements(ElementKind.SUBNET)) {
            if (!subnet.props().read(Keys.ADDRESS_PREFIX).isInvalid() && f.prefix(subnet).isEmpty()) {
                out.report("Subnet " + label(subnet) + " has no address prefix", subnet);
            }
        }
    }
}
