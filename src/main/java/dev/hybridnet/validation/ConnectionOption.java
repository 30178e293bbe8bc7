package dev.hybridnet.validation;

import dev.hybridnet.model.ConnectionKind;
import java.util.Objects;

/**
 * A connection the editor may create between two elements: its kind and its ends in the order the kind wants
 * (a {@code represents} link drawn from the appliance to the local network gateway is turned round).
 */
public record ConnectionOption(ConnectionKind kind, String from, String to) {

    public ConnectionOption {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}
