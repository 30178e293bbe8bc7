package dev.hybridnet.command;

import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Names for new and copied elements, in the style of the name they start from. An Azure resource name
 * ({@code vnet}, {@code snet-web}: no spaces) is numbered the way Azure's naming convention numbers instances:
 * a new virtual network is {@code vnet-1}, the next {@code vnet-2}, a copy of {@code vnet-app} is
 * {@code vnet-app-2}. A readable name ({@code On-premises network}, {@code VPN appliance}) is numbered as people
 * number things: the first keeps the plain name, the next is {@code VPN appliance 2}.
 */
public final class Names {

    private static final Pattern RESOURCE_NAME = Pattern.compile("[A-Za-z0-9_.-]+");
    private static final Pattern DASH_NUMBER = Pattern.compile("-\\d+$");
    private static final Pattern SPACE_NUMBER = Pattern.compile(" \\d+$");

    private Names() {
    }

    /** Whether {@code name} is written as an Azure resource name (no spaces), not as readable words. */
    public static boolean isResourceStyle(String name) {
        return RESOURCE_NAME.matcher(name).matches();
    }

    /** The name of a new element whose kind's default name is {@code base}. */
    public static String forNew(String base, Predicate<String> taken) {
        if (isResourceStyle(base)) {
            return numbered(base, "-", 1, taken);
        }
        return taken.test(base) ? numbered(base, " ", 2, taken) : base;
    }

    /** The name of a copy of an element named {@code original}: its number dropped and the next free one added. */
    public static String copyOf(String original, Predicate<String> taken) {
        if (isResourceStyle(original)) {
            String base = DASH_NUMBER.matcher(original).replaceFirst("");
            return numbered(base.isEmpty() ? "copy" : base, "-", 2, taken);
        }
        String base = SPACE_NUMBER.matcher(original.strip()).replaceFirst("");
        return numbered(base.isEmpty() ? "Copy" : base, " ", 2, taken);
    }

    private static String numbered(String base, String separator, int from, Predicate<String> taken) {
        for (int n = from; ; n++) {
            String name = base + separator + n;
            if (!taken.test(name)) {
                return name;
            }
        }
    }
}
