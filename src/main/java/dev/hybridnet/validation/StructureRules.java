package dev.hybridnet.validation;

import static dev.hybridnet.validation.Facts.label;

import dev.hybridnet.catalog.Catalog;
import dev.hybridnet.catalog.ComponentType;
import dev.hybridnet.catalog.ConnectionRule;
import dev.hybridnet.model.Connection;
import dev.hybridnet.model.ConnectionKind;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import dev.hybridnet.model.ElementKind;
import dev.hybridnet.model.PeeringSession;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Where elements may be placed and which connections may join them: the catalog's tables, enforced. */
final class StructureRules {

    static final Rule CONTAINMENT = new Rule(new RuleInfo("containment", Severity.ERROR,
            "Every element sits in a container of the right kind",
            "Azure resources live in fixed places: subnets in virtual networks, VMs and gateways in subnets, "
                    + "appliances and routers on premises. A misplaced element describes nothing that can be built.",
            Sources.FORMAT, ""), StructureRules::containment);

    static final Rule LEGAL_CONNECTION = new Rule(new RuleInfo("legal-connection", Severity.ERROR,
            "Connections join the kinds of element they are made for",
            "Each kind of connection exists only between certain resources, e.g. a site-to-site VPN between a VPN "
                    + "gateway and the on-premises appliance.",
            Sources.FORMAT, ""), StructureRules::legalConnection);

    static final Rule DUPLICATE_CONNECTION = new Rule(new RuleInfo("duplicate-connection", Severity.WARNING,
            "No two connections of the same kind between the same elements",
            "A second identical connection adds nothing in Azure and usually means a copy went wrong. ExpressRoute "
                    + "peerings of different types (private, Microsoft) or on different links (primary, secondary) "
                    + "are separate BGP sessions on separate VLANs, not duplicates.",
            Sources.FORMAT, "").whenAbsent("A peering without peeringType or link counts as private and primary, "
                    + "as Azure's defaults."), StructureRules::duplicateConnection);

    static final Rule UNIQUE_SUBNET_NAMES = new Rule(new RuleInfo("subnet-name-unique", Severity.ERROR,
            "Subnet names are unique within a VNet",
            "Azure identifies a subnet by its name within its virtual network.",
            Sources.VNET_FAQ, ""), StructureRules::uniqueSubnetNames);

    private StructureRules() {
    }

    static List<Rule> rules() {
        return List.of(CONTAINMENT, LEGAL_CONNECTION, DUPLICATE_CONNECTION, UNIQUE_SUBNET_NAMES);
    }

    private static void containment(Facts f, Reporter out) {
        Diagram d = f.diagram();
        for (Element e : d.elements()) {
            ComponentType type = Catalog.of(e.kind());
            Element container = f.parentOrNull(e);
            if (type.allowedIn(container == null ? null : container.kind())) {
                continue;
            }
            Optional<Element> parent = Optional.ofNullable(container);
            String where = parent.map(p -> "inside " + Facts.describe(p)).orElse("at the top level");
            out.report(Severity.ERROR, Facts.describe(e) + " is " + where + "; " + belongs(type),
                    parent.map(p -> Reporter.ids(e, p)).orElse(List.of(e.id())), Optional.empty());
        }
    }

    static String belongs(ComponentType type) {
        if (type.rootOnly()) {
            return "it belongs at the top level of the diagram";
        }
        List<String> parents = type.legalParents().stream().sorted()
                .map(k -> Catalog.inSentence(Catalog.of(k).displayName())).toList();
        return "it belongs in a " + String.join(" or ", parents);
    }

    private static void legalConnection(Facts f, Reporter out) {
        Diagram d = f.diagram();
        for (Connection c : d.connections()) {
            Element from = d.element(c.from()).orElseThrow();
            Element to = d.element(c.to()).orElseThrow();
            if (c.from().equals(c.to())) {
                out.report("Connection " + c.id() + " joins " + label(from) + " to itself", Reporter.ids(c, from));
                continue;
            }
            ConnectionRule rule = Catalog.rule(c.kind());
            if (rule.allows(from.kind(), to.kind()) || ExpressRouteRules.claims(d, c)) {
                continue;
            }
            String fix = Catalog.legalConnections(from.kind(), to.kind()).stream().findFirst()
                    .map(k -> "Make it a " + Catalog.inSentence(Catalog.rule(k).displayName()) + ".")
                    .orElse("Remove the connection.");
            out.report(rule.displayName() + " " + c.id() + " cannot join " + kindAndLabel(from) + " and "
                    + kindAndLabel(to) + "; " + ConnectionPolicy.expectation(rule), Reporter.ids(c, from, to), fix);
        }
    }

    static String kindAndLabel(Element e) {
        return Catalog.inSentence(Facts.describe(e));
    }

    private static void duplicateConnection(Facts f, Reporter out) {
        // equals and hashCode written out (see geometry.Point): a record's own are linked at first use, slowly.
        record Ends(Object kind, String a, String b, String session) {
            @Override
            public boolean equals(Object o) {
                return o instanceof Ends e && Objects.equals(kind, e.kind) && Objects.equals(a, e.a)
                        && Objects.equals(b, e.b) && Objects.equals(session, e.session);
            }

            @Override
            public int hashCode() {
                return ((31 * Objects.hashCode(kind) + Objects.hashCode(a)) * 31 + Objects.hashCode(b)) * 31
                        + Objects.hashCode(session);
            }
        }
        Map<Ends, Connection> seen = new HashMap<>();
        for (Connection c : f.diagram().connections()) {
            // A VNet-to-VNet link is two connection resources in Azure, one made on each gateway: the halves in
            // opposite directions are not duplicates of each other.
            boolean directed = Catalog.rule(c.kind()).directed() || c.kind() == ConnectionKind.VNET_TO_VNET;
            String a = c.from();
            String b = c.to();
            if (!directed && a.compareTo(b) > 0) {
                String swap = a;
                a = b;
                b = swap;
            }
            Connection first = seen.putIfAbsent(new Ends(c.kind(), a, b, PeeringSession.of(c)), c);
            if (first != null) {
                out.report("Connections " + first.id() + " and " + c.id() + " are both "
                        + Catalog.inSentence(Catalog.rule(c.kind()).displayName()) + "s between the "
                        + "same elements", List.of(first.id(), c.id()), "Delete " + c.id() + ".");
            }
        }
    }

    private static void uniqueSubnetNames(Facts f, Reporter out) {
        for (Element vnet : f.elements(ElementKind.VIRTUAL_NETWORK)) {
            Map<String, Element> names = new HashMap<>();
            for (Element subnet : f.subnets(vnet)) {
                Element first = names.putIfAbsent(subnet.name(), subnet);
                if (first != null) {
                    out.report(label(vnet) + " has two subnets named '" + subnet.name() + "'", first, subnet);
                }
            }
        }
    }
}
