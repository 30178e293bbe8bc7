package dev.hybridnet.layout;

import dev.hybridnet.catalog.Catalog;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import dev.hybridnet.model.ElementKind;
import dev.hybridnet.render.Labels;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sizes and arranges one element and everything inside it, bottom up: an icon takes its size and its name; a
 * container takes its contents in the grammar of the reference diagrams, with even padding and room for its header.
 * In an on-premises network the hosts stand in columns and the devices that link it to Azure in a column on the side
 * that faces Azure; in a virtual network the subnets form a compact grid whose column on the side facing on-premises
 * holds GatewaySubnet, RouteServerSubnet, AzureFirewallSubnet and AzureBastionSubnet; in a subnet the resources stand
 * in rows, and those with connections (two gateways, say) in a column on the facing side.
 */
final class Arranger {

    /** The subnets of the edge of a network, in the order they stand from the top. */
    private static final List<String> EDGE_SUBNETS = List.of("GatewaySubnet", "RouteServerSubnet",
            "AzureFirewallSubnet", "AzureFirewallManagementSubnet", "AzureBastionSubnet");

    private final Diagram diagram;
    final Map<String, Box> boxes;
    final Map<String, List<Box>> children = new HashMap<>();

    Arranger(Diagram diagram) {
        this.diagram = diagram;
        this.boxes = new HashMap<>(diagram.elements().size() * 2);
    }

    /** True for a container kind, or any element that holds others (which the layout then treats as one). */
    boolean isContainer(Element e) {
        return Catalog.of(e.kind()).container() || !diagram.childrenOf(e.id()).isEmpty();
    }

    /**
     * The box of {@code e} with its contents arranged inside it; {@code facesRight} when the side facing the other
     * end of the picture (Azure for a site, on-premises for a network) is the right one.
     */
    Box arrange(Element e, boolean facesRight) {
        Box box;
        if (!isContainer(e)) {
            double w = e.bounds().width();
            double h = e.bounds().height();
            box = Box.icon(e.id(), w, h, Math.ceil(Math.max(w, Labels.iconNameWidth(e))),
                    Math.ceil(h + Labels.NAME_HEIGHT));
        } else {
            List<Box> icons = new ArrayList<>();
            List<Box> nested = new ArrayList<>();
            for (Element child : diagram.childrenOf(e.id())) {
                Box b = arrange(child, facesRight);
                (b.container ? nested : icons).add(b);
            }
            box = container(e, icons, nested, facesRight);
        }
        boxes.put(e.id(), box);
        return box;
    }

    private Box container(Element e, List<Box> icons, List<Box> nested, boolean facesRight) {
        List<Box> all = new ArrayList<>(icons);
        all.addAll(nested);
        children.put(e.id(), all);
        double[] iconBlock = icons(e, icons, facesRight);
        double[] nestedBlock = subnets(nested, facesRight);
        double between = iconBlock[1] > 0 && nestedBlock[1] > 0 ? Spacing.SUBNET_GAP : 0;
        double contentWidth = Math.max(iconBlock[0], nestedBlock[0]);
        double contentHeight = iconBlock[1] + between + nestedBlock[1];
        double width = Math.ceil(Math.max(contentWidth + 2 * Spacing.PAD, Labels.headerWidth(e)));
        double height = Math.ceil(Spacing.TOP + contentHeight + Spacing.PAD);
        if (all.isEmpty()) {
            width = Math.max(width, Spacing.EMPTY_WIDTH);
            height = Spacing.TOP + Spacing.EMPTY_HEIGHT;
        }
        Grid.shift(icons, (width - iconBlock[0]) / 2, Spacing.TOP);
        Grid.shift(nested, (width - nestedBlock[0]) / 2, Spacing.TOP + iconBlock[1] + between);
        return Box.container(e.id(), width, height);
    }

    /**
     * The icons of a container. The devices (those with connections, and in a site its VPN appliances and edge
     * routers) stand in one column on the facing side, level with the links they join, and the others beside them:
     * in a site in columns of hosts, elsewhere in rows. A single device in a network just leads the first row.
     */
    private double[] icons(Element e, List<Box> icons, boolean facesRight) {
        boolean site = e.kind() == ElementKind.ON_PREMISES_NETWORK;
        List<Box> hosts = new ArrayList<>();
        List<Box> devices = new ArrayList<>();
        for (Box b : icons) {
            ElementKind kind = diagram.element(b.id).orElseThrow().kind();
            boolean device = linked(b.id) || site && (kind == ElementKind.VPN_APPLIANCE
                    || kind == ElementKind.EDGE_ROUTER);
            (device ? devices : hosts).add(b);
        }
        List<List<Box>> columns;
        boolean devicesFirst;
        if (site || devices.size() > 1) {
            columns = site ? Grid.byColumns(hosts, Math.max(Spacing.HOSTS_PER_COLUMN, devices.size()))
                    : Grid.byRows(hosts, Spacing.ICONS_PER_ROW);
            if (!devices.isEmpty()) {
                columns.add(devices);
            }
            devicesFirst = false;
        } else {
            devices.addAll(hosts);
            columns = Grid.byRows(devices, Spacing.ICONS_PER_ROW);
            devicesFirst = true;
        }
        if (facesRight == devicesFirst) {
            Collections.reverse(columns);
        }
        return Grid.place(columns, Spacing.ICON_GAP_X, Spacing.ICON_GAP_Y, children);
    }

    /** The edge subnets in a column on the facing side, the others in a compact grid beside it. */
    private double[] subnets(List<Box> nested, boolean facesRight) {
        List<Box> edge = new ArrayList<>();
        List<Box> others = new ArrayList<>();
        for (Box b : nested) {
            (edgeRank(b) >= 0 ? edge : others).add(b);
        }
        edge.sort(Comparator.comparingInt(this::edgeRank));
        int n = others.size();
        int rows = Math.max(edge.size(), n <= 3 ? n : (int) Math.ceil(Math.sqrt(n)));
        List<List<Box>> columns = new ArrayList<>();
        if (!edge.isEmpty()) {
            columns.add(edge);
        }
        if (n > 0) {
            columns.addAll(Grid.byColumns(others, rows));
        }
        if (facesRight) {
            Collections.reverse(columns);
        }
        return Grid.place(columns, Spacing.SUBNET_GAP, Spacing.SUBNET_GAP, children);
    }

    private int edgeRank(Box b) {
        Element e = diagram.element(b.id).orElseThrow();
        return e.kind() == ElementKind.SUBNET ? EDGE_SUBNETS.indexOf(e.name()) : -1;
    }

    private boolean linked(String id) {
        return !diagram.connectionsOf(id).isEmpty();
    }
}
