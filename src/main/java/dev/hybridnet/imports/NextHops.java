package dev.hybridnet.imports;

import dev.hybridnet.model.Element;
import dev.hybridnet.model.Keys;
import dev.hybridnet.model.PropValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Routes name their next hop by address in Azure and by element in a diagram: once every element is mapped, each
 * route's {@code nextHopIpAddress} becomes the id of the firewall, NVA or load balancer with that private address. An
 * address no element of the import has is left out (the appliance is not checked, not called missing) and reported.
 */
final class NextHops {

    private NextHops() {
    }

    static void resolve(Draft draft) {
        Map<String, String> byAddress = new HashMap<>();
        for (Element e : draft.elements()) {
            e.props().nonBlankText(Keys.PRIVATE_IP.name()).toOptional().ifPresent(ip -> byAddress.putIfAbsent(ip,
                    e.id()));
        }
        for (Element e : List.copyOf(draft.elements())) {
            PropValue routes = e.props().values().get(Keys.ROUTES.name());
            if (routes instanceof PropValue.ListValue list) {
                List<PropValue> resolved = new ArrayList<>();
                for (PropValue item : list.items()) {
                    resolved.add(item instanceof PropValue.ObjectValue route ? resolve(draft, e, route, byAddress)
                            : item);
                }
                Map<String, PropValue> values = new LinkedHashMap<>(e.props().values());
                values.put(Keys.ROUTES.name(), new PropValue.ListValue(resolved));
                draft.replace(e.withProps(dev.hybridnet.model.Props.of(values)));
            }
        }
    }

    private static PropValue resolve(Draft draft, Element subnet, PropValue.ObjectValue route,
            Map<String, String> byAddress) {
        if (!(route.fields().get(Keys.NEXT_HOP.name()) instanceof PropValue.Text hop)) {
            return route;
        }
        Map<String, PropValue> fields = new LinkedHashMap<>(route.fields());
        String id = byAddress.get(hop.value());
        if (id != null) {
            fields.put(Keys.NEXT_HOP.name(), PropValue.text(id));
        } else {
            fields.remove(Keys.NEXT_HOP.name());
            draft.problem(subnet.name(), "a route's next hop " + hop.value() + " is no appliance of the import; the "
                    + "route keeps its type without a next hop");
        }
        return PropValue.ObjectValue.of(fields);
    }
}
