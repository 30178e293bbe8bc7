package dev.hybridnet.editor;

import java.util.Objects;

/** What is under the pointer: a resize handle, a waypoint handle, an element, a connection, or nothing. */
public sealed interface Hit permits Hit.Nothing, Hit.OnHandle, Hit.OnWaypoint, Hit.OnElement,
        Hit.OnConnection {

    record Nothing() implements Hit {
    }

    /** A resize handle of the selected container {@code id}. */
    record OnHandle(String id, Handle handle) implements Hit {
        public OnHandle {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(handle, "handle");
        }
    }

    /**
     * A handle of the selected connection {@code id}'s route: waypoint {@code index}, or when {@code add}, the
     * "add" handle of a segment, where a new waypoint would get that index.
     */
    record OnWaypoint(String id, int index, boolean add) implements Hit {
        public OnWaypoint {
            Objects.requireNonNull(id, "id");
        }
    }

    record OnElement(String id) implements Hit {
        public OnElement {
            Objects.requireNonNull(id, "id");
        }
    }

    record OnConnection(String id) implements Hit {
        public OnConnection {
            Objects.requireNonNull(id, "id");
        }
    }
}
