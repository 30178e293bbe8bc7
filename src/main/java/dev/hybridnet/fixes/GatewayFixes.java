package dev.hybridnet.fixes;

import dev.hybridnet.command.Command;
import dev.hybridnet.command.SetProperty;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import dev.hybridnet.model.ElementKind;
import dev.hybridnet.model.Keys;
import dev.hybridnet.model.PropValue;
import dev.hybridnet.model.PublicIpAllocation;
import dev.hybridnet.model.PublicIpSku;
import dev.hybridnet.validation.Finding;
import dev.hybridnet.validation.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Fixes that set a flag or SKU the rule names on the one element its finding is about: a Standard, static public
 * IP for a VPN gateway, active-active mode for a VPN gateway beside Route Server, IP forwarding for an NVA that
 * routes use. Each touches only that element and changes nothing else about it.
 */
final class GatewayFixes {

    private GatewayFixes() {
    }

    /** vpn-gateway-public-ip errors about the SKU or allocation: the finding names the gateway first. */
    static Optional<QuickFix> standardPublicIp(Diagram d, Finding f) {
        Optional<Element> gateway = first(d, f, ElementKind.VPN_GATEWAY);
        if (gateway.isEmpty() || f.severity() != Severity.ERROR || !f.message().contains("Standard, static")) {
            return Optional.empty();
        }
        String id = gateway.get().id();
        List<Command> steps = new ArrayList<>();
        steps.add(new SetProperty(id, Keys.PUBLIC_IP_SKU, PropValue.text(PublicIpSku.STANDARD.spelling())));
        steps.add(new SetProperty(id, Keys.PUBLIC_IP_ALLOCATION, PropValue.text(PublicIpAllocation.STATIC.spelling())));
        return Optional.of(QuickFix.of("Give " + label(gateway.get()) + " a Standard, static public IP", steps));
    }

    /** route-server-vpn-gateway errors about active-active mode: the finding names the gateway first. */
    static Optional<QuickFix> activeActive(Diagram d, Finding f) {
        Optional<Element> gateway = first(d, f, ElementKind.VPN_GATEWAY);
        if (gateway.isEmpty() || f.severity() != Severity.ERROR || !f.message().contains("active-active")) {
            return Optional.empty();
        }
        return Optional.of(QuickFix.of("Make " + label(gateway.get()) + " active-active",
                new SetProperty(gateway.get().id(), Keys.ACTIVE_ACTIVE, PropValue.bool(true))));
    }

    /** nva-ip-forwarding: the finding names the appliance first. */
    static Optional<QuickFix> ipForwarding(Diagram d, Finding f) {
        return first(d, f, ElementKind.NETWORK_VIRTUAL_APPLIANCE).map(nva -> QuickFix.of("Turn IP forwarding on for "
                + label(nva), new SetProperty(nva.id(), Keys.IP_FORWARDING, PropValue.bool(true))));
    }

    /**
     * lng-address-prefixes errors about an empty list: the local network gateway takes the address space of the
     * on-premises network whose appliance it represents, the prefixes Azure should send into the tunnel.
     */
    static Optional<QuickFix> lngPrefixes(Diagram d, Finding f) {
        Optional<Element> lng = f.elements().stream().flatMap(id -> d.element(id).stream())
                .filter(e -> e.kind() == ElementKind.LOCAL_NETWORK_GATEWAY).findFirst();
        if (lng.isEmpty() || !lng.get().props().read(Keys.ADDRESS_PREFIXES).toOptional().map(List::isEmpty)
                .orElse(lng.get().props().get(Keys.ADDRESS_PREFIXES.name()).isEmpty())) {
            return Optional.empty();
        }
        for (var c : d.connectionsOf(lng.get().id())) {
            if (c.kind() != dev.hybridnet.model.ConnectionKind.REPRESENTS || !c.from().equals(lng.get().id())) {
                continue;
            }
            Optional<Element> appliance = d.element(c.to());
            Optional<PropValue> spaces = appliance.flatMap(a -> dev.hybridnet.command.Connecting.siteSpaces(d, a));
            if (spaces.isPresent()) {
                Element site = d.parentOf(appliance.get().id()).orElseThrow();
                String shown = site.props().read(Keys.ADDRESS_SPACES).toOptional().orElseThrow().stream()
                        .map(Object::toString).collect(java.util.stream.Collectors.joining(", "));
                return Optional.of(QuickFix.of("Give " + label(lng.get()) + " the address space of " + label(site)
                        + " (" + shown + ")", new SetProperty(lng.get().id(), Keys.ADDRESS_PREFIXES, spaces.get())));
            }
        }
        return Optional.empty();
    }

    /** The name people see, as in the findings' messages. */
    private static String label(Element e) {
        return e.name().isBlank() ? e.id() : e.name();
    }

    private static Optional<Element> first(Diagram d, Finding f, ElementKind kind) {
        return f.elements().isEmpty() ? Optional.empty()
                : d.element(f.elements().get(0)).filter(e -> e.kind() == kind);
    }
}
