package dev.hybridnet.layout;

import dev.hybridnet.catalog.Catalog;
import dev.hybridnet.model.Connection;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import dev.hybridnet.model.ElementKind;
import dev.hybridnet.model.Keys;
import dev.hybridnet.model.NetworkRole;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where each element at the root of a diagram stands in the picture's grammar, read from the kinds and from the
 * connections between the roots (a connection counts for the roots around its two ends): the on-premises sites
 * (networks, and virtual networks named as on-premises or branch stand-ins), the links that join them to Azure (local network
 * gateways, circuits), the hubs (declared, or joined to a site or a link, or else the most connected network), and
 * the other networks, each with the hub it is nearest to through connections.
 */
final class Ranks {

    private static final Pattern ON_PREMISES_NAME = Pattern.compile("(?i)on-?prem|branch");

    final List<Element> sites = new ArrayList<>();
    final List<Element> links = new ArrayList<>();
    /** Each hub with the networks of its band (spokes), in order of distance, then of the document. */
    final Map<Element, List<Element>> bands = new LinkedHashMap<>();
    private final Map<String, String> rootOf;
    private final Map<String, Set<String>> neighbours = new HashMap<>();

    Ranks(Diagram d) {
        rootOf = roots(d);
        for (Connection c : d.connections()) {
            String a = rootOf.get(c.from());
            String b = rootOf.get(c.to());
            if (!a.equals(b)) {
                neighbours.computeIfAbsent(a, k -> new LinkedHashSet<>()).add(b);
                neighbours.computeIfAbsent(b, k -> new LinkedHashSet<>()).add(a);
            }
        }
        List<Element> networks = new ArrayList<>();
        for (Element root : d.roots()) {
            if (isSite(root)) {
                sites.add(root);
            } else if (!Catalog.of(root.kind()).container() && d.childrenOf(root.id()).isEmpty()) {
                links.add(root);
            } else {
                networks.add(root);
            }
        }
        findBands(d, networks);
    }

    /** The id of the root element around each element. */
    String rootOf(String id) {
        return rootOf.get(id);
    }

    /** True for an on-premises site: its side facing Azure is the right one. */
    static boolean isSite(Element root) {
        return root.kind() == ElementKind.ON_PREMISES_NETWORK || root.kind() == ElementKind.VIRTUAL_NETWORK
                && (ON_PREMISES_NAME.matcher(root.name()).find() || ON_PREMISES_NAME.matcher(root.id()).find());
    }

    private void findBands(Diagram d, List<Element> networks) {
        Set<String> edge = new LinkedHashSet<>();
        sites.forEach(e -> edge.add(e.id()));
        links.forEach(e -> edge.add(e.id()));
        List<Element> hubs = new ArrayList<>();
        for (Element n : networks) {
            boolean declared = n.props().read(Keys.ROLE).toOptional().filter(r -> r == NetworkRole.HUB).isPresent();
            if (declared || neighbours.getOrDefault(n.id(), Set.of()).stream().anyMatch(edge::contains)) {
                hubs.add(n);
            }
        }
        if (hubs.isEmpty() && !networks.isEmpty()) {
            Element best = networks.get(0);
            for (Element n : networks) {
                if (degree(n) > degree(best)) {
                    best = n;
                }
            }
            hubs.add(best);
        }
        Map<String, Element> band = new HashMap<>();
        ArrayDeque<String> queue = new ArrayDeque<>();
        for (Element hub : hubs) {
            bands.put(hub, new ArrayList<>());
            band.put(hub.id(), hub);
            queue.add(hub.id());
        }
        Set<String> isNetwork = new LinkedHashSet<>();
        networks.forEach(n -> isNetwork.add(n.id()));
        while (!queue.isEmpty()) {
            String id = queue.poll();
            for (String next : neighbours.getOrDefault(id, Set.of())) {
                if (isNetwork.contains(next) && !band.containsKey(next)) {
                    Element hub = band.get(id);
                    band.put(next, hub);
                    bands.get(hub).add(d.element(next).orElseThrow());
                    queue.add(next);
                }
            }
        }
        for (Element n : networks) {
            if (!band.containsKey(n.id())) {
                bands.get(hubs.get(0)).add(n);
            }
        }
    }

    private int degree(Element e) {
        return neighbours.getOrDefault(e.id(), Set.of()).size();
    }

    private static Map<String, String> roots(Diagram d) {
        Map<String, String> rootOf = new HashMap<>(d.elements().size() * 2);
        for (Element root : d.roots()) {
            rootOf.put(root.id(), root.id());
            for (Element inside : d.descendantsOf(root.id())) {
                rootOf.put(inside.id(), root.id());
            }
        }
        return rootOf;
    }
}
