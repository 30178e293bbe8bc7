package dev.hybridnet.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Cycle detection over parent links, shared by the diagram's invariant check and the file loader's messages. */
public final class Containment {

    private Containment() {
    }

    /**
     * The first containment cycle found, as the ids along it with the first id repeated at the end
     * ({@code a -> b -> a}); empty when containment forms a tree. Runs in linear time. Parents that do not exist
     * are ignored here.
     */
    public static Optional<List<String>> findCycle(List<Element> elements, Map<String, Element> byId) {
        Map<String, Integer> state = new HashMap<>(elements.size() * 2);
        final int onPath = 1;
        final int done = 2;
        for (Element start : elements) {
            List<String> path = new ArrayList<>();
            Element current = start;
            while (current != null && !state.containsKey(current.id())) {
                state.put(current.id(), onPath);
                path.add(current.id());
                current = current.parent().map(byId::get).orElse(null);
            }
            if (current != null && state.get(current.id()) == onPath) {
                List<String> cycle = new ArrayList<>(path.subList(path.indexOf(current.id()), path.size()));
                cycle.add(current.id());
                return Optional.of(Collections.unmodifiableList(cycle));
            }
            for (String id : path) {
                state.put(id, done);
            }
        }
        return Optional.empty();
    }
}
