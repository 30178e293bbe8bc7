package dev.hybridnet.model;

/** Next hop type of a user-defined route. */
public enum NextHopType implements Spelled {
    VIRTUAL_APPLIANCE("VirtualAppliance"),
    VIRTUAL_NETWORK_GATEWAY("VirtualNetworkGateway"),
    VNET_LOCAL("VnetLocal"),
    INTERNET("Internet"),
    NONE("None");

    private final String spelling;

    NextHopType(String spelling) {
        this.spelling = spelling;
    }

    @Override
    public String spelling() {
        return spelling;
    }
}
