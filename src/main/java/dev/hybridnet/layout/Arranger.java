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
 * in rows, those with connections first, on the facing side.
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
            box = new Box(e.id(), false, w, h, Math.ceil(Math.max(w, Labels.iconNameWidth(e))),
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
        double[] iconBlock = e.kind() == ElementKind.ON_PREMISES_NETWORK ? site(icons, facesRight)
                : rows(icons, facesRight);
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
        return new Box(e.id(), true, width, height, width, height);
    }

    /** Hosts in columns, and the devices with connections in one column on the facing side. */
    private double[] site(List<Box> icons, boolean facesRight) {
        List<Box> hosts = new ArrayList<>();
        List<Box> devices = new ArrayList<>();
        for (Box b : icons) {
            ElementKind kind = diagram.element(b.id).orElseThrow().kind();
            boolean device = kind == ElementKind.VPN_APPLIANCE || kind == ElementKind.EDGE_ROUTER || linked(b.id);
            (device ? devices : hosts).add(b);
        }
        int perColumn = Math.max(Spacing.HOSTS_PER_COLUMN, devices.size());
        List<List<Box>> columns = Grid.byColumns(hosts, perColumn);
        if (!devices.isEmpty()) {
            columns.add(devices);
        }
        if (!facesRight) {
            Collections.reverse(columns);
        }
        return Grid.place(columns, Spacing.ICON_GAP_X, Spacing.ICON_GAP_Y, children);
    }

    /** Icons in rows, those with connections first, starting on the facing side. */
    private double[] rows(List<Box> icons, boolean facesRight) {
        List<Box> ordered = new ArrayList<>(icons);
        ordered.sort(Comparator.comparing((Box b) -> !linked(b.id)));
        List<List<Box>> columns = Grid.byRows(ordered, Spacing.ICONS_PER_ROW);
        if (facesRight) {
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
