package dev.hybridnet.command;

import dev.hybridnet.catalog.Catalog;
import dev.hybridnet.catalog.ComponentType;
import dev.hybridnet.catalog.SubnetPreset;
import dev.hybridnet.geometry.Point;
import dev.hybridnet.geometry.Rect;
import dev.hybridnet.geometry.Size;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.Element;
import dev.hybridnet.model.ElementKind;
import dev.hybridnet.model.Keys;
import dev.hybridnet.model.PropValue;
import dev.hybridnet.model.Props;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a palette entry makes: a component of one kind, or a subnet preset (a GatewaySubnet, an
 * AzureFirewallSubnet, ...). {@link #create} builds the new element as the catalog describes it, with a fresh id,
 * a name not yet used by its kind and, for networks and subnets, an address range that does not overlap.
 */
public sealed interface Blueprint permits Blueprint.Component, Blueprint.Preset {

    /** The kind of element this makes. */
    ElementKind kind();

    /** The palette's name for it: "VPN gateway", "GatewaySubnet". */
    String displayName();

    /** A new element centred on {@code center}, meant to go into {@code parent} (the top level when empty). */
    Element create(Diagram d, Optional<String> parent, Point center);

    static Blueprint of(ElementKind kind) {
        return new Component(kind);
    }

    static Blueprint of(SubnetPreset preset) {
        return new Preset(preset);
    }

    /** A component of one kind with the catalog's defaults. */
    record Component(ElementKind kind) implements Blueprint {
        public Component {
            Objects.requireNonNull(kind, "kind");
        }

        @Override
        public String displayName() {
            return Catalog.of(kind).displayName();
        }

        @Override
        public Element create(Diagram d, Optional<String> parent, Point center) {
            ComponentType type = Catalog.of(kind);
            Props props = type.defaultProps();
            if (kind == ElementKind.SUBNET) {
                props = withPrefix(d, parent, props, 24);
            } else if (kind == ElementKind.VIRTUAL_NETWORK) {
                props = Addressing.freeNetworkSpace(d).map(space -> type.defaultProps().with(Keys.ADDRESS_SPACES,
                        new PropValue.ListValue(List.of(new PropValue.Text(space))))).orElse(props);
            }
            return Blueprint.element(d, kind, uniqueName(d, kind, type.defaultName()), parent, center, props);
        }
    }

    /** A subnet with the exact name Azure reserves and the recommended size. */
    record Preset(SubnetPreset preset) implements Blueprint {
        public Preset {
            Objects.requireNonNull(preset, "preset");
        }

        @Override
        public ElementKind kind() {
            return ElementKind.SUBNET;
        }

        @Override
        public String displayName() {
            return preset.displayName();
        }

        @Override
        public Element create(Diagram d, Optional<String> parent, Point center) {
            boolean top = preset.subnetName().equals("GatewaySubnet");
            Props props = withPrefix(d, parent, Catalog.of(ElementKind.SUBNET).defaultProps(),
                    preset.prefixLength(), top);
            return Blueprint.element(d, ElementKind.SUBNET, preset.subnetName(), parent, center, props);
        }
    }

    private static Element element(Diagram d, ElementKind kind, String name, Optional<String> parent, Point center,
            Props props) {
        Size size = Catalog.of(kind).defaultSize();
        Rect bounds = new Rect(center.x() - size.width() / 2, center.y() - size.height() / 2, size.width(),
                size.height());
        return new Element(FreshIds.forKind(d, kind), kind, name, parent, bounds, props);
    }

    private static Props withPrefix(Diagram d, Optional<String> vnet, Props props, int length) {
        return withPrefix(d, vnet, props, length, false);
    }

    private static Props withPrefix(Diagram d, Optional<String> vnet, Props props, int length, boolean fromTop) {
        return vnet.flatMap(id -> Addressing.freeSubnetPrefix(d, id, length, fromTop))
                .map(prefix -> props.with(Keys.ADDRESS_PREFIX, new PropValue.Text(prefix))).orElse(props);
    }

    /** {@code base} when no element of the kind has that name yet, else {@code base-2}, {@code base-3}... */
    private static String uniqueName(Diagram d, ElementKind kind, String base) {
        List<String> used = d.elementsOfKind(kind).stream().map(Element::name).toList();
        return Names.forNew(base, used::contains);
    }
}
