package dev.hybridnet.app;

import dev.hybridnet.catalog.Catalog;
import dev.hybridnet.catalog.ComponentType;
import dev.hybridnet.catalog.PaletteGroup;
import dev.hybridnet.catalog.SubnetPreset;
import dev.hybridnet.model.ElementKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** One thing the palette offers: an element kind, or a ready-made subnet (a preset). */
record PaletteEntry(String id, String name, String description, PaletteGroup group, ElementKind kind,
        Optional<SubnetPreset> preset) {

    /** Every kind in catalog order, with the subnet presets right after the plain subnet. */
    static List<PaletteEntry> all() {
        List<PaletteEntry> entries = new ArrayList<>();
        for (ComponentType type : Catalog.componentTypes()) {
            entries.add(new PaletteEntry(type.kind().id(), type.displayName(), type.description(), type.group(),
                    type.kind(), Optional.empty()));
            if (type.kind() == ElementKind.SUBNET) {
                for (SubnetPreset preset : Catalog.subnetPresets()) {
                    entries.add(new PaletteEntry(preset.id(), preset.displayName(), preset.description(),
                            type.group(), ElementKind.SUBNET, Optional.of(preset)));
                }
            }
        }
        return entries;
    }

    /** The icon the palette shows. */
    String icon() {
        return kind == ElementKind.VIRTUAL_NETWORK ? "vnet-symbol" : kind.id();
    }

    /** Whether a search text matches the name, description or kind id (case-insensitive). */
    boolean matches(String search) {
        String s = search.strip().toLowerCase(Locale.ROOT);
        return s.isEmpty() || name.toLowerCase(Locale.ROOT).contains(s)
                || description.toLowerCase(Locale.ROOT).contains(s) || id.contains(s);
    }
}
