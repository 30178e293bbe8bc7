package dev.hybridnet.validation;

import dev.hybridnet.catalog.Catalog;
import dev.hybridnet.catalog.ConnectionRule;
import dev.hybridnet.model.Connection;
import dev.hybridnet.model.ConnectionKind;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import dev.hybridnet.model.ElementKind;
import dev.hybridnet.model.PeeringSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the editor asks before it draws a connection: which connections may join two elements, and if none, why
 * not, in a sentence a user can act on. The answers follow the catalog's connection table, so the editor and the
 * validator never disagree.
 */
public final class ConnectionPolicy {

    private ConnectionPolicy() {
    }

    /** The connections that may be drawn from {@code fromId} to {@code toId}; empty when none may. */
    public static List<ConnectionOption> options(Diagram d, String fromId, String toId) {
        if (whyNot(d, fromId, toId).isPresent()) {
            return List.of();
        }
        return candidates(d.element(fromId).orElseThrow(), d.element(toId).orElseThrow());
    }

    /** The connection kinds that may be drawn between the two elements. */
    public static List<ConnectionKind> legalKinds(Diagram d, String fromId, String toId) {
        return options(d, fromId, toId).stream().map(ConnectionOption::kind).toList();
    }

    /** Why no connection may be drawn from {@code fromId} to {@code toId}; empty when one may. */
    public static Optional<String> whyNot(Diagram d, String fromId, String toId) {
        Optional<Element> from = d.element(fromId);
        Optional<Element> to = d.element(toId);
        if (from.isEmpty() || to.isEmpty()) {
            return Optional.of("There is no element to connect there.");
        }
        Element a = from.get();
        Element b = to.get();
        if (a.id().equals(b.id())) {
            return Optional.of("An element cannot be connected to itself.");
        }
        for (Element e : List.of(a, b)) {
            if (e.kind().isAnnotation()) {
                return Optional.of(Catalog.of(e.kind()).displayName() + " " + Facts.label(e) + " is an annotation; "
                        + "notes and groups describe the drawing and are never connected.");
            }
        }
        List<ConnectionOption> options = candidates(a, b);
        if (options.isEmpty()) {
            return Optional.of(refusal(a, b));
        }
        List<ConnectionOption> fresh = options.stream().filter(o -> !exists(d, o)).toList();
        if (fresh.isEmpty()) {
            return Optional.of(Facts.label(a) + " and " + Facts.label(b) + " are already joined by a "
                    + name(options.get(0).kind()) + ".");
        }
        return Optional.empty();
    }

    private static List<ConnectionOption> candidates(Element a, Element b) {
        List<ConnectionOption> result = new ArrayList<>();
        for (ConnectionRule rule : Catalog.connectionRules()) {
            if (rule.allows(a.kind(), b.kind())) {
                result.add(new ConnectionOption(rule.kind(), a.id(), b.id()));
            } else if (rule.allows(b.kind(), a.kind())) {
                result.add(new ConnectionOption(rule.kind(), b.id(), a.id()));
            }
        }
        return result;
    }

    private static boolean exists(Diagram d, ConnectionOption option) {
        if (option.kind() == ConnectionKind.EXPRESSROUTE_PEERING) {
            String circuit = d.element(option.from()).filter(e -> e.kind() == ElementKind.EXPRESSROUTE_CIRCUIT)
                    .map(e -> option.from()).orElse(option.to());
            String next = PeeringSession.nextLink(d, circuit).spelling();
            return d.connectionsOf(option.from()).stream().anyMatch(c -> c.kind() == option.kind()
                    && c.touches(option.to()) && c.touches(circuit)
                    && PeeringSession.of(c).equals("private/" + next));
        }
        boolean directed = Catalog.rule(option.kind()).directed();
        for (Connection c : d.connectionsOf(option.from())) {
            boolean same = c.from().equals(option.from()) && c.to().equals(option.to());
            boolean reversed = c.from().equals(option.to()) && c.to().equals(option.from());
            if (c.kind() == option.kind() && (same || (!directed && reversed))) {
                return true;
            }
        }
        return false;
    }

    private static String refusal(Element a, Element b) {
        String aName = Catalog.of(a.kind()).displayName();
        String bName = Catalog.inSentence(Catalog.of(b.kind()).displayName());
        if (!Catalog.isConnectable(a.kind())) {
            return aName + " " + Facts.label(a) + " takes part in no connection; connections join gateways, "
                    + "appliances, circuits and virtual networks.";
        }
        if (!Catalog.isConnectable(b.kind())) {
            return "A " + bName + " takes part in no connection; " + partners(a.kind());
        }
        return "A " + Catalog.inSentence(aName) + " cannot be connected to a " + bName + "; "
                + partners(a.kind());
    }

    /** "a VPN gateway connects to a VPN appliance or local network gateway (site-to-site VPN)". */
    static String partners(ElementKind kind) {
        List<String> parts = new ArrayList<>();
        for (ConnectionRule rule : Catalog.connectionRules()) {
            List<ElementKind> others = new ArrayList<>();
            if (rule.fromKinds().contains(kind)) {
                others.addAll(rule.toKinds());
            }
            if (!rule.directed() && rule.toKinds().contains(kind)) {
                others.addAll(rule.fromKinds());
            }
            if (rule.directed() && rule.toKinds().contains(kind)) {
                others.addAll(rule.fromKinds());
            }
            if (!others.isEmpty()) {
                parts.add(kinds(others) + " (" + name(rule.kind()) + ")");
            }
        }
        return "a " + Catalog.inSentence(Catalog.of(kind).displayName()) + " connects to a "
                + String.join(", or a ", parts) + ".";
    }

    /** "a site-to-site VPN joins a VPN gateway to a VPN appliance or local network gateway". */
    static String expectation(ConnectionRule rule) {
        return "a " + name(rule.kind()) + " joins a " + kinds(rule.fromKinds()) + " to a " + kinds(rule.toKinds());
    }

    private static String kinds(java.util.Collection<ElementKind> kinds) {
        return kinds.stream().distinct().sorted().map(k -> Catalog.inSentence(Catalog.of(k).displayName()))
                .collect(Collectors.joining(" or "));
    }

    private static String name(ConnectionKind kind) {
        return Catalog.inSentence(Catalog.rule(kind).displayName());
    }
}
