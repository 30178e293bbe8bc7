package dev.hybridnet.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hybridnet.model.ConnectionKind;
import dev.hybridnet.model.ElementKind;
import dev.hybridnet.model.Keys;
import dev.hybridnet.model.PropertyKey;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The catalog's property specs and the key constants of {@link Keys} name the same properties, each once. */
class PropertyKeysTest {

    /** Every public key constant of {@link Keys}, by field name. */
    private static Map<PropertyKey<?>, String> constants() {
        Map<PropertyKey<?>, String> keys = new IdentityHashMap<>();
        for (Field field : Keys.class.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (field.getType() == PropertyKey.class && Modifier.isPublic(modifiers) && Modifier.isStatic(modifiers)) {
                try {
                    keys.put((PropertyKey<?>) field.get(null), field.getName());
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }
        return keys;
    }

    /** The specs of every element kind and connection kind, and of the flags inside a peering direction. */
    private static List<PropertySpec> allSpecs() {
        List<PropertySpec> specs = new ArrayList<>();
        Arrays.stream(ElementKind.values()).forEach(k -> specs.addAll(Properties.of(k)));
        Arrays.stream(ConnectionKind.values()).forEach(k -> specs.addAll(Properties.of(k)));
        Arrays.stream(PeeringFlag.values()).forEach(f -> specs.add(f.spec()));
        specs.addAll(Properties.ipsecPolicy());
        return specs;
    }

    @Test
    void everySpecIsBuiltFromAKeyConstant() {
        Map<PropertyKey<?>, String> constants = constants();
        for (PropertySpec spec : allSpecs()) {
            assertTrue(constants.containsKey(spec.key()), spec.name() + " is not one of the constants of Keys");
        }
    }

    @Test
    void everyKeyConstantIsUsedBySomeSpecButTheFieldsOfARoute() {
        Set<PropertyKey<?>> unused = Collections.newSetFromMap(new IdentityHashMap<>());
        unused.addAll(constants().keySet());
        allSpecs().forEach(spec -> unused.remove(spec.key()));
        // A route's next hop is read inside the routes property, which the inspector edits as one line of text.
        assertEquals(Set.of("NEXT_HOP_TYPE", "NEXT_HOP"),
                unused.stream().map(constants()::get).collect(Collectors.toSet()));
    }

    @Test
    void onlyTheSkuIsANameOfTwoKeysAndNoKindHasItTwice() {
        Map<String, List<String>> byName = constants().entrySet().stream().collect(Collectors.groupingBy(
                e -> e.getKey().name(), Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        byName.values().removeIf(fields -> fields.size() == 1);
        assertEquals(Set.of("sku"), byName.keySet(), byName.toString());
        for (ElementKind kind : ElementKind.values()) {
            List<String> names = Properties.of(kind).stream().map(PropertySpec::name).toList();
            assertEquals(Set.copyOf(names).size(), names.size(), kind + " " + names);
        }
        for (ConnectionKind kind : ConnectionKind.values()) {
            List<String> names = Properties.of(kind).stream().map(PropertySpec::name).toList();
            assertEquals(Set.copyOf(names).size(), names.size(), kind + " " + names);
        }
    }
}
