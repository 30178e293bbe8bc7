package dev.hybridnet.app;

import java.util.List;
import java.util.Objects;

/** The window's themes. Only the controls change; the canvas and every export keep the diagram's colours. */
enum Theme {
    LIGHT(List.of("/dev/hybridnet/app/designer.css")),
    DARK(List.of("/dev/hybridnet/app/designer.css", "/dev/hybridnet/app/dark.css"));

    private final List<String> resources;

    Theme(List<String> resources) {
        this.resources = resources;
    }

    /** The stylesheet URLs to put on the scene. */
    List<String> stylesheets() {
        return resources.stream()
                .map(r -> Objects.requireNonNull(Theme.class.getResource(r), r).toExternalForm())
                .toList();
    }
}
