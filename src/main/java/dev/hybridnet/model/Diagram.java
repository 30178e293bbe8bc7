package dev.hybridnet.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A whole diagram: a title, the reference architecture its author means to follow, and its elements and
 * connections in document order. Immutable; every edit makes a new diagram.
 *
 * <p>A value class rather than a record because it keeps an index (by id, children, connections per element)
 * built once at construction; see docs/decisions/0001-diagram-index.md. The constructor enforces the structural
 * invariants: unique ids across elements and connections, existing parents and endpoints, and containment that
 * forms a tree. Equality is by value over the four components.
 */
public final class Diagram {

    private final String title;
    private final Optional<Reference> reference;
    private final List<Element> elements;
    private final List<Connection> connections;

    private final Map<String, Element> elementsById;
    private final Map<String, Connection> connectionsById;
    private final Map<String, List<Element>> children;
    private final Map<String, List<Connection>> connectionsByElement;

    public Diagram(String title, Optional<Reference> reference, List<Element> elements, List<Connection> connections) {
        this.title = Objects.requireNonNull(title, "title");
        this.reference = Objects.requireNonNull(reference, "reference");
        this.elements = List.copyOf(elements);
        this.connections = List.copyOf(connections);
        this.elementsById = new HashMap<>(this.elements.size() * 2);
        this.connectionsById = new HashMap<>(this.connections.size() * 2);
        this.children = new HashMap<>();
        this.connectionsByElement = new HashMap<>();
        index();
    }

    public static Diagram empty(String title) {
        return new Diagram(title, Optional.empty(), List.of(), List.of());
    }

    private void index() {
        for (Element e : elements) {
            if (elementsById.putIfAbsent(e.id(), e) != null) {
                throw new IllegalArgumentException("duplicate id '" + e.id() + "'");
            }
        }
        for (Connection c : connections) {
            if (elementsById.containsKey(c.id()) || connectionsById.putIfAbsent(c.id(), c) != null) {
                throw new IllegalArgumentException("duplicate id '" + c.id() + "'");
            }
            for (String end : List.of(c.from(), c.to())) {
                if (!elementsById.containsKey(end)) {
                    throw new IllegalArgumentException("connection '" + c.id() + "' refers to missing element '"
                            + end + "'");
                }
            }
            connectionsByElement.computeIfAbsent(c.from(), k -> new ArrayList<>()).add(c);
            if (!c.to().equals(c.from())) {
                connectionsByElement.computeIfAbsent(c.to(), k -> new ArrayList<>()).add(c);
            }
        }
        for (Element e : elements) {
            if (e.parent().isPresent()) {
                String parent = e.parent().get();
                if (!elementsById.containsKey(parent)) {
                    throw new IllegalArgumentException("element '" + e.id() + "' refers to missing parent '"
                            + parent + "'");
                }
                children.computeIfAbsent(parent, k -> new ArrayList<>()).add(e);
            }
        }
        checkAnnotations();
        children.replaceAll((k, list) -> List.copyOf(list));
        connectionsByElement.replaceAll((k, list) -> List.copyOf(list));
        Containment.findCycle(elements, elementsById).ifPresent(cycle -> {
            throw new IllegalArgumentException("containment cycle: " + String.join(" -> ", cycle));
        });
    }

    /**
     * Annotations stay out of the network: a group at the top level, a note at the top level or in a network or
     * subnet, nothing inside an annotation, no connection to one.
     */
    private void checkAnnotations() {
        for (Element e : elements) {
            if (e.kind() == ElementKind.GROUP && e.parent().isPresent()) {
                throw new IllegalArgumentException("group '" + e.id() + "' has a parent; groups stand at the top "
                        + "level");
            }
            if (e.kind().isAnnotation() && children.containsKey(e.id())) {
                throw new IllegalArgumentException(e.kind().id() + " '" + e.id() + "' holds other elements");
            }
            ElementKind parent = e.parent().map(p -> elementsById.get(p).kind()).orElse(ElementKind.VIRTUAL_NETWORK);
            if (e.kind() == ElementKind.NOTE && parent != ElementKind.ON_PREMISES_NETWORK
                    && parent != ElementKind.VIRTUAL_NETWORK && parent != ElementKind.SUBNET) {
                throw new IllegalArgumentException("note '" + e.id() + "' is inside a " + parent.id()
                        + "; notes stand at the top level or in a network or subnet");
            }
        }
        for (Connection c : connections) {
            if (elementsById.get(c.from()).kind().isAnnotation() || elementsById.get(c.to()).kind().isAnnotation()) {
                throw new IllegalArgumentException("connection '" + c.id() + "' joins an annotation");
            }
        }
    }

    /** True when the diagram holds notes or groups. */
    public boolean hasAnnotations() {
        return elements.stream().anyMatch(e -> e.kind().isAnnotation());
    }

    /**
     * The design without its annotations (notes and groups): what validation, pattern recognition and layout see.
     * Returns this diagram when it has none.
     */
    public Diagram withoutAnnotations() {
        if (!hasAnnotations()) {
            return this;
        }
        List<Element> kept = elements.stream().filter(e -> !e.kind().isAnnotation()).toList();
        return new Diagram(title, reference, kept, connections);
    }

    public String title() {
        return title;
    }

    public Optional<Reference> reference() {
        return reference;
    }

    public List<Element> elements() {
        return elements;
    }

    public List<Connection> connections() {
        return connections;
    }

    public Optional<Element> element(String id) {
        return Optional.ofNullable(elementsById.get(id));
    }

    public Optional<Connection> connection(String id) {
        return Optional.ofNullable(connectionsById.get(id));
    }

    /** True when an element or a connection has this id. */
    public boolean hasId(String id) {
        return elementsById.containsKey(id) || connectionsById.containsKey(id);
    }

    public List<Element> roots() {
        return elements.stream().filter(Element::isRoot).toList();
    }

    /** The direct children of an element, in document order. */
    public List<Element> childrenOf(String id) {
        return children.getOrDefault(id, List.of());
    }

    /** All elements below an element, parents before their children. */
    public List<Element> descendantsOf(String id) {
        List<Element> result = new ArrayList<>();
        collectDescendants(id, result);
        return result;
    }

    private void collectDescendants(String id, List<Element> into) {
        for (Element child : childrenOf(id)) {
            into.add(child);
            collectDescendants(child.id(), into);
        }
    }

    public Optional<Element> parentOf(String id) {
        return element(id).flatMap(Element::parent).flatMap(this::element);
    }

    /** The containers of an element, nearest first; empty for a root element or an unknown id. */
    public List<Element> ancestorsOf(String id) {
        List<Element> result = new ArrayList<>();
        Optional<Element> current = parentOf(id);
        while (current.isPresent()) {
            result.add(current.get());
            current = parentOf(current.get().id());
        }
        return result;
    }

    /** The nearest container of the given kind around an element (not the element itself). */
    public Optional<Element> enclosing(String id, ElementKind kind) {
        return ancestorsOf(id).stream().filter(a -> a.kind() == kind).findFirst();
    }

    /** The virtual network an element is in (the element itself when it is one). */
    public Optional<Element> virtualNetworkOf(String id) {
        return element(id).filter(e -> e.kind() == ElementKind.VIRTUAL_NETWORK)
                .or(() -> enclosing(id, ElementKind.VIRTUAL_NETWORK));
    }

    /** The subnet an element is in (the element itself when it is one). */
    public Optional<Element> subnetOf(String id) {
        return element(id).filter(e -> e.kind() == ElementKind.SUBNET).or(() -> enclosing(id, ElementKind.SUBNET));
    }

    /** The connections that touch an element, in document order. */
    public List<Connection> connectionsOf(String id) {
        return connectionsByElement.getOrDefault(id, List.of());
    }

    public List<Element> elementsOfKind(ElementKind kind) {
        return elements.stream().filter(e -> e.kind() == kind).toList();
    }

    public List<Connection> connectionsOfKind(ConnectionKind kind) {
        return connections.stream().filter(c -> c.kind() == kind).toList();
    }

    /** The ids used by elements and connections. */
    public Set<String> ids() {
        Set<String> ids = new HashSet<>(elementsById.keySet());
        ids.addAll(connectionsById.keySet());
        return ids;
    }

    public Diagram withTitle(String newTitle) {
        return new Diagram(newTitle, reference, elements, connections);
    }

    public Diagram withReference(Optional<Reference> newReference) {
        return new Diagram(title, newReference, elements, connections);
    }

    public Diagram withContent(List<Element> newElements, List<Connection> newConnections) {
        return new Diagram(title, reference, newElements, newConnections);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Diagram d && title.equals(d.title) && reference.equals(d.reference)
                && elements.equals(d.elements) && connections.equals(d.connections);
    }

    @Override
    public int hashCode() {
        return Objects.hash(title, reference, elements, connections);
    }

    @Override
    public String toString() {
        return "Diagram[" + title + ", " + elements.size() + " elements, " + connections.size() + " connections]";
    }
}
