package dev.hybridnet.model;

import java.util.regex.Pattern;

/** The syntax of element and connection ids: 1 to 64 of {@code A-Z a-z 0-9 _ . -}. */
public final class Ids {

    /** The rule, as a pattern: what {@link #isValid} checks. */
    static final Pattern ID = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    private Ids() {
    }

    /**
     * Whether {@code id} is 1 to 64 of {@code A-Z a-z 0-9 _ . -} (the pattern {@link #ID}). Checked with a plain loop:
     * every element and connection is checked when a file is read, and the regular expression's matcher, cold in a
     * short command, took a noticeable part of reading a large design.
     */
    public static boolean isValid(String id) {
        int n = id.length();
        if (n < 1 || n > 64) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = id.charAt(i);
            boolean allowed = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
                    || c == '.' || c == '-';
            if (!allowed) {
                return false;
            }
        }
        return true;
    }

    static String require(String id, String what) {
        if (id == null || !isValid(id)) {
            throw new IllegalArgumentException(what + " id '" + id + "' must be 1 to 64 of A-Z a-z 0-9 _ . -");
        }
        return id;
    }
}
