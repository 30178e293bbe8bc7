package dev.hybridnet.layout;

import dev.hybridnet.geometry.Rect;
import dev.hybridnet.model.Connection;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The layouts that keep what the user placed: the contents of some containers laid out anew (Tidy Up on a
 * selection), and new elements placed around the others (Place New Elements). Each laid-out part is arranged as the
 * whole picture would be, then settled among what is placed ({@link Room}).
 */
final class Partial {

    private final Diagram diagram;
    private final Arranger arranger;
    private final Frames frames;
    private final Map<String, Rect> bounds;
    private final Room room;

    Partial(Diagram diagram) {
        this.diagram = diagram;
        this.arranger = new Arranger(diagram);
        this.frames = new Frames(diagram, arranger);
        this.bounds = new HashMap<>(diagram.elements().size() * 2);
        for (Element e : diagram.elements()) {
            bounds.put(e.id(), e.bounds());
        }
        this.room = new Room(diagram, bounds);
    }

    /** The contents of the containers among {@code ids} arranged anew, each container keeping its top-left corner. */
    Diagram tidy(Collection<String> ids) {
        Set<String> chosen = new HashSet<>();
        for (String id : ids) {
            diagram.element(id).filter(arranger::isContainer).ifPresent(e -> chosen.add(e.id()));
        }
        for (Element e : outermost(chosen)) {
            Box box = arranger.arrange(e, facesRight(e));
            frames.place(box, e.bounds().x(), e.bounds().y(), bounds);
            room.settle(e.id(), 0);
        }
        return Frames.with(diagram, bounds);
    }

    /** The elements {@code ids} (and what is inside them) placed beside what is placed already. */
    Diagram placeNew(Set<String> ids) {
        Set<String> fresh = new HashSet<>();
        for (String id : ids) {
            diagram.element(id).ifPresent(e -> fresh.add(e.id()));
        }
        for (Element e : outermost(fresh)) {
            Box box = arranger.arrange(e, facesRight(e));
            double[] at = preferred(e, box, fresh);
            frames.place(box, at[0], at[1], bounds);
            // Until it is settled, a new element counts as placed for the ones after it.
            fresh.remove(e.id());
            diagram.descendantsOf(e.id()).forEach(d -> fresh.remove(d.id()));
            room.settle(e.id(), Room.CLEARANCE);
        }
        return Frames.with(diagram, bounds);
    }

    /** The elements of {@code ids} that are not inside another of them, in document order. */
    private List<Element> outermost(Set<String> ids) {
        List<Element> result = new ArrayList<>();
        for (Element e : diagram.elements()) {
            if (ids.contains(e.id()) && diagram.ancestorsOf(e.id()).stream().noneMatch(a -> ids.contains(a.id()))) {
                result.add(e);
            }
        }
        return result;
    }

    private boolean facesRight(Element e) {
        List<Element> up = diagram.ancestorsOf(e.id());
        return Ranks.isSite(up.isEmpty() ? e : up.get(up.size() - 1));
    }

    /**
     * Where a new element's box would stand best: in a container, after its placed siblings (to their right while
     * the container is wider than tall, else below them); at the root, beside the root it connects to (a site to
     * its left, a link left of a network and right of a site, a network to its right), else a site left of
     * everything and anything else right of it.
     */
    private double[] preferred(Element e, Box box, Set<String> fresh) {
        List<Element> siblings = new ArrayList<>();
        for (Element s : e.parent().map(diagram::childrenOf).orElseGet(diagram::roots)) {
            if (!fresh.contains(s.id())) {
                siblings.add(s);
            }
        }
        Optional<Rect> placed = siblings.stream().map(s -> room.footprint(s.id())).reduce(Rect::union);
        if (e.parent().isPresent()) {
            Rect p = bounds.get(e.parent().get());
            double x = p.x() + Spacing.PAD;
            double y = p.y() + Spacing.TOP;
            if (placed.isEmpty()) {
                return new double[] {x, y};
            }
            return p.width() >= p.height() ? new double[] {placed.get().maxX() + Room.CLEARANCE, placed.get().y()}
                    : new double[] {x, placed.get().maxY() + Room.CLEARANCE};
        }
        if (placed.isEmpty()) {
            return new double[] {Spacing.ORIGIN, Spacing.ORIGIN};
        }
        Optional<Element> partner = partner(e, fresh);
        if (partner.isPresent()) {
            Rect r = bounds.get(partner.get().id());
            boolean before = Ranks.isSite(e) || !arranger.isContainer(e) && !Ranks.isSite(partner.get());
            return before ? new double[] {r.x() - Spacing.COLUMN_GAP - box.width, r.y()}
                    : new double[] {r.maxX() + Spacing.COLUMN_GAP, r.y()};
        }
        return Ranks.isSite(e) ? new double[] {placed.get().x() - Spacing.COLUMN_GAP - box.width, placed.get().y()}
                : new double[] {placed.get().maxX() + Spacing.SPOKE_COLUMN_GAP, placed.get().y()};
    }

    /** The root around the first placed element that {@code e} or its contents connect to. */
    private Optional<Element> partner(Element e, Set<String> fresh) {
        List<Element> inside = new ArrayList<>(diagram.descendantsOf(e.id()));
        inside.add(0, e);
        for (Element x : inside) {
            for (Connection c : diagram.connectionsOf(x.id())) {
                String other = c.from().equals(x.id()) ? c.to() : c.from();
                if (!fresh.contains(other) && !other.equals(e.id())
                        && diagram.ancestorsOf(other).stream().noneMatch(a -> a.id().equals(e.id()))) {
                    List<Element> up = diagram.ancestorsOf(other);
                    return Optional.of(up.isEmpty() ? diagram.element(other).orElseThrow() : up.get(up.size() - 1));
                }
            }
        }
        return Optional.empty();
    }
}
