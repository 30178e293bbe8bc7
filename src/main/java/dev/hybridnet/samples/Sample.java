package dev.hybridnet.samples;

import dev.hybridnet.model.Reference;

/** The bundled samples, one per reference architecture, with the one-line description the gallery shows. */
public enum Sample {
    VPN(Reference.VPN, "vpn.hybridnet.json",
            "An on-premises network joined to one Azure virtual network by a site-to-site IPsec VPN."),
    EXPRESSROUTE(Reference.EXPRESSROUTE, "expressroute.hybridnet.json",
            "A private ExpressRoute circuit with redundant edge routers linking on-premises to a virtual network."),
    EXPRESSROUTE_VPN_FAILOVER(Reference.EXPRESSROUTE_VPN_FAILOVER, "expressroute-vpn-failover.hybridnet.json",
            "ExpressRoute as the primary path, with a site-to-site VPN taking over when the circuit fails."),
    HUB_SPOKE(Reference.HUB_SPOKE, "hub-spoke.hybridnet.json",
            "A hub virtual network with the gateway, firewall and bastion, peered with two workload spokes.");

    private final Reference reference;
    private final String fileName;
    private final String description;

    Sample(Reference reference, String fileName, String description) {
        this.reference = reference;
        this.fileName = fileName;
        this.description = description;
    }

    public Reference reference() {
        return reference;
    }

    /** The file name the sample is bundled and written under. */
    public String fileName() {
        return fileName;
    }

    public String title() {
        return reference.title();
    }

    public String description() {
        return description;
    }

    /** The name used on the command line: the reference id, e.g. {@code hub-spoke}. */
    public String id() {
        return reference.id();
    }
}
