package dev.hybridnet.layout;

import dev.hybridnet.render.Labels;

/**
 * The distances of the layout. Gaps between boxes are corridors that connections can be routed along, so none is
 * narrower than a route needs with its arrowhead.
 */
final class Spacing {

    /** Inside a container: left, right and bottom, and between the header and the first row. */
    static final double PAD = 20;
    /** From a container's top edge to its contents: the header, then {@link #HEADER_GAP}. */
    static final double HEADER_GAP = 12;
    static final double TOP = Labels.HEADER_HEIGHT + HEADER_GAP;
    /** Between the boxes of icons (names included) in a row, and between rows of icons. */
    static final double ICON_GAP_X = 28;
    static final double ICON_GAP_Y = 16;
    /** Between subnets in a network. */
    static final double SUBNET_GAP = 24;
    /** At most this many icons in a row inside a subnet before the row wraps. */
    static final int ICONS_PER_ROW = 4;
    /** At most this many hosts in a column of an on-premises network before the column wraps. */
    static final int HOSTS_PER_COLUMN = 3;
    /** An empty container: wide enough for its header, and tall enough to drop an icon in. */
    static final double EMPTY_WIDTH = 160;
    static final double EMPTY_HEIGHT = 72;
    /** Between the columns of the diagram: sites, links, hubs; wider where no link column sits between. */
    static final double COLUMN_GAP = 110;
    static final double DIRECT_GAP = 180;
    /** Between the hubs and the first column of spokes, and between spokes (the corridors of their peerings). */
    static final double SPOKE_COLUMN_GAP = 120;
    static final double SPOKE_GAP = 48;
    /** Between sites stacked in a column, links in a column, and hubs with their spokes. */
    static final double STACK_GAP = 48;
    static final double BAND_GAP = 96;
    /** The top-left corner of a laid-out diagram. */
    static final double ORIGIN = 40;
    /** The aspect ratio (width over height) the spokes' columns aim for, and the range they must stay in. */
    static final double TARGET_RATIO = 4.0 / 3;
    static final double MIN_RATIO = 0.8;
    static final double MAX_RATIO = 1.7;

    private Spacing() {
    }
}
