package dev.hybridnet.validation;

import dev.hybridnet.model.Connection;
import dev.hybridnet.model.ConnectionKind;
import dev.hybridnet.model.Element;
import java.util.Optional;
import dev.hybridnet.model.ElementKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The groups of networks (on-premises networks and VNets) that can reach one another: joined by a site-to-site
 * VPN, ExpressRoute or a peering, directly or in a chain (so spokes that reach on-premises through the hub's
 * gateway are in the hub's group). Union-find over the connections: near-linear.
 */
final class NetworkGroups {

    private final Map<String, String> parent = new HashMap<>();

    NetworkGroups(Facts f) {
        for (Element vnet : f.elements(ElementKind.VIRTUAL_NETWORK)) {
            for (Element site : f.sitesOf(vnet)) {
                union(vnet.id(), site.id());
            }
        }
        for (PeeringLink link : f.peerings()) {
            union(link.from().id(), link.to().id());
        }
        for (Connection c : f.connections(ConnectionKind.VNET_TO_VNET)) {
            List<Element> ends = BgpRules.gatewaysOf(f, c);
            if (ends.size() == 2) {
                Optional<Element> a = f.vnetOf(ends.get(0));
                Optional<Element> b = f.vnetOf(ends.get(1));
                if (a.isPresent() && b.isPresent()) {
                    union(a.get().id(), b.get().id());
                }
            }
        }
    }

    private String find(String id) {
        String root = id;
        while (parent.containsKey(root) && !parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        String step = id;
        while (!step.equals(root)) {
            String next = parent.get(step);
            parent.put(step, root);
            step = next;
        }
        return root;
    }

    private void union(String a, String b) {
        String ra = find(a);
        String rb = find(b);
        if (!ra.equals(rb)) {
            parent.put(ra, rb);
            parent.putIfAbsent(rb, rb);
        }
    }

    /** The networks grouped, each group in document order; networks connected to nothing form their own group. */
    List<List<Element>> groups(List<Element> networks) {
        Map<String, List<Element>> byRoot = new LinkedHashMap<>();
        for (Element network : networks) {
            byRoot.computeIfAbsent(find(network.id()), k -> new ArrayList<>()).add(network);
        }
        return new ArrayList<>(byRoot.values());
    }
}
