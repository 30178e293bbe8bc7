package dev.hybridnet.render;

/**
 * The colours of the Architecture Center cards, which every export uses whatever the user interface theme: the
 * exported picture must look the same on every machine.
 */
public final class Palette {

    public static final Color ON_PREMISES_FILL = Color.rgb(0xEBEBEB);
    public static final Color ON_PREMISES_BORDER = Color.rgb(0x4C4C4C);
    public static final Color VNET_FILL = Color.rgb(0xE4FAFF);
    public static final Color VNET_BORDER = Color.rgb(0x3A99C6);
    public static final Color SUBNET_FILL = Color.rgb(0xF5FDFF);
    public static final Color SUBNET_BORDER = Color.rgb(0x7FC1E0);
    public static final Color GATEWAY_SUBNET_FILL = Color.rgb(0xEEF1FB);
    public static final Color CONNECTION = Color.rgb(0x77A7D3);
    public static final Color VPN_LABEL = Color.rgb(0x0090C6);
    public static final Color PEERING = Color.rgb(0x33CC66);
    public static final Color FAILOVER = Color.rgb(0x616161);
    public static final Color NAVY = Color.rgb(0x2A3282);
    public static final Color AZURE_BLUE = Color.rgb(0x0078D7);
    public static final Color TEXT = Color.rgb(0x1F1F1F);
    public static final Color MUTED_TEXT = Color.rgb(0x5A5A5A);
    public static final Color ERROR = Color.rgb(0xD13438);
    public static final Color WARNING = Color.rgb(0xF7A600);
    public static final Color SELECTION = Color.rgb(0x0F6CBD);
    /** Notes and the editor's handles: the one Azure blue (it was 0x0078D4 in places, 0x0078D7 in others). */
    public static final Color ACCENT = AZURE_BLUE;
    public static final Color LEGAL = Color.rgb(0x107C10);
    public static final Color ILLEGAL = Color.rgb(0xD13438);
    /** The smart guides of a move: a magenta that no card uses. */
    public static final Color GUIDE = Color.rgb(0xE3008C);

    private Palette() {
    }
}
