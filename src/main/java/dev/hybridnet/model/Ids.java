package dev.hybridnet.model;

import java.util.regex.Pattern;

/** The syntax of element and connection ids: 1 to 64 of {@code A-Z a-z 0-9 _ . -}. */
public final class Ids {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    private Ids() {
    }

    public static boolean isValid(String id) {
        return ID.matcher(id).matches();
    }

    static String require(String id, String what) {
        if (id == null || !isValid(id)) {
            throw new IllegalArgumentException(what + " id '" + id + "' must be 1 to 64 of A-Z a-z 0-9 _ . -");
        }
        return id;
    }
}
