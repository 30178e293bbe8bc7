package dev.hybridnet.catalog;

import dev.hybridnet.model.ConnectionKind;
import dev.hybridnet.model.ElementKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The catalog of component kinds, subnet presets and legal connections. The tables themselves are written in
 * {@link CatalogData}; this class answers questions over them.
 */
public final class Catalog {

    private static final Map<ElementKind, ComponentType> TYPES = index(CatalogData.componentTypes());
    private static final List<SubnetPreset> PRESETS = CatalogData.subnetPresets();
    private static final List<ConnectionRule> RULES = CatalogData.connectionRules();
    private static final java.util.Map<ConnectionKind, ConnectionRule> RULE_OF = ruleOf();

    private Catalog() {
    }

    private static Map<ElementKind, ComponentType> index(List<ComponentType> types) {
        Map<ElementKind, ComponentType> map = new EnumMap<>(ElementKind.class);
        for (ComponentType type : types) {
            if (map.put(type.kind(), type) != null) {
                throw new IllegalStateException("two catalog entries for " + type.kind());
            }
        }
        for (ElementKind kind : ElementKind.values()) {
            if (!map.containsKey(kind)) {
                throw new IllegalStateException("no catalog entry for " + kind);
            }
        }
        return map;
    }

    public static ComponentType of(ElementKind kind) {
        return TYPES.get(kind);
    }

    /** Every component type, in palette order (by group, then as listed). */
    public static List<ComponentType> componentTypes() {
        List<ComponentType> result = new ArrayList<>(TYPES.values());
        result.sort((a, b) -> a.group().compareTo(b.group()));
        return List.copyOf(result);
    }

    public static List<SubnetPreset> subnetPresets() {
        return PRESETS;
    }

    /** The preset whose reserved subnet name is exactly {@code subnetName}. */
    public static Optional<SubnetPreset> presetNamed(String subnetName) {
        return PRESETS.stream().filter(p -> p.subnetName().equals(subnetName)).findFirst();
    }

    public static List<ConnectionRule> connectionRules() {
        return RULES;
    }

    private static java.util.Map<ConnectionKind, ConnectionRule> ruleOf() {
        java.util.Map<ConnectionKind, ConnectionRule> map = new java.util.EnumMap<>(ConnectionKind.class);
        for (ConnectionRule r : RULES) {
            map.putIfAbsent(r.kind(), r);
        }
        return map;
    }

    public static ConnectionRule rule(ConnectionKind kind) {
        ConnectionRule rule = RULE_OF.get(kind);
        if (rule == null) {
            throw new java.util.NoSuchElementException("no connection rule for " + kind);
        }
        return rule;
    }

    /** The connection kinds that may be drawn from an element of {@code from} to one of {@code to}. */
    public static List<ConnectionKind> legalConnections(ElementKind from, ElementKind to) {
        return RULES.stream().filter(r -> r.allows(from, to)).map(ConnectionRule::kind).toList();
    }

    public static boolean isLegal(ConnectionKind kind, ElementKind from, ElementKind to) {
        return rule(kind).allows(from, to);
    }

    /** True when elements of this kind can take part in any connection at all. */
    public static boolean isConnectable(ElementKind kind) {
        return RULES.stream().anyMatch(r -> r.involves(kind));
    }

    /**
     * A display name as it reads inside a sentence: "virtual network", but "VPN gateway", "ExpressRoute circuit"
     * and product names such as "Bastion" keep their capitals.
     */
    public static String inSentence(String displayName) {
        String first = displayName.split("[ -]", 2)[0];
        boolean acronymOrBrand = first.chars().skip(1).anyMatch(Character::isUpperCase);
        boolean product = displayName.startsWith("Azure ") || displayName.equals("Bastion")
                || displayName.equals("Route Server");
        return acronymOrBrand || product ? displayName
                : Character.toLowerCase(displayName.charAt(0)) + displayName.substring(1);
    }

    /** Kinds that are containers, for callers that only need the set. */
    public static Set<ElementKind> containerKinds() {
        return Set.copyOf(Arrays.stream(ElementKind.values()).filter(k -> of(k).container()).toList());
    }
}
