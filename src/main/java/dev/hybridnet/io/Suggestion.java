package dev.hybridnet.io;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** "Did you mean" for misspelt kinds and field names: the closest known word within a small edit distance. */
final class Suggestion {

    private Suggestion() {
    }

    /** Short names people use for kinds, mapped to the kind ids they mean. */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("vnet", "virtual-network"), Map.entry("vm", "virtual-machine"),
            Map.entry("lng", "local-network-gateway"), Map.entry("circuit", "expressroute-circuit"),
            Map.entry("er-circuit", "expressroute-circuit"), Map.entry("firewall", "azure-firewall"),
            Map.entry("nva", "network-virtual-appliance"), Map.entry("ilb", "load-balancer"),
            Map.entry("lb", "load-balancer"), Map.entry("onprem", "on-premises-network"),
            Map.entry("on-prem", "on-premises-network"), Map.entry("vpngw", "vpn-gateway"),
            Map.entry("ergw", "expressroute-gateway"), Map.entry("peering", "vnet-peering"),
            Map.entry("s2s", "site-to-site-vpn"), Map.entry("vpn", "site-to-site-vpn"),
            Map.entry("router", "edge-router"), Map.entry("appliance", "vpn-appliance"));

    static Optional<String> closest(String word, Collection<String> known) {
        String lower = word.toLowerCase(Locale.ROOT);
        String alias = ALIASES.get(lower);
        if (alias != null && known.contains(alias)) {
            return Optional.of(alias);
        }
        String best = null;
        int bestDistance = Math.max(2, word.length() / 3) + 1;
        for (String candidate : known) {
            int distance = distance(lower, candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Levenshtein distance; words here are short, so the quadratic table is fine. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
