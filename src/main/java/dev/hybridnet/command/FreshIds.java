package dev.hybridnet.command;

import dev.hybridnet.model.ConnectionKind;
import dev.hybridnet.model.Diagram;
import dev.hybridnet.model.ElementKind;
import dev.hybridnet.model.Ids;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Ids for new elements and connections that follow the model's id syntax and are unused in the diagram: a new
 * VPN gateway is {@code vpn-gateway-1}, the next {@code vpn-gateway-2}; a copy of {@code vnet-app} is
 * {@code vnet-app-2}, a copy of that {@code vnet-app-3}.
 */
public final class FreshIds {

    private static final Pattern NUMBER_SUFFIX = Pattern.compile("-\\d+$");
    private static final Pattern NOT_ID = Pattern.compile("[^A-Za-z0-9_.-]");
    private static final int MAX_LENGTH = 64;

    private FreshIds() {
    }

    public static String forKind(Diagram d, ElementKind kind) {
        return numbered(kind.id(), 1, d::hasId);
    }

    public static String forConnection(Diagram d, ConnectionKind kind) {
        return numbered(kind.id(), 1, d::hasId);
    }

    /** An unused id for a copy of {@code original}: its number suffix dropped and the next free one added. */
    public static String copyOf(String original, Predicate<String> taken) {
        String base = NUMBER_SUFFIX.matcher(original).replaceFirst("");
        return numbered(base.isEmpty() ? "copy" : base, 2, taken);
    }

    /** {@code base-n} for the smallest {@code n >= from} that is not taken, shortened to the id length limit. */
    static String numbered(String base, int from, Predicate<String> taken) {
        String clean = NOT_ID.matcher(base).replaceAll("-");
        for (int n = from; ; n++) {
            String suffix = "-" + n;
            String head = clean.length() + suffix.length() > MAX_LENGTH
                    ? clean.substring(0, MAX_LENGTH - suffix.length()) : clean;
            String id = head + suffix;
            if (!taken.test(id) && Ids.isValid(id)) {
                return id;
            }
        }
    }
}
