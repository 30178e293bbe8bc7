package dev.hybridnet.layout;

import dev.hybridnet.catalog.Catalog;
import dev.hybridnet.geometry.Rect;
import dev.hybridnet.model.Connection;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import dev.hybridnet.render.Labels;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.math.KVector;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.core.options.SizeConstraint;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * The alternative that decision 0016 measured: Eclipse ELK's layered algorithm over the whole containment tree
 * (hierarchy handled across levels, edges routed orthogonally, left to right), with the same boxes as our layout
 * (icons with their names, containers with room for their header and the same padding). Only in the benchmarks.
 */
public final class ElkLayout {

    static {
        LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
    }

    private ElkLayout() {
    }

    /** The diagram laid out by ELK layered. */
    public static Diagram layOut(Diagram d) {
        ElkNode graph = ElkGraphUtil.createGraph();
        graph.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        graph.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        graph.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.INCLUDE_CHILDREN);
        graph.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        graph.setProperty(CoreOptions.SPACING_NODE_NODE, Spacing.SPOKE_GAP);
        graph.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, Spacing.COLUMN_GAP);
        graph.setProperty(CoreOptions.ASPECT_RATIO, Spacing.TARGET_RATIO);
        Map<String, ElkNode> nodes = new HashMap<>(d.elements().size() * 2);
        for (Element root : d.roots()) {
            node(d, root, graph, nodes);
        }
        for (Connection c : d.connections()) {
            ElkEdge edge = ElkGraphUtil.createSimpleEdge(nodes.get(c.from()), nodes.get(c.to()));
            ElkGraphUtil.updateContainment(edge);
        }
        new RecursiveGraphLayoutEngine().layout(graph, new BasicProgressMonitor());
        Map<String, Rect> bounds = new HashMap<>(d.elements().size() * 2);
        for (Element root : d.roots()) {
            read(d, root, nodes, 0, 0, bounds);
        }
        return Frames.with(d, bounds);
    }

    private static void node(Diagram d, Element e, ElkNode parent, Map<String, ElkNode> nodes) {
        ElkNode n = ElkGraphUtil.createNode(parent);
        nodes.put(e.id(), n);
        boolean container = Catalog.of(e.kind()).container() || !d.childrenOf(e.id()).isEmpty();
        if (container) {
            n.setProperty(CoreOptions.PADDING, new ElkPadding(Spacing.TOP, Spacing.PAD, Spacing.PAD, Spacing.PAD));
            n.setProperty(CoreOptions.NODE_SIZE_CONSTRAINTS, EnumSet.of(SizeConstraint.MINIMUM_SIZE));
            n.setProperty(CoreOptions.NODE_SIZE_MINIMUM, new KVector(Math.max(Labels.headerWidth(e),
                    Spacing.EMPTY_WIDTH), Spacing.TOP + Spacing.EMPTY_HEIGHT));
            n.setProperty(CoreOptions.SPACING_NODE_NODE, Spacing.SUBNET_GAP);
            for (Element child : d.childrenOf(e.id())) {
                node(d, child, n, nodes);
            }
        } else {
            n.setDimensions(Math.ceil(Math.max(e.bounds().width(), Labels.iconNameWidth(e))),
                    e.bounds().height() + Labels.NAME_HEIGHT);
        }
    }

    private static void read(Diagram d, Element e, Map<String, ElkNode> nodes, double ox, double oy,
            Map<String, Rect> into) {
        ElkNode n = nodes.get(e.id());
        double x = Math.floor(ox + n.getX() + Spacing.ORIGIN);
        double y = Math.floor(oy + n.getY() + Spacing.ORIGIN);
        if (Catalog.of(e.kind()).container() || !d.childrenOf(e.id()).isEmpty()) {
            into.put(e.id(), new Rect(x, y, Math.max(1, Math.ceil(n.getWidth())), Math.max(1, Math.ceil(n.getHeight()))));
            for (Element child : d.childrenOf(e.id())) {
                read(d, child, nodes, ox + n.getX(), oy + n.getY(), into);
            }
        } else {
            double w = e.bounds().width();
            into.put(e.id(), new Rect(Math.floor(x + (n.getWidth() - w) / 2), y, w, e.bounds().height()));
        }
    }
}
