package dev.hybridnet.command;

import dev.hybridnet.model.ConnectionKind;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import dev.hybridnet.model.ElementKind;
import dev.hybridnet.model.Keys;
import dev.hybridnet.model.PropValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The command that draws a new connection, with what the connection implies for its ends. A local network gateway
 * is Azure's record of the on-premises VPN appliance it represents: when it is joined to one and does not say yet
 * which prefixes lie behind the appliance or which address it has, it takes the address space of the appliance's
 * on-premises network and the appliance's public IP. Values the user already gave are never replaced, and undo
 * takes the connection and these values back in one step.
 */
public final class Connecting {

    private Connecting() {
    }

    public static Command of(Diagram d, ConnectionKind kind, String from, String to) {
        AddConnection add = AddConnection.of(d, kind, from, to);
        if (kind != ConnectionKind.REPRESENTS) {
            return add;
        }
        List<Command> implied = representing(d, from, to);
        if (implied.isEmpty()) {
            return add;
        }
        List<Command> steps = new ArrayList<>();
        steps.add(add);
        steps.addAll(implied);
        return new Composite(add.label(d), steps);
    }

    /** What a local network gateway {@code lngId} takes over from the appliance {@code applianceId} it represents. */
    public static List<Command> representing(Diagram d, String lngId, String applianceId) {
        Optional<Element> lng = d.element(lngId).filter(e -> e.kind() == ElementKind.LOCAL_NETWORK_GATEWAY);
        Optional<Element> appliance = d.element(applianceId).filter(e -> e.kind() == ElementKind.VPN_APPLIANCE);
        if (lng.isEmpty() || appliance.isEmpty()) {
            return List.of();
        }
        List<Command> steps = new ArrayList<>();
        boolean noPrefixes = lng.get().props().read(Keys.ADDRESS_PREFIXES).toOptional().map(List::isEmpty)
                .orElse(lng.get().props().get(Keys.ADDRESS_PREFIXES.name()).isEmpty());
        Optional<PropValue> spaces = siteSpaces(d, appliance.get());
        if (noPrefixes && spaces.isPresent()) {
            steps.add(new SetProperty(lngId, Keys.ADDRESS_PREFIXES, spaces.get()));
        }
        boolean noGatewayIp = lng.get().props().get(Keys.GATEWAY_IP.name()).isEmpty();
        Optional<PropValue> publicIp = appliance.get().props().get(Keys.PUBLIC_IP.name())
                .filter(v -> appliance.get().props().read(Keys.PUBLIC_IP).toOptional().isPresent());
        if (noGatewayIp && publicIp.isPresent()) {
            steps.add(new SetProperty(lngId, Keys.GATEWAY_IP, publicIp.get()));
        }
        return steps;
    }

    /** The address spaces of the on-premises network that holds {@code appliance}, when it gives valid ones. */
    public static Optional<PropValue> siteSpaces(Diagram d, Element appliance) {
        return d.parentOf(appliance.id()).filter(p -> p.kind() == ElementKind.ON_PREMISES_NETWORK)
                .filter(p -> p.props().read(Keys.ADDRESS_SPACES).toOptional().filter(l -> !l.isEmpty()).isPresent())
                .flatMap(p -> p.props().get(Keys.ADDRESS_SPACES.name()));
    }
}
