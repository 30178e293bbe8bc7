package dev.hybridnet.command;

import dev.hybridnet.geometry.Rect;
import dev.hybridnet.model.Connection;
import dev.hybridnet.model.ConnectionKind;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import dev.hybridnet.model.ElementKind;
import dev.hybridnet.model.Props;
import java.util.List;
import java.util.Optional;

/**
 * A small VPN design for command tests. On premises (0,0 300x300): appliance. VNet vnet (400,0 500x400) with
 * GatewaySubnet (420,40 200x120) holding vpngw, and snet-app (420,200 200x150) holding vm. At the top level: lng.
 * Connections: s2s (vpngw to lng) and rep (lng represents the appliance).
 */
public final class Tiny {

    private Tiny() {
    }

    public static Element element(String id, ElementKind kind, String name, String parent, Rect bounds) {
        return new Element(id, kind, name, Optional.ofNullable(parent), bounds, Props.empty());
    }

    public static Diagram vpn() {
        return new Diagram("tiny", Optional.empty(), List.of(
                element("onprem", ElementKind.ON_PREMISES_NETWORK, "On-premises network", null,
                        new Rect(0, 0, 300, 300)),
                element("appliance", ElementKind.VPN_APPLIANCE, "appliance", "onprem", new Rect(50, 50, 48, 48)),
                element("vnet", ElementKind.VIRTUAL_NETWORK, "vnet", null, new Rect(400, 0, 500, 400)),
                element("gw", ElementKind.SUBNET, "GatewaySubnet", "vnet", new Rect(420, 40, 200, 120)),
                element("vpngw", ElementKind.VPN_GATEWAY, "vpngw", "gw", new Rect(480, 80, 48, 48)),
                element("app", ElementKind.SUBNET, "snet-app", "vnet", new Rect(420, 200, 200, 150)),
                element("vm", ElementKind.VIRTUAL_MACHINE, "vm-1", "app", new Rect(480, 250, 48, 48)),
                element("lng", ElementKind.LOCAL_NETWORK_GATEWAY, "lng", null, new Rect(320, 450, 48, 48))),
                List.of(new Connection("s2s", ConnectionKind.SITE_TO_SITE_VPN, "vpngw", "lng", Props.empty()),
                        new Connection("rep", ConnectionKind.REPRESENTS, "lng", "appliance", Props.empty())));
    }

    public static Rect bounds(Diagram d, String id) {
        return d.element(id).orElseThrow().bounds();
    }

    public static Optional<String> parent(Diagram d, String id) {
        return d.element(id).orElseThrow().parent();
    }
}
