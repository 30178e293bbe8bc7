package dev.hybridnet.io;

/**
 * Recognises the text encodings a diagram file must not use. Files are UTF-8 (a UTF-8 byte order mark is
 * allowed); JSON parsers would also accept UTF-16 and UTF-32, which the format does not.
 */
final class Encodings {

    private Encodings() {
    }

    /** The name of the encoding when the bytes start as UTF-16 or UTF-32 text, or null. */
    static String notUtf8(byte[] b) {
        int n = b.length;
        if (n >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xFF) == 0xFE && (b[3] & 0xFF) == 0xFF
                || n >= 4 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE && b[2] == 0 && b[3] == 0) {
            return "UTF-32";
        }
        if (n >= 2 && ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF || (b[0] & 0xFF) == 0xFF
                && (b[1] & 0xFF) == 0xFE)) {
            return "UTF-16";
        }
        // Without a byte order mark: JSON starts with an ASCII character, so zero bytes around it give it away.
        if (n >= 4 && (b[0] == 0 && b[1] == 0 || b[0] != 0 && b[1] == 0 && b[2] == 0 && b[3] == 0)) {
            return "UTF-32";
        }
        if (n >= 2 && (b[0] == 0) != (b[1] == 0)) {
            return "UTF-16";
        }
        return null;
    }
}
