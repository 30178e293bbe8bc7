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
    /** JSON values of any kind in one document: objects, arrays, texts, numbers, booleans and nulls. */
    public static final int MAX_VALUES = 3_000_000;
    /** The largest power of ten a number may carry in its exponent ({@code 1e308} is fine, {@code 1e99999} not). */
    public static final int MAX_EXPONENT = 1_000;
    public static final int MAX_NAME_LENGTH = 1_000;
    public static final double MAX_COORDINATE = 1_000_000;

    private FormatLimits() {
    }
}
