package dev.hybridnet.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.IOException;

/**
 * A parser that keeps a document within the limits Jackson's own constraints do not cover: the number of values
 * in the whole document ({@link FormatLimits#MAX_VALUES}, so that a file of millions of empty objects is refused
 * before it fills the memory) and the size of number exponents ({@link FormatLimits#MAX_EXPONENT}, so that
 * {@code 1e99999999999} never reaches a number conversion). It checks every token as it is read, where the
 * parser still knows the line and column.
 */
final class GuardedParser extends JsonParserDelegate {

    /** A limit of the format was exceeded at {@link #getLocation()}. */
    static final class LimitException extends JsonProcessingException {

        private static final long serialVersionUID = 1L;

        LimitException(String message, JsonLocation at) {
            super(message, at);
        }
    }

    private long values;

    GuardedParser(JsonParser parser) {
        super(parser);
    }

    @Override
    public JsonToken nextToken() throws IOException {
        JsonToken token = super.nextToken();
        check(token);
        return token;
    }

    @Override
    public JsonToken nextValue() throws IOException {
        JsonToken token = super.nextValue();
        check(token);
        return token;
    }

    @Override
    public String nextFieldName() throws IOException {
        // Through nextToken, so that the value after the name is read (and checked) by nextToken as well.
        return nextToken() == JsonToken.FIELD_NAME ? currentName() : null;
    }

    private void check(JsonToken token) throws IOException {
        if (token == null || token == JsonToken.FIELD_NAME || token.isStructEnd()) {
            return;
        }
        if (++values > FormatLimits.MAX_VALUES) {
            throw new LimitException("the document holds more than " + FormatLimits.MAX_VALUES + " values",
                    currentTokenLocation());
        }
        if (token == JsonToken.VALUE_NUMBER_FLOAT && exponentTooLarge(getText())) {
            throw new LimitException("the number " + shorten(getText()) + " is out of range (exponents are "
                    + "limited to \u00b1" + FormatLimits.MAX_EXPONENT + ")", currentTokenLocation());
        }
    }

    /** Whether the number text has an exponent beyond the limit; the text is valid JSON number syntax. */
    static boolean exponentTooLarge(String number) {
        int e = Math.max(number.indexOf('e'), number.indexOf('E'));
        if (e < 0) {
            return false;
        }
        int i = e + 1;
        if (i < number.length() && (number.charAt(i) == '+' || number.charAt(i) == '-')) {
            i++;
        }
        while (i < number.length() - 1 && number.charAt(i) == '0') {
            i++;
        }
        String digits = number.substring(i);
        return digits.length() > 6 || Integer.parseInt(digits) > FormatLimits.MAX_EXPONENT;
    }

    private static String shorten(String text) {
        return text.length() <= 24 ? text : text.substring(0, 20) + "...";
    }
}
