package dev.hybridnet.render;

import java.util.Objects;

/**
 * A map key of an element's id and an enum constant: an end of a bus (the root and the connections' kind), or a
 * side of an element's box. Not a record: a record's {@code equals} and {@code hashCode} are linked through a method
 * handle bootstrap at first use, which in a short command cost more than all the lookups (decision 0025). The two
 * methods compute what a record of the two components would.
 *
 * @param <E> the enum of the second part
 */
final class IdKey<E extends Enum<E>> {

    private final String id;
    private final E tag;

    IdKey(String id, E tag) {
        this.id = Objects.requireNonNull(id, "id");
        this.tag = Objects.requireNonNull(tag, "tag");
    }

    String id() {
        return id;
    }

    E tag() {
        return tag;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IdKey<?> k && id.equals(k.id) && tag == k.tag;
    }

    @Override
    public int hashCode() {
        return 31 * id.hashCode() + tag.hashCode();
    }

    @Override
    public String toString() {
        return id + "/" + tag;
    }
}
