package dev.hybridnet.io;

/** The limits a readable file stays within; larger or deeper documents are refused before they use up memory. */
public final class FormatLimits {

    /** The version this program writes and the newest it reads. */
    public static final int CURRENT_VERSION = 1;

    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;
    public static final int MAX_NESTING_DEPTH = 64;
    public static final int MAX_STRING_LENGTH = 1_000_000;
    public static final int MAX_NUMBER_LENGTH = 100;
    public static final int MAX_ITEMS = 200_000;
    public static final double MAX_COORDINATE = 1_000_000;

    private FormatLimits() {
    }
}
