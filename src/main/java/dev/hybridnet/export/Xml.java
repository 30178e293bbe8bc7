package dev.hybridnet.export;

/**
 * Escaping of user text for XML content and attribute values. Markup characters become entities. Tab, newline and
 * carriage return become character references, because a parser would otherwise turn them into spaces (in
 * attributes) or newlines (a carriage return in content), so the text would not read back as written. Every other
 * control character, and anything XML 1.0 forbids (lone surrogates, U+FFFE, U+FFFF), becomes U+FFFD.
 */
final class Xml {

    static final char REPLACEMENT = '\uFFFD';

    private Xml() {
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                case '\t' -> out.append("&#9;");
                case '\n' -> out.append("&#10;");
                case '\r' -> out.append("&#13;");
                default -> out.append(allowed(text, i) ? c : REPLACEMENT);
            }
        }
        return out.toString();
    }

    /**
     * XML 1.0 allows everything from U+0020 except lone surrogates, U+FFFE and U+FFFF; of that, DEL and the C1
     * controls are discouraged and no renderer draws them, so they are refused too.
     */
    private static boolean allowed(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
        }
        return !Character.isISOControl(c) && c != 0xFFFE && c != 0xFFFF;
    }
}
