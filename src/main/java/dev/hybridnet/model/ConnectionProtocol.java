package dev.hybridnet.model;

/** IKE version of a site-to-site connection. */
public enum ConnectionProtocol implements Spelled {
    IKEV2("IKEv2"),
    IKEV1("IKEv1");

    private final String spelling;

    ConnectionProtocol(String spelling) {
        this.spelling = spelling;
    }

    @Override
    public String spelling() {
        return spelling;
    }
}
