package dev.hybridnet.io;

/**
 * Text from a user's file made safe for a terminal line: control characters (line breaks, tabs, escape sequences,
 * C1 controls) and the invisible characters that reorder or hide text (bidirectional overrides, zero-width
 * marks) are written as escapes such as {@code \n} and {@code \u001b}, so that a file can neither split a
 * message into two lines nor drive the terminal. Reports in JSON and SARIF keep the exact text.
 */
public final class SafeText {

    private SafeText() {
    }

    /** The text with every unsafe character escaped; the same string when there is none. */
    public static String escape(String text) {
        int i = 0;
        while (i < text.length() && !unsafe(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!unsafe(c)) {
                out.append(c);
                continue;
            }
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(String.format("\\u%04x", (int) c));
            }
        }
        return out.toString();
    }

    /** Whether a character must not reach a terminal as it is. */
    static boolean unsafe(char c) {
        return c < 0x20 || c >= 0x7f && c <= 0x9f
                || c == 0x061c || c >= 0x200b && c <= 0x200f || c >= 0x2028 && c <= 0x202e
                || c >= 0x2060 && c <= 0x2069 || c == 0xfeff;
    }
}
