package dev.hybridnet.layout;

import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The whole picture, left to right: the on-premises sites, the links that join them to Azure, the hubs (or the single
 * network), and the spokes of each hub in columns that wrap, so that the picture keeps an aspect ratio between
 * {@link Spacing#MIN_RATIO} and {@link Spacing#MAX_RATIO} whatever their number. Each hub heads a band with its
 * spokes, bands stacked top to bottom. Links stand level with the gateways they join, and sites are moved so that
 * their devices stand level with their links, so that most connections run straight.
 */
final class Grammar {

    private final Diagram diagram;
    private final Arranger arranger;
    private final Ranks ranks;
    private final Frames frames;

    Grammar(Diagram diagram) {
        this.diagram = diagram;
        this.arranger = new Arranger(diagram);
        this.ranks = new Ranks(diagram);
        this.frames = new Frames(diagram, arranger);
    }

    /** Every element placed and every container sized. */
    Diagram layOut() {
        for (Element root : diagram.roots()) {
            arranger.arrange(root, Ranks.isSite(root));
        }
        List<Box> sites = boxes(ranks.sites);
        List<Box> links = boxes(ranks.links);
        List<Box> hubs = boxes(new ArrayList<>(ranks.bands.keySet()));
        double x = Spacing.ORIGIN;
        double sitesX = x;
        x += sites.isEmpty() ? 0 : widest(sites) + (links.isEmpty() ? Spacing.DIRECT_GAP : Spacing.COLUMN_GAP);
        double linksX = x;
        x += links.isEmpty() ? 0 : widest(links) + Spacing.COLUMN_GAP;
        double hubsX = x;
        double spokesX = x + widest(hubs) + Spacing.SPOKE_COLUMN_GAP;
        new Bands(arranger, ranks.bands).place(hubsX, widest(hubs), spokesX,
                Math.max(stackHeight(sites), stackHeight(links)));
        Levels levels = new Levels(diagram, ranks, frames);
        // Links level with the networks, sites level with those, the links that only join sites level with them;
        // what joins nothing placed stacks below.
        levels.stack(links, linksX, widest(links));
        levels.stack(sites, sitesX, widest(sites));
        levels.stack(links, linksX, widest(links));
        levels.stackLeftovers(sites, sitesX, widest(sites));
        levels.stackLeftovers(links, linksX, widest(links));
        return frames.apply(diagram.roots());
    }

    private List<Box> boxes(List<Element> elements) {
        List<Box> result = new ArrayList<>(elements.size());
        for (Element e : elements) {
            result.add(arranger.boxes.get(e.id()));
        }
        return result;
    }

    static double widest(List<Box> boxes) {
        double w = 0;
        for (Box b : boxes) {
            w = Math.max(w, b.width);
        }
        return w;
    }

    static double stackHeight(List<Box> boxes) {
        double h = 0;
        for (Box b : boxes) {
            h += b.height + Spacing.STACK_GAP;
        }
        return Math.max(0, h - Spacing.STACK_GAP);
    }

    /** The hubs (one per band), each with its spokes in a grid of columns to the right. */
    private static final class Bands {

        /** Up to this many spokes a hub has them in one column. */
        private static final int ONE_COLUMN = 5;

        private final Arranger arranger;
        private final Map<Element, List<Element>> bands;

        Bands(Arranger arranger, Map<Element, List<Element>> bands) {
            this.arranger = arranger;
            this.bands = bands;
        }

        void place(double hubsX, double hubsWidth, double spokesX, double sideHeight) {
            double cellW = 0;
            double cellH = 0;
            int most = 0;
            for (List<Element> spokes : bands.values()) {
                most = Math.max(most, spokes.size());
                for (Element s : spokes) {
                    cellW = Math.max(cellW, arranger.boxes.get(s.id()).width);
                    cellH = Math.max(cellH, arranger.boxes.get(s.id()).height);
                }
            }
            // A few spokes stand in one column, as in the cards: every peering then has a clear way to its spoke.
            int columns = most <= ONE_COLUMN ? 1 : columns(most, spokesX, cellW, cellH, sideHeight);
            double y = 0;
            for (Map.Entry<Element, List<Element>> band : bands.entrySet()) {
                Box hub = arranger.boxes.get(band.getKey().id());
                List<Element> spokes = band.getValue();
                int rows = spokes.isEmpty() ? 0 : (spokes.size() + columns - 1) / columns;
                double blockH = rows == 0 ? 0 : rows * (cellH + Spacing.SPOKE_GAP) - Spacing.SPOKE_GAP;
                double bandH = Math.max(hub.height, blockH);
                hub.moveTo(hubsX + (hubsWidth - hub.width) / 2, y + (bandH - hub.height) / 2);
                double top = y + (bandH - blockH) / 2;
                for (int i = 0; i < spokes.size(); i++) {
                    Box s = arranger.boxes.get(spokes.get(i).id());
                    Grid.stretch(s, cellW, cellH, arranger.children);
                    s.moveTo(spokesX + (i / rows) * (cellW + Spacing.SPOKE_GAP),
                            top + (i % rows) * (cellH + Spacing.SPOKE_GAP));
                }
                y += bandH + Spacing.BAND_GAP;
            }
        }

        /** The number of spoke columns whose picture's aspect ratio is nearest the target, within range if any. */
        private int columns(int most, double spokesX, double cellW, double cellH, double sideHeight) {
            int best = 1;
            double bestScore = Double.MAX_VALUE;
            for (int c = 1; c <= most; c++) {
                double width = spokesX + c * (cellW + Spacing.SPOKE_GAP) - Spacing.SPOKE_GAP;
                double height = 0;
                for (Map.Entry<Element, List<Element>> band : bands.entrySet()) {
                    int rows = (band.getValue().size() + c - 1) / c;
                    double blockH = rows * (cellH + Spacing.SPOKE_GAP) - Spacing.SPOKE_GAP;
                    height += Math.max(arranger.boxes.get(band.getKey().id()).height, blockH) + Spacing.BAND_GAP;
                }
                height = Math.max(height - Spacing.BAND_GAP, sideHeight);
                double ratio = width / height;
                double score = Math.abs(Math.log(ratio / Spacing.TARGET_RATIO));
                if (ratio < Spacing.MIN_RATIO || ratio > Spacing.MAX_RATIO) {
                    score += 10;
                }
                if (score < bestScore) {
                    bestScore = score;
                    best = c;
                }
            }
            return best;
        }
    }
}
