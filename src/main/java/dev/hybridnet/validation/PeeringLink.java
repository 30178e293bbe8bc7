package dev.hybridnet.validation;

import dev.hybridnet.model.Connection;
import dev.hybridnet.model.Element;
import dev.hybridnet.model.PeeringDirection;
import java.util.Optional;

/**
 * A VNet peering connection with its two directions read: {@code fromSide} is the peering created on the
 * connection's {@code from} VNet, {@code toSide} the one on its {@code to} VNet. A missing side means that
 * direction was not created (or its props are unreadable, which a property rule reports).
 */
public record PeeringLink(Connection connection, Element from, Element to, Optional<PeeringDirection> fromSide,
        Optional<PeeringDirection> toSide) {

    public boolean involves(String vnetId) {
        return from.id().equals(vnetId) || to.id().equals(vnetId);
    }

    /** The VNet at the other end from {@code vnetId}. */
    public Element other(String vnetId) {
        return from.id().equals(vnetId) ? to : from;
    }

    /** The direction created on {@code vnetId}'s side. */
    public Optional<PeeringDirection> sideOf(String vnetId) {
        return from.id().equals(vnetId) ? fromSide : toSide;
    }

    /** The direction created on the other VNet's side. */
    public Optional<PeeringDirection> sideFacing(String vnetId) {
        return from.id().equals(vnetId) ? toSide : fromSide;
    }

    public boolean bothSides() {
        return fromSide.isPresent() && toSide.isPresent();
    }
}
